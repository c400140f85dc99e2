"""Importing a catalog file: check every record, then write the good ones through the
services in one transaction, skipping claims the catalog already holds."""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from .. import services
from ..evidence import source_model
from ..models import Credit, Placement, Relation, Release, Title
from ..services import Evidence
from . import schema
from .reading import read_records
from .references import check
from .schema import TYPES, Problem, Record, model_of, plural


@dataclass
class ImportReport:
    records: int = 0
    imported: Counter = field(default_factory=Counter)
    created: int = 0
    claims: int = 0
    known: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def invalid(self) -> int:
        return len({p.line for p in self.problems})

    def summary(self) -> str:
        kinds = ", ".join(plural(self.imported[t], t) for t in TYPES if self.imported[t])
        total = sum(self.imported.values())
        return (
            f"Imported {plural(total, 'record')}{f' ({kinds})' if kinds else ''}: "
            f"{self.created:,} new, {plural(self.claims, 'claim')} recorded, "
            f"{self.known:,} already known; {self.invalid:,} invalid."
        )


class ImportRejected(Exception):
    """The file had bad records and --skip-invalid was not given: nothing was written."""

    def __init__(self, report: ImportReport):
        self.report = report
        good = report.records - report.invalid
        super().__init__(
            f"Imported nothing: {report.invalid:,} of {plural(report.records, 'record')} "
            + (f"invalid (--skip-invalid imports the other {good:,})." if good else "invalid.")
        )


class _Writer:
    """Write good records through the services, skipping claims the catalog already holds."""

    def __init__(self, existing: dict, report: ImportReport):
        self.rows = {key: dict(rows) for key, rows in existing.items()}
        self.report = report

    def row(self, model_key: str, slug: str):
        rows = self.rows.setdefault(model_key, {})
        if slug not in rows:
            rows[slug] = model_of(model_key).objects.get(slug=slug)
        return rows[slug]

    def source(self, name: str, url: str = "") -> object:
        rows = self.rows.setdefault("source", {})
        if name not in rows:
            # An unknown outlet is created with the site of the page quoted as its home page.
            # The outlet's home page, without any user name or password the claim's URL held.
            parts = urlsplit(url)
            home = f"{parts.scheme}://{parts.hostname}" if url and parts.hostname else ""
            rows[name], created = source_model().objects.get_or_create(
                name=name, defaults={"url": home}
            )
            self.report.created += created
        return rows[name]

    def evidence(self, item: dict) -> Evidence:
        return Evidence(
            article=self.row("article", item["article"]) if item["article"] else None,
            source=self.source(item["name"], item["url"]) if item["name"] else None,
            source_url=item["url"],
            quote=item["quote"],
            observed_at=item["observed_at"],
        )

    def is_new(self, fact, evidence: Evidence, value=None) -> bool:
        """False when `fact` already has this claim: the same evidence in the same words for
        the same value. The services add a claim on every call; a re-import must not."""
        if fact is not None:
            claims = fact.claims.filter(
                source=evidence.source,
                article=evidence.article,
                source_url=evidence.source_url,
                quote=evidence.quote,
            )
            if value is not None:
                claims = claims.filter(value=str(value)[:250])
            if claims.exists():
                self.report.known += 1
                return False
        self.report.claims += 1
        return True

    # Entities -----------------------------------------------------------------------------

    def entity(self, record: Record) -> None:
        data = record.data
        if record.type == "source":
            self.source_record(data)
            return
        rows = self.rows.setdefault(record.type, {})
        if record.key in rows:
            # A record matches the catalog's row by slug. An import adds facts; it never
            # renames or rewrites what an editor may have corrected since.
            if record.type == "title":
                for alias in data.get("aliases", []):
                    services.title_alias_add(title=rows[record.key], name=alias)
            return
        if record.type == "franchise":
            row = services.franchise_create(
                name=data["name"], slug=data["slug"], description=data.get("description") or ""
            )
        elif record.type == "company":
            row = services.company_create(
                name=data["name"],
                slug=data["slug"],
                kind=data.get("kind") or "studio",
                aliases=data.get("aliases", []),
            )
        elif record.type == "person":
            row = services.person_create(
                name=data["name"],
                slug=data["slug"],
                bio=data.get("bio") or "",
                aliases=data.get("aliases", []),
            )
        else:
            row = self.title(record)
        rows[record.key] = row
        self.report.created += 1

    def source_record(self, data: dict) -> None:
        rows = self.rows.setdefault("source", {})
        if data["name"] not in rows:
            rows[data["name"]], created = source_model().objects.get_or_create(
                name=data["name"], defaults={"url": data["url"]}
            )
            self.report.created += created

    def title(self, record: Record) -> Title:
        data, status = record.data, record.plan["status"]
        franchise, parent = data.get("franchise"), data.get("parent")
        return services.title_create(
            kind=data["kind"],
            name=data["name"],
            slug=data["slug"],
            franchise=self.row("franchise", franchise) if franchise else None,
            installment=data.get("installment") or "",
            synopsis=data.get("synopsis") or "",
            original_name=data.get("original_name") or "",
            parent=self.row("title", parent) if parent else None,
            aliases=data.get("aliases", []),
            # A status with no source is only where a new title starts: it is not a claim.
            **({"status": status["value"]} if status and not status["evidence"] else {}),
        )

    # Facts --------------------------------------------------------------------------------

    def facts(self, record: Record) -> None:
        """Record the title's facts in file order, each evidence in turn, as an editor would."""
        title, plan = self.row("title", record.key), record.plan
        if status := plan["status"]:
            for item in status["evidence"]:
                evidence = self.evidence(item)
                latest = title.status_history.first()
                same = latest if latest and latest.status == status["value"] else None
                if self.is_new(same, evidence):
                    services.title_status_set(
                        title=title, status=status["value"], evidence=evidence
                    )
        for fact in plan["releases"]:
            where = {key: fact[key] for key in ("region", "medium", "channel")}
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                release = Release.objects.filter(title=title, **where).first()
                # Another date than the catalog's moves the release (release_set keeps history),
                # unless this very claim is already there, superseded or not: re-importing
                # an old file must not undo a later move.
                if self.is_new(release, evidence, value=fact["when"]):
                    services.release_set(
                        title=title,
                        when=fact["when"],
                        confidence=fact["confidence"],
                        evidence=evidence,
                        **where,
                    )
        for fact in plan["credits"]:
            person = self.row("person", fact["person"]) if fact["person"] else None
            company = self.row("company", fact["company"]) if fact["company"] else None
            character = fact["character"] if person else ""
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                credit = Credit.objects.filter(
                    title=title,
                    person=person,
                    company=company,
                    role=fact["role"],
                    **({"character": character} if person else {}),
                ).first()
                if self.is_new(credit, evidence):
                    services.credit_add(
                        title=title,
                        person=person,
                        company=company,
                        role=fact["role"],
                        character=character,
                        billing=fact["billing"],
                        evidence=evidence,
                    )
        for fact in plan["relations"]:
            other = self.row("title", fact["other"])
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                relation = Relation.objects.filter(title=title, kind=fact["kind"], other=other)
                if self.is_new(relation.first(), evidence):
                    services.relation_add(
                        title=title, kind=fact["kind"], other=other, evidence=evidence
                    )
        for fact in plan["placements"]:
            anchors = {
                "anchor": self.row("title", fact["anchor"]),
                "anchor_end": self.row("title", fact["anchor_end"]) if fact["anchor_end"] else None,
            }
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                placement = Placement.objects.filter(title=title, kind=fact["kind"], **anchors)
                if self.is_new(placement.first(), evidence):
                    services.placement_set(
                        title=title, kind=fact["kind"], evidence=evidence, **anchors
                    )


