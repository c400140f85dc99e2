"""Titles, franchises, people and companies: creating them, their aliases, editorial edits.

A new or changed name is known to the extractor at once (names_changed()), and to search
through the catalog's `entity_changed` signal (entity_changed()).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.core.slugs import unique_slug
from premiere.extraction.text import normalize_name  # aliases match as the extractor does

from .. import signals
from ..gazetteer import names_changed
from ..models import Company, Franchise, Person, Title, TitleAlias


def entity_changed(entity) -> None:
    """Announce that an entity's names, place or dates changed (search re-reads it)."""
    signals.entity_changed.send(sender=type(entity), pk=entity.pk)


def franchise_create(
    *, name: str, slug: str = "", description: str = "", picture=None
) -> Franchise:
    franchise = Franchise(
        name=name,
        slug=slug or unique_slug(Franchise, name),
        description=description,
        picture=picture,
    )
    franchise.full_clean()
    franchise.save()
    names_changed()
    entity_changed(franchise)
    return franchise


def title_create(
    *,
    kind: str,
    name: str,
    slug: str = "",
    franchise: Franchise | None = None,
    installment: str = "",
    synopsis: str = "",
    original_name: str = "",
    parent: Title | None = None,
    aliases=(),
    status: str = "announced",
    poster=None,
) -> Title:
    """Create a title. Its status starts unsourced; `title_status_set` records a sourced one."""
    title = Title(
        kind=kind,
        name=name,
        slug=slug or unique_slug(Title, name),
        franchise=franchise,
        installment=installment,
        synopsis=synopsis,
        original_name=original_name,
        parent=parent,
        status=status,
        poster=poster,
    )
    title.full_clean()
    with transaction.atomic():
        title.save()
        for alias in aliases:
            title_alias_add(title=title, name=alias)
        if franchise is not None:
            signals.title_joined_franchise.send(Title, title=title, franchise=franchise)
        entity_changed(title)
    names_changed()
    return title


def title_alias_add(*, title: Title, name: str) -> TitleAlias:
    alias, created = TitleAlias.objects.get_or_create(
        title=title, normalized=normalize_name(name), defaults={"name": name}
    )
    if created:
        names_changed()
        entity_changed(title)
        signals.entity_renamed.send(sender=Title, pk=title.pk)
    return alias


def title_alias_remove(*, alias: TitleAlias) -> None:
    alias.delete()
    names_changed()
    entity_changed(alias.title)
    signals.entity_renamed.send(sender=Title, pk=alias.title_id)


def person_create(*, name: str, slug: str = "", bio: str = "", aliases=(), portrait=None) -> Person:
    person = Person(
        name=name,
        slug=slug or unique_slug(Person, name),
        bio=bio,
        aliases=list(aliases),
        portrait=portrait,
    )
    person.full_clean()
    person.save()
    names_changed()
    entity_changed(person)
    return person


def company_create(
    *, name: str, kind: str = "studio", slug: str = "", aliases=(), picture=None
) -> Company:
    company = Company(
        name=name,
        kind=kind,
        slug=slug or unique_slug(Company, name),
        aliases=list(aliases),
        picture=picture,
    )
    company.full_clean()
    company.save()
    names_changed()
    entity_changed(company)
    return company


# What the desk may change on an entity (a sourced fact such as a title's status or a release
# date has its own service, which records the evidence).
EDITABLE_FIELDS = {
    Title: {
        "kind",
        "name",
        "slug",
        "original_name",
        "synopsis",
        "parent",
        "franchise",
        "installment",
        "poster",
    },
    Person: {"name", "slug", "bio", "aliases", "portrait"},
    Company: {"name", "slug", "kind", "aliases", "picture"},
    Franchise: {"name", "slug", "description", "picture"},
}
NAME_FIELDS = {"name", "original_name", "aliases"}


@transaction.atomic
def entity_update(*, entity, **changes):
    """Change an entity's editorial fields (name, synopsis, place…), validated; a new name is
    known to the extractor at once."""
    allowed = EDITABLE_FIELDS[type(entity)]
    if unknown := set(changes) - allowed:
        raise ValidationError(f"These cannot be changed here: {', '.join(sorted(unknown))}.")
    changed = {name for name, value in changes.items() if getattr(entity, name) != value}
    for name in changed:
        setattr(entity, name, changes[name])
    entity.full_clean()
    if hasattr(entity, "updated_at"):
        entity.updated_at = timezone.now()
    entity.save()
    if changed & NAME_FIELDS:
        names_changed()
    if changed & (NAME_FIELDS | {"slug"}):
        signals.entity_renamed.send(sender=type(entity), pk=entity.pk)
    if changed:
        entity_changed(entity)
    if isinstance(entity, Title) and "franchise" in changed and entity.franchise_id is not None:
        signals.title_joined_franchise.send(Title, title=entity, franchise=entity.franchise)
    return entity
