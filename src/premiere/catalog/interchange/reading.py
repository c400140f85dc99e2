"""Reading a catalog file: lines of bytes or text -> records, or a problem naming the line.

A line is read within limits that no real record comes near, so a hostile or broken file
costs bounded time and memory per line and ends up as one problem for that line, never as
an exception: see "Limits" in docs/catalog-format.md.
"""

import json
import math
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import BinaryIO

from .schema import TYPES, Problem, Record, json_kind, shown

# The biggest record of a real catalog is a few kilobytes; a megabyte leaves room for long
# synopses and quotes while keeping one line's cost bounded.
MAX_LINE_BYTES = 1024 * 1024
# A record nests five levels deep (record, releases, release, sources, source). The limit
# also keeps json's recursive parser, and the walk below, far from Python's recursion limit.
MAX_DEPTH = 20
# The only number of the format is a billing (at most 32,767). Python refuses to turn more
# than 4,300 digits into an int, and parsing a long number costs time quadratic in its length.
MAX_NUMBER_CHARS = 30

_LINE_END = re.compile(rb"\r\n?|\n")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
# What the database cannot store: half of a UTF-16 pair (from a "\ud800" escape, not
# encodable as UTF-8) and NUL (PostgreSQL refuses it in text).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class _Unreadable(ValueError):
    """A line that is JSON only past the limits of the format."""


def file_lines(
    stream: BinaryIO, *, limit: int = MAX_LINE_BYTES, chunk_size: int = 1 << 16
) -> Iterator[bytes]:
    """Yield the lines of a binary stream as bytes.splitlines() would (\\n, \\r\\n or \\r ends
    a line), keeping at most `limit` + 1 bytes of each: a longer line is known by its length
    and the rest of it is read past, never held."""
    line, after_cr = bytearray(), False
    while chunk := stream.read(chunk_size):
        # The \n of a \r\n that the chunks cut in two.
        start = 1 if after_cr and chunk.startswith(b"\n") else 0
        for end in _LINE_END.finditer(chunk, start):
            line += chunk[start : min(end.start(), start + limit + 1 - len(line))]
            yield bytes(line)
            line.clear()
            start = end.end()
        line += chunk[start : start + limit + 1 - len(line)]
        after_cr = chunk.endswith(b"\r")
    if line:
        yield bytes(line)


def read_records(lines: Iterable[bytes | str]) -> tuple[list[Record], list[Problem]]:
    """Parse JSON Lines; blank lines are skipped and every other line must be one object."""
    records, problems = [], []
    for number, raw in enumerate(lines, start=1):
        try:
            data = _parse(raw, first=number == 1)
        except _Unreadable as error:
            problems.append(Problem(number, str(error)))
            continue
        if data is None:
            continue
        kind = data.get("type")
        if kind not in TYPES:
            problems.append(
                Problem(number, f"type {shown(kind)} is not one of {', '.join(TYPES)}")
                if kind is not None
                else Problem(number, f"missing type (one of {', '.join(TYPES)})")
            )
            continue
        records.append(Record(line=number, type=kind, data=data))
    return records, problems


def _parse(raw: bytes | str, *, first: bool) -> dict | None:
    """Return the line's object, or None for a blank line; raise _Unreadable for anything
    else, with the reason a reader of the file needs."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_LINE_BYTES:
        raise _Unreadable(f"longer than {MAX_LINE_BYTES:,} bytes, the most one line may hold")
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise _Unreadable("not UTF-8 text") from None
    if first:
        text = text.removeprefix("\ufeff")  # a byte-order mark some editors add
    if not text.strip():
        return None
    # Counted before parsing: json's parser recurses once per level and would fail with a
    # RecursionError (or exhaust the stack) on a line of 100,000 brackets.
    if _depth(text) > MAX_DEPTH:
        raise _Unreadable(f"lists and objects nested deeper than {MAX_DEPTH} levels")
    try:
        data = _DECODER.decode(text)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"not valid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(data, dict):
        raise _Unreadable(f"a record is a JSON object, not {json_kind(data)}")
    if reason := _unstorable(data, ""):
        raise _Unreadable(reason)
    return data


def _depth(text: str) -> int:
    """Return how deep lists and objects nest, brackets inside strings aside."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def _unstorable(value, where: str) -> str:
    """Return why a string in `value` cannot be stored, naming where it is; or ""."""
    if isinstance(value, str):
        if found := _UNSTORABLE.search(value):
            return f"{where}: {_why(found.group())}" if where else _why(found.group())
    elif isinstance(value, dict):
        for key, item in value.items():
            if found := _UNSTORABLE.search(key):
                return f"{where + ': ' if where else ''}a field name {_why(found.group())}"
            name = key if len(key) <= 40 else key[:39] + "…"
            if reason := _unstorable(item, f"{where}.{name}" if where else name):
                return reason
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if reason := _unstorable(item, f"{where}[{i}]"):
                return reason
    return ""


def _why(char: str) -> str:
    if char == "\x00":
        return r"contains a NUL character (\u0000), which the catalog cannot store"
    return f"contains {ascii(char)}, half of a surrogate pair, which is not a character"


def _number(text: str) -> str:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Unreadable(f"a number longer than {MAX_NUMBER_CHARS} characters")
    return text


def _float(text: str) -> float:
    value = float(_number(text))
    if not math.isfinite(value):
        raise _Unreadable(f"{text} is too large for a number")
    return value


def _constant(name: str):
    raise _Unreadable(f"{name} is not a JSON number")


def _object(pairs: list[tuple[str, object]]) -> dict:
    data = dict(pairs)
    if len(data) < len(pairs):
        seen = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise _Unreadable(f"field {shown(twice)} appears twice in one object")
    return data


# The standard parser with the format's limits: every number is checked before Python turns
# it into one, NaN and Infinity (which json accepts by default) are refused, and so is a
# field given twice (json keeps the last silently).
_DECODER = json.JSONDecoder(
    parse_int=lambda text: int(_number(text)),
    parse_float=_float,
    parse_constant=_constant,
    object_pairs_hook=_object,
)
