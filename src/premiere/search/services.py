"""Every write to the search index: one document after a save, or the whole index rebuilt.

The index follows the site inside the same transaction as the change (apps.py connects the
newsroom's and the catalog's announcements here), so it never shows what was rolled back.
"""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction

from premiere.catalog.models import Franchise, Title

from .backends import backend
from .documents import KIND_OF_MODEL, SOURCES, Doc
from .models import Document, Kind, Name, Word
from .vocabulary import LONGEST_WORD, words_changed

REBUILD_BATCH = 2_000


def _words(docs: Iterable[Doc]) -> set[str]:
    return {
        word
        for doc in docs
        for name in doc.keys
        for word in name.split()
        if len(word) <= LONGEST_WORD
    }


def _words_add(words: set[str]) -> None:
    known = set(Word.objects.filter(word__in=words).values_list("word", flat=True))
    if new := words - known:
        Word.objects.bulk_create([Word(word=w) for w in sorted(new)], ignore_conflicts=True)
        words_changed()


def document_write(*, doc: Doc) -> Document:
    """Create or update one document, its name keys and the words of its names."""
    columns = doc.columns()
    document = Document.objects.filter(kind=doc.kind, object_id=doc.object_id).first()
    if document is None:
        document = Document.objects.create(kind=doc.kind, object_id=doc.object_id, **columns)
    elif changed := [name for name, value in columns.items() if getattr(document, name) != value]:
        for name in changed:
            setattr(document, name, columns[name])
        document.save(update_fields=changed)  # an unchanged row is not written (nor reindexed)
    keys = set(document.keys.values_list("key", flat=True))
    if gone := keys - set(doc.keys):
        document.keys.filter(key__in=gone).delete()
    Name.objects.bulk_create([Name(document=document, key=k) for k in doc.keys if k not in keys])
    _words_add(_words([doc]))
    return document


def document_remove(*, kind: str, pk: int) -> None:
    Document.objects.filter(kind=kind, object_id=pk).delete()


def document_refresh(*, kind: str, pk: int) -> None:
    """Index one row as it is now: written if readers may find it (now or later), else removed."""
    source = SOURCES[kind]
    docs = list(source.build(source.model.objects.filter(pk=pk)))
    if docs:
        document_write(doc=docs[0])
    else:
        document_remove(kind=kind, pk=pk)


# What else shows an entity's name: a title's documents carry its franchise's and its
# parent's names, so a renamed franchise or series re-indexes them too.
DEPENDENTS = {
    Franchise: lambda pk: Title.objects.filter(franchise_id=pk).values_list("pk", flat=True),
    Title: lambda pk: Title.objects.filter(parent_id=pk).values_list("pk", flat=True),
}


def entity_refresh(*, model: type, pk: int) -> None:
    """Re-index a catalog entity after a catalog service changed it, and what shows its name."""
    document_refresh(kind=KIND_OF_MODEL[model], pk=pk)
    if dependents := DEPENDENTS.get(model):
        for title_pk in dependents(pk):
            document_refresh(kind=Kind.TITLE, pk=title_pk)


@dataclass
class Rebuilt:
    documents: dict[str, int] = field(default_factory=dict)  # by kind's plural label
    words: int = 0
    seconds: float = 0.0

    def __str__(self):
        total = sum(self.documents.values())
        kinds = ", ".join(f"{count:,} {label}" for label, count in self.documents.items())
        return (
            f"Indexed {total:,} documents ({kinds}) and {self.words:,} words "
            f"in {self.seconds:.1f} s."
        )


def index_rebuild(*, report: Callable[[str, int, int], None] | None = None) -> Rebuilt:
    """Rebuild the whole index from the catalog and the newsroom, in one transaction: readers
    keep the old index until the new one is committed. `report(label, done, total)` is called
    after every batch."""
    started, rebuilt = time.monotonic(), Rebuilt()
    words: set[str] = set()
    engine = backend()
    with transaction.atomic():
        engine.bulk_begin()
        with connection.cursor() as cursor:  # Django would load every row to cascade
            for model in (Name, Document, Word):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
        for source in SOURCES.values():
            rows = source.model.objects.order_by("pk")
            total, done, last = rows.count(), 0, 0
            while True:
                batch = list(rows.filter(pk__gt=last).values_list("pk", flat=True)[:REBUILD_BATCH])
                if not batch:
                    break
                last, done = batch[-1], done + len(batch)
                docs = list(source.build(source.model.objects.filter(pk__in=batch)))
                documents = Document.objects.bulk_create(
                    [Document(kind=d.kind, object_id=d.object_id, **d.columns()) for d in docs]
                )
                Name.objects.bulk_create(
                    [
                        Name(document=document, key=key)
                        for document, doc in zip(documents, docs, strict=True)
                        for key in doc.keys
                    ]
                )
                words |= _words(docs)
                rebuilt.documents[source.label] = rebuilt.documents.get(source.label, 0) + len(docs)
                if report:
                    report(source.label, done, total)
            rebuilt.documents.setdefault(source.label, 0)
        engine.bulk_end()
        Word.objects.bulk_create([Word(word=w) for w in sorted(words)], batch_size=5_000)
        rebuilt.words = len(words)
        words_changed()
    rebuilt.seconds = time.monotonic() - started
    return rebuilt
