"""What a document says about each kind of thing: its names, text, shown detail and times.

One builder per kind, each reading a queryset in bulk (one query per chunk plus one for
aliases), so the same code indexes one row after a save and 100,000 in a rebuild.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from premiere.catalog.models import Company, Franchise, Person, Title
from premiere.core.text import plain_text
from premiere.newsroom.models import Article

from . import text
from .models import ALWAYS, Kind

BODY_LIMIT = 20_000  # characters of folded text: the first screens of a story say what it is
# What is or will be public: published() as of the end of time. Drafts are never indexed;
# a story scheduled for later is, and each query compares its time with the present.
END_OF_TIME = datetime(9999, 12, 31, tzinfo=UTC)


@dataclass
class Doc:
    kind: str
    object_id: int
    name: str
    url: str
    names: list[str]  # keys, main name first (name_keys)
    detail: str = ""
    body: str = ""
    public_from: datetime = ALWAYS
    dated: datetime | None = None

    @property
    def joined(self) -> list[str]:
        """The names of two or three words written as one: "spiderman" for "spider man"."""
        return [form for name in self.names if (form := text.joined(name))]

    @property
    def keys(self) -> list[str]:
        """Every key an exact query finds this document by: names, then joined spellings."""
        return list(dict.fromkeys(self.names + self.joined))

    def columns(self) -> dict:
        """Return the Document fields this doc sets, beside its kind and object_id."""
        joined = " ".join(form for form in self.joined if form not in self.body.split())
        return {
            "name": self.name[:250],
            "detail": self.detail[:250],
            "url": self.url[:300],
            "names": "\n".join(self.names),
            # A joined spelling is found in the text; ranking knows it from the names.
            "body": f"{self.body} {joined}".strip() if joined else self.body,
            "public_from": self.public_from,
            "dated": self.dated,
        }


def name_keys(*names: str) -> list[str]:
    """Return the distinct keys of some names, in order."""
    keys = (text.key(name)[:250] for name in names)
    return list(dict.fromkeys(key for key in keys if key))


def body_text(*parts: str) -> str:
    return " ".join(text.words(" ".join(p for p in parts if p)))[:BODY_LIMIT]


def _day(value) -> datetime | None:
    return datetime(value.year, value.month, value.day, tzinfo=UTC) if value else None


def titles(queryset) -> Iterator[Doc]:
    for title in queryset.select_related("franchise", "parent").prefetch_related("aliases"):
        aliases = [alias.name for alias in title.aliases.all()]
        year = title.first_release_start.year if title.first_release_start else None
        detail = [title.get_kind_display()]
        if title.parent:
            detail.append(title.parent.name)
        if year:
            detail.append(str(year))
        else:  # a title out already whose dates the catalog does not hold is not "to come"
            detail.append("out" if title.status == "released" else "date to be announced")
        yield Doc(
            kind=Kind.TITLE,
            object_id=title.pk,
            name=title.name,
            url=title.get_absolute_url(),
            names=name_keys(title.name, title.original_name, *aliases),
            detail=" · ".join(detail),
            body=body_text(
                title.franchise.name if title.franchise else "",
                title.parent.name if title.parent else "",
                title.installment,
                title.synopsis,
            ),
            dated=_day(title.first_release_start),
        )


def people(queryset) -> Iterator[Doc]:
    for person in queryset:
        yield Doc(
            kind=Kind.PERSON,
            object_id=person.pk,
            name=person.name,
            url=person.get_absolute_url(),
            names=name_keys(person.name, *(person.aliases or ())),
            detail="Person",
            body=body_text(person.bio),
        )


def companies(queryset) -> Iterator[Doc]:
    for company in queryset:
        yield Doc(
            kind=Kind.COMPANY,
            object_id=company.pk,
            name=company.name,
            url=company.get_absolute_url(),
            names=name_keys(company.name, *(company.aliases or ())),
            detail=f"Company · {company.get_kind_display()}",
        )


def franchises(queryset) -> Iterator[Doc]:
    for franchise in queryset:
        yield Doc(
            kind=Kind.FRANCHISE,
            object_id=franchise.pk,
            name=franchise.name,
            url=franchise.get_absolute_url(),
            names=name_keys(franchise.name),
            detail="Franchise",
            body=body_text(franchise.description),
        )


def articles(queryset) -> Iterator[Doc]:
    for article in queryset.published(now=END_OF_TIME).select_related("section"):
        yield Doc(
            kind=Kind.ARTICLE,
            object_id=article.pk,
            name=article.headline,
            url=article.get_absolute_url(),
            names=name_keys(article.headline),
            detail=article.section.name,
            body=body_text(article.standfirst, plain_text(article.body_html)),
            public_from=article.publish_at,
            dated=article.publish_at,
        )


@dataclass(frozen=True)
class Source:
    """Where the documents of one kind come from."""

    model: type
    build: object  # queryset -> Iterator[Doc]
    label: str  # plural, for progress and summaries


SOURCES = {
    Kind.TITLE: Source(Title, titles, "titles"),
    Kind.PERSON: Source(Person, people, "people"),
    Kind.FRANCHISE: Source(Franchise, franchises, "franchises"),
    Kind.COMPANY: Source(Company, companies, "companies"),
    Kind.ARTICLE: Source(Article, articles, "articles"),
}
KIND_OF_MODEL = {source.model: kind for kind, source in SOURCES.items()}
