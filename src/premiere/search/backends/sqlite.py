"""SQLite: an FTS5 table over the documents' names, body and kind (migration 0001).

`search_fts` is an external-content FTS5 table: it indexes `search_document` without a copy of
its text, and three triggers on `search_document` keep it in step with every insert, update
and delete. Prefix indexes of two and three letters keep "ba*" as cheap as "ballerina". The
kind is indexed too, so a kind filter is part of the match and counting and ranking never
read the documents' rows. bm25 weighs a word in the names ten times one in the body.
"""

from django.db import connection

from . import Backend

# Exactly as migration 0001 creates them (tests/search/test_backends.py compares the two): a
# rebuild drops them, loads every document, has FTS5 index the table in one pass ('rebuild')
# and puts them back, twenty times faster than indexing row by row.
TRIGGERS = {
    "search_document_ai": (
        "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
        "INSERT INTO search_fts(rowid, names, body, kind) "
        "VALUES (new.id, new.names, new.body, new.kind); "
        "END"
    ),
    "search_document_ad": (
        "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, names, body, kind) "
        "VALUES ('delete', old.id, old.names, old.body, old.kind); "
        "END"
    ),
    "search_document_au": (
        "CREATE TRIGGER search_document_au AFTER UPDATE OF names, body, kind ON search_document "
        "BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, names, body, kind) "
        "VALUES ('delete', old.id, old.names, old.body, old.kind); "
        "INSERT INTO search_fts(rowid, names, body, kind) "
        "VALUES (new.id, new.names, new.body, new.kind); "
        "END"
    ),
}
BM25 = "bm25(search_fts, 10.0, 1.0, 0.0)"


class SQLiteBackend(Backend):
    AND = " AND "
    OR = " OR "

    def word(self, word: str, *, prefix: bool, names_only: bool) -> str:
        # Words are letters and digits only (text.words); quoting makes even "NEAR" or "AND"
        # a plain word to FTS5.
        return f'"{word}"' + ("*" if prefix else "")

    def match(self, query, *, names_only: bool, any_term: bool = False, kinds=()) -> str:
        expression = super().match(query, names_only=names_only, any_term=any_term)
        columns = "names" if names_only else "names body"
        expression = f"{{{columns}}} : ({expression})"
        if kinds:
            expression += " AND {kind} : (" + " OR ".join(f'"{kind}"' for kind in kinds) + ")"
        return expression

    def count(self, query, *, names_only, any_term, kinds, cap) -> int:
        match = self.match(query, names_only=names_only, any_term=any_term, kinds=kinds)
        sql = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s)"
        return self.fetch(sql, [match, cap])[0][0]

    def best(self, query, *, names_only, any_term, kinds, limit) -> list[tuple[int, float]]:
        match = self.match(query, names_only=names_only, any_term=any_term, kinds=kinds)
        sql = (
            f"SELECT rowid, -{BM25} AS score FROM search_fts WHERE search_fts MATCH %s "
            "ORDER BY score DESC LIMIT %s"
        )
        return self.fetch(sql, [match, limit])

    def newest(self, query, *, names_only, any_term, kinds, limit) -> list[tuple[int, float]]:
        # FTS5 walks its matches in rowid order and stops at the limit: no ranking of 100,000.
        match = self.match(query, names_only=names_only, any_term=any_term, kinds=kinds)
        sql = (
            "SELECT rowid, 0.0 FROM search_fts WHERE search_fts MATCH %s "
            "ORDER BY rowid DESC LIMIT %s"
        )
        return self.fetch(sql, [match, limit])

    def count_kinds(self, query, *, any_term, kinds, now) -> dict[str, int]:
        # One match, each row's kind and time read by its rowid: counting is only asked for
        # when there are at most RANK_AT_MOST matches (finding.py), so the reads are few.
        # Catalog documents are public from the start; only stories need their time checked.
        match = self.match(query, names_only=False, any_term=any_term)
        sql = (
            "SELECT d.kind, count(*) FROM search_fts JOIN search_document d "
            "ON d.id = search_fts.rowid WHERE search_fts MATCH %s "
            "AND (d.kind <> 'article' OR d.public_from <= %s) GROUP BY d.kind"
        )
        found = dict(self.fetch(sql, [match, connection.ops.adapt_datetimefield_value(now)]))
        return {kind: found.get(kind, 0) for kind in kinds}

    def bulk_begin(self) -> None:
        with connection.cursor() as cursor:
            for name in TRIGGERS:
                cursor.execute(f"DROP TRIGGER {name}")

    def bulk_end(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            for sql in TRIGGERS.values():
                cursor.execute(sql)
