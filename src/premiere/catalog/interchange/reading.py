"""Reading a catalog file: lines of bytes or text -> records, or a problem naming the line."""

import json
from collections.abc import Iterable

from .schema import TYPES, Problem, Record, json_kind


def read_records(lines: Iterable[bytes | str]) -> tuple[list[Record], list[Problem]]:
    """Parse JSON Lines; blank lines are skipped and every other line must be one object."""
    records, problems = [], []
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if number == 1:
                text = text.removeprefix("\ufeff")  # a byte-order mark some editors add
        except UnicodeDecodeError:
            problems.append(Problem(number, "not UTF-8 text"))
            continue
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(Problem(number, f"not valid JSON: {error.msg} (column {error.colno})"))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(number, f"a record is a JSON object, not {json_kind(data)}"))
            continue
        kind = data.get("type")
        if kind not in TYPES:
            problems.append(
                Problem(number, f"type {kind!r} is not one of {', '.join(TYPES)}")
                if kind is not None
                else Problem(number, f"missing type (one of {', '.join(TYPES)})")
            )
            continue
        records.append(Record(line=number, type=kind, data=data))
    return records, problems