def _parents_first(titles: list[Record]) -> list[Record]:
    """Order title records so a parent defined in the file is created before its children."""
    by_slug = {r.key: r for r in titles}
    ordered, placed = [], set()

    def place(record):
        if record.key in placed:
            return
        parent = by_slug.get(record.data.get("parent") or "")
        if parent is not None:
            place(parent)
        placed.add(record.key)
        ordered.append(record)

    for record in titles:
        place(record)
    return ordered


def catalog_import(
    lines: Iterable[bytes | str],
    *,
    skip_invalid: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> ImportReport:
    """Check every record, then import the good ones in one transaction.

    With bad records and no `skip_invalid`, raise ImportRejected having written nothing;
    its report lists each problem by line. With `skip_invalid`, import the good records
    and list the bad ones in the report.
    """
    report = ImportReport()
    records, report.problems = read_records(lines)
    report.records = len(records) + len({p.line for p in report.problems})
    progress(f"Read {plural(report.records, 'record')}; checking…")
    existing = check(records, progress)
    good = [r for r in records if not r.problems]
    report.problems += [Problem(r.line, reason) for r in records for reason in r.problems]
    if report.problems and not skip_invalid:
        report.problems.sort(key=lambda p: p.line)
        raise ImportRejected(report)

    writer, done = _Writer(existing, report), 0

    def step(record, write, *, finishes=True):
        nonlocal done
        # One savepoint per step, so a record the services refuse is reported and rolled back
        # on its own. (A title whose facts fail keeps its bare row under --skip-invalid; the
        # checks above make that a bug to report, not something a file can do.)
        try:
            with transaction.atomic():
                write(record)
        except (ValidationError, DatabaseError) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            report.problems.append(Problem(record.line, " ".join(messages)))
            return
        if finishes:
            report.imported[record.type] += 1
            done += 1
            if done % schema.PROGRESS_EVERY == 0:
                progress(f"Imported {done:,} of {len(good):,} records…")

    with transaction.atomic():
        # Entities first, so facts may point at titles defined further down the file.
        for kind in TYPES[:-1]:
            for record in good:
                if record.type == kind:
                    step(record, writer.entity)
        titles = _parents_first([r for r in good if r.type == "title"])
        for record in titles:
            step(record, writer.entity, finishes=False)
        failed = {p.line for p in report.problems}
        for record in titles:
            if record.line not in failed:
                step(record, writer.facts)
        report.problems.sort(key=lambda p: p.line)
        if report.problems and not skip_invalid:
            transaction.set_rollback(True)
    if report.problems and not skip_invalid:
        report.imported.clear()
        raise ImportRejected(report)
    return report
