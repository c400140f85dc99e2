"""The catalog's names, as the extractor reads them: built from the database, rebuilt when a
name changes anywhere (every catalog service that changes one calls `names_changed`)."""

import logging
import re
import secrets

from django.core.cache import cache
from django.db.models import Count, Max

from premiere.extraction import Entry, Gazetteer

from .models import Company, Franchise, Person, Title, TitleAlias

log = logging.getLogger(__name__)
_NUMBER = re.compile(r"(\d+)")
# A token in the shared cache that every process compares with the one it built from, so a
# rename made in one process is seen by the others at their next extraction.
VERSION_KEY = "catalog:names-version"
_BUILT = {"stamp": None, "value": None}


def _installment_number(text: str) -> int | None:
    found = _NUMBER.search(text or "")
    return int(found.group(1)) if found else None


def gazetteer_build() -> Gazetteer:
    """Return a gazetteer of every title, person, company and franchise, in five queries."""
    aliases: dict[int, list[str]] = {}
    for title_id, name in TitleAlias.objects.values_list("title_id", "name"):
        aliases.setdefault(title_id, []).append(name)
    entries = []
    titles = Title.objects.in_release_order().values_list(
        "id", "name", "original_name", "kind", "franchise_id", "installment"
    )
    for rank, (pk, name, original, kind, franchise_id, installment) in enumerate(titles):
        names = tuple(aliases.get(pk, [])) + ((original,) if original else ())
        entries.append(
            Entry(
                pk, "title", name, names, kind, franchise_id, _installment_number(installment), rank
            )
        )
    for pk, name, extra in Person.objects.values_list("id", "name", "aliases"):
        entries.append(Entry(pk, "person", name, tuple(extra or ())))
    for pk, name, extra in Company.objects.values_list("id", "name", "aliases"):
        entries.append(Entry(pk, "company", name, tuple(extra or ())))
    for pk, name in Franchise.objects.values_list("id", "name"):
        entries.append(Entry(pk, "franchise", name))
    return Gazetteer(entries)


def names_changed() -> None:
    """Say that a name or alias changed: every process rebuilds its gazetteer before its next
    use. Additions are also caught by the row counts below; renames only by this."""
    try:
        cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)
    except Exception:  # the cache is down: _stamp() then rebuilds every time until it is back
        log.warning("Could not record a change of names in the cache")


def _stamp() -> tuple:
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
            version = cache.get(VERSION_KEY)
    except Exception:  # no shared cache to ask: rebuild rather than risk a stale name
        version = secrets.token_hex(8)
    stamp = [version]
    for model in (Title, TitleAlias, Person, Company, Franchise):
        row = model.objects.aggregate(n=Count("id"), last=Max("id"))
        stamp += [row["n"], row["last"]]
    return tuple(stamp)


def gazetteer_current() -> Gazetteer:
    """Return the gazetteer for the catalog as it is, rebuilt only when names changed."""
    stamp = _stamp()
    if _BUILT["stamp"] != stamp:
        _BUILT.update(stamp=stamp, value=gazetteer_build())
    return _BUILT["value"]
