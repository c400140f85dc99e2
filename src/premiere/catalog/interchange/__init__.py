"""Catalog files in and out: JSON Lines, one record per line, every fact with its evidence.

The format is documented in docs/catalog-format.md. An import reads and checks every record
before it writes anything, then records each fact through `services`, so a file and an editor
leave the same rows, claims and history behind. An export writes the catalog as it stands in
the same format, so export -> import -> export gives the same file.

- `schema`: the record types and their fields; `Record` and `Problem`.
- `reading`: lines of text -> records, or a problem naming the line.
- `checks`: one record's fields, values and evidence.
- `references`: the file as a whole: duplicates, references, parent loops.
- `importing`: `catalog_import`, writing good records through the services.
- `exporting`: `catalog_export`.
"""

from .exporting import ExportReport, catalog_export
from .importing import ImportRejected, ImportReport, catalog_import
from .reading import file_lines, read_records
from .references import check
from .schema import FIELDS, TYPES, Problem, Record

__all__ = [
    "FIELDS",
    "TYPES",
    "ExportReport",
    "ImportRejected",
    "ImportReport",
    "Problem",
    "Record",
    "catalog_export",
    "catalog_import",
    "check",
    "file_lines",
    "read_records",
]
