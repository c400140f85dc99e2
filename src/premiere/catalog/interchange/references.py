"""Checking the file as a whole: each record on its own, then slugs defined twice,
references to records of the file or rows of the catalog, franchise names and parent loops."""

from collections.abc import Callable

from ..models import Franchise
from . import schema
from .checks import check_record
from .schema import MODELS, Record, model_of, shown


def _existing(model_key: str, keys: set[str]) -> dict:
    """Return the rows among `keys` that are already in the database, by slug (source: name)."""
    model = model_of(model_key)
    column = "name" if model_key == "source" else "slug"
    found, keys = {}, sorted(keys)
    # SQLite caps the parameters of one query; 500 at a time stays well under it.
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        found.update(
            {getattr(row, column): row for row in model.objects.filter(**{f"{column}__in": batch})}
        )
    return found


def check(records: list[Record], progress: Callable[[str], None] = lambda message: None) -> dict:
    """Check every record and its references; return the rows the file matches in the catalog.

    A reference is good when the entity is defined by a good record of the file (before or
    after the one that needs it) or is already in the catalog. A record that points at a bad
    one becomes bad too, so --skip-invalid never imports half of a connected group.
    """
    for done, record in enumerate(records, start=1):
        record.plan = None
        check_record(record)
        if done % schema.PROGRESS_EVERY == 0:
            progress(f"Checked {done:,} of {len(records):,} records…")
    defined: dict[tuple[str, str], Record] = {}
    for record in records:
        if not record.key:
            continue
        earlier = defined.get((record.type, record.key))
        if earlier is not None:
            record.problems.append(
                f"{record.type} {shown(record.key)} is already defined on line {earlier.line}"
            )
        else:
            defined[(record.type, record.key)] = record
    wanted: dict[str, set[str]] = {key: set() for key in MODELS}
    for record in records:
        if record.key:
            wanted[record.type].add(record.key)
        for model_key, slug, _ in record.refs:
            wanted[model_key].add(slug)
    existing = {key: _existing(key, slugs) for key, slugs in wanted.items() if slugs}
    _check_franchise_names(records, existing.get("franchise", {}))

    changed = True
    while changed:
        changed = False
        for record in records:
            if record.problems:
                continue
            for model_key, slug, place in record.refs:
                definer = defined.get((model_key, slug))
                if definer is not None and not definer.problems:
                    continue
                if definer is not None:
                    reason = (
                        f"{model_key} {shown(slug)} is defined on line {definer.line}, "
                        "which is invalid"
                    )
                elif slug in existing.get(model_key, {}):
                    continue
                elif model_key == "article":
                    reason = f"no article {shown(slug)} in the newsroom"
                else:
                    reason = f"no {model_key} {shown(slug)} in the file or the catalog"
                record.problems.append(f"{place}: {reason}")
                changed = True
        changed |= _check_parent_loops(records, defined)
    return existing


def _check_franchise_names(records: list[Record], existing: dict) -> None:
    taken = {
        f.name: f.slug
        for f in Franchise.objects.filter(
            name__in=[r.data["name"] for r in records if r.type == "franchise" and not r.problems]
        )
    }
    for record in records:
        if record.type != "franchise" or record.problems or record.key in existing:
            continue
        name = record.data["name"]
        if name in taken and taken[name] != record.key:
            record.problems.append(
                f"name: a franchise named {name!r} already has slug {taken[name]!r}"
            )
        taken.setdefault(name, record.key)


def _check_parent_loops(records: list[Record], defined: dict) -> bool:
    found = False
    for record in records:
        if record.type != "title" or record.problems:
            continue
        seen, slug = {record.key}, record.data.get("parent")
        while slug and (parent := defined.get(("title", slug))) is not None:
            if slug in seen:
                record.problems.append(f"parent: the parent chain loops back to {shown(slug)}")
                found = True
                break
            seen.add(slug)
            slug = parent.data.get("parent")
    return found
