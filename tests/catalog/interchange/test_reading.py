"""Reading lines into records."""

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from premiere.catalog.interchange import read_records
from premiere.catalog.interchange.reading import (
    MAX_DEPTH,
    MAX_LINE_BYTES,
    MAX_NUMBER_CHARS,
    file_lines,
)


def test_read_records_skips_blank_lines_and_counts_lines_exactly():
    records, problems = read_records([b"", b'{"type": "person"}', b"\xff", b"  "])

    assert [r.line for r in records] == [2]
    assert [str(p) for p in problems] == ["line 3: not UTF-8 text"]


# Past the limits of the format ----------------------------------------------------------------

PERSON = b'{"type": "person", "slug": "p", "name": "P"}'
TOO_LONG = f"longer than {MAX_LINE_BYTES:,} bytes, the most one line may hold"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            b'{"type": "person", "slug": "p", "billing": ' + b"9" * 5000 + b"}",
            f"a number longer than {MAX_NUMBER_CHARS} characters",
        ),
        (b"[" * 100_000, f"lists and objects nested deeper than {MAX_DEPTH} levels"),
        (
            b'{"type": "person", "bio": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            f"lists and objects nested deeper than {MAX_DEPTH} levels",
        ),
        (
            rb'{"type": "person", "name": "\ud800"}',
            r"name: contains '\ud800', half of a surrogate pair, which is not a character",
        ),
        (
            rb'{"type": "person", "aliases": ["Ana", "x\udfff"]}',
            r"aliases[1]: contains '\udfff', half of a surrogate pair, which is not a character",
        ),
        (
            rb'{"type": "person", "\udc00": 1}',
            r"a field name contains '\udc00', half of a surrogate pair, which is not a character",
        ),
        (
            rb'{"type": "person", "name": "Ana\u0000"}',
            r"name: contains a NUL character (\u0000), which the catalog cannot store",
        ),
        (b'{"type": "person", "billing": NaN}', "NaN is not a JSON number"),
        (b'{"type": "person", "billing": -Infinity}', "-Infinity is not a JSON number"),
        (b'{"type": "person", "billing": 1e999}', "1e999 is too large for a number"),
        (
            b'{"type": "person", "name": "Ana", "name": "Eve"}',
            "field 'name' appears twice in one object",
        ),
        (b'{"type": "person", "bio": "' + b"x" * MAX_LINE_BYTES + b'"}', TOO_LONG),
        (b'{"type": "person", "name": "\xff"}', "not UTF-8 text"),
        (b"[]", "a record is a JSON object, not a list"),
        (b'"person"', "a record is a JSON object, not a string"),
        (b"false", "a record is a JSON object, not false"),
        (b'{"type": {}}', "type {} is not one of source, franchise, company, person, title"),
    ],
)
def test_a_line_past_the_limits_of_the_format_is_a_problem_for_that_line_alone(line, reason):
    records, problems = read_records([PERSON, line, PERSON.replace(b'"p"', b'"q"')])

    assert [str(p) for p in problems] == [f"line 2: {reason}"]
    assert [r.line for r in records] == [1, 3]


def test_a_raw_lone_surrogate_in_a_text_line_is_a_problem():
    records, problems = read_records(['{"type": "person", "name": "Ana\ud800"}'])

    assert records == []
    assert [str(p) for p in problems] == [
        r"line 1: name: contains '\ud800', half of a surrogate pair, which is not a character"
    ]


def test_a_text_line_is_measured_in_utf8_bytes():
    line = '{"type": "person", "bio": "' + "é" * (MAX_LINE_BYTES // 2) + '"}'

    assert len(line) < MAX_LINE_BYTES
    assert [str(p) for p in read_records([line])[1]] == [f"line 1: {TOO_LONG}"]


def test_a_type_that_is_a_long_value_is_shown_cut_short():
    line = json.dumps({"type": "x" * 100_000})

    (problem,) = read_records([line])[1]

    assert len(str(problem)) < 200
    assert str(problem).startswith("line 1: type 'xxxxx") and "…" in str(problem)


# Lines of a file --------------------------------------------------------------------------


def test_file_lines_cut_a_line_past_the_limit_and_read_on():
    stream = io.BytesIO(b"a\n" + b"x" * 50 + b"\r\nb\rc")

    lines = list(file_lines(stream, limit=10, chunk_size=4))

    assert lines == [b"a", b"x" * 11, b"b", b"c"]


def test_an_enormous_line_in_a_file_is_reported_and_the_next_line_read():
    stream = io.BytesIO(PERSON + b"\n" + b"[" * (3 * MAX_LINE_BYTES) + b"\n" + PERSON + b"\n")

    records, problems = read_records(file_lines(stream))

    assert [str(p) for p in problems] == [f"line 2: {TOO_LONG}"]
    assert [r.line for r in records] == [1, 3]


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(max_size=60)
    | st.lists(st.sampled_from([b"ab", b"\r", b"\n", b"{}"])).map(b"".join),
    limit=st.integers(0, 8),
    chunk_size=st.integers(1, 8),
)
def test_file_lines_split_as_bytes_splitlines_does_and_cut_each_line(data, limit, chunk_size):
    lines = file_lines(io.BytesIO(data), limit=limit, chunk_size=chunk_size)

    assert list(lines) == [line[: limit + 1] for line in data.splitlines()]
