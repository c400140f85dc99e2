"""Reading lines into records."""

from premiere.catalog.interchange import read_records


def test_read_records_skips_blank_lines_and_counts_lines_exactly():
    records, problems = read_records([b"", b'{"type": "person"}', b"\xff", b"  "])

    assert [r.line for r in records] == [2]
    assert [str(p) for p in problems] == ["line 3: not UTF-8 text"]
