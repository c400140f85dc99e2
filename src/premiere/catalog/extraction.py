"""The catalog side of extraction: build the gazetteer from the database, run the pure
extractor on an article, and describe what each suggestion would change."""

import re

from premiere.extraction import Document, Entry, Gazetteer, Suggestion, extract
from premiere.extraction.dates import FuzzyDate

from .models import Company, Franchise, Person, Release, Title, TitleAlias

_NUMBER = re.compile(r"(\d+)")


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


def describe_change(suggestion: Suggestion) -> str:
    """Say in words what accepting a suggestion would do to the catalog as it is now."""
    subject, value = suggestion.subject, suggestion.value
    name = subject.name if subject else ""
    known = subject is not None and subject.id is not None
    match suggestion.kind:
        case "mention":
            return f"Link this article to {name}"
        case "new_title":
            return f"Add the new title {name}"
        case "release" | "release_move":
            when = FuzzyDate.parse(value.get("date") or value["to"])
            where = ", ".join(
                filter(
                    None,
                    [
                        value.get("channel") or value.get("medium") or "release",
                        "worldwide" if value["region"] == "WW" else value["region"],
                    ],
                )
            )
            current = None
            if known:
                current = Release.objects.filter(
                    title_id=subject.id,
                    region=value["region"],
                    medium=value["medium"],
                    channel=value["channel"],
                ).first()
            if current is None:
                return f"Add a {where} release for {name}: {when}"
            if current.when == when:
                return f"Add a source for {name}'s {where} date ({when})"
            return f"Move {name}'s {where} date from {current.when} to {when}"
        case "status":
            label = Title.Status(value["status"]).label.lower()
            if known:
                title = Title.objects.filter(pk=subject.id).only("status").first()
                if title and title.status == value["status"]:
                    return f"Add a source: {name} is {label}"
                if title:
                    return f"Change {name} from {title.get_status_display().lower()} to {label}"
            return f"Record {name} as {label}"
        case "credit":
            return f"Credit {value['person']} as {value['role']} on {name}"
        case "placement":
            if value["placement"] == "between":
                return f"Place {name} between {value['anchor']} and {value['anchor_end']}"
            return f"Place {name} {value['placement'].replace('_', ' ')} {value['anchor']}"
        case "source":
            return f"Credit {value['name']} as this story's source"
    return ""


def extract_article(
    *, headline: str, standfirst: str, body: str, published, gazetteer: Gazetteer | None = None
) -> list[Suggestion]:
    found = extract(
        Document(headline=headline, standfirst=standfirst, body=body, published=published),
        gazetteer or gazetteer_build(),
    )
    for suggestion in found:
        suggestion.change = describe_change(suggestion)
    return found
