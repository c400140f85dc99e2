import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from premiere.catalog.interchange import schema
from premiere.catalog.models import Release, Title

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).parents[2] / "docs" / "catalog-example.jsonl"
SAID = {"name": "Trade Weekly"}


def write(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def film(slug, **fields):
    return {"type": "title", "slug": slug, "kind": "film", "name": slug.title(), **fields}


def test_import_ends_with_a_one_line_summary(capsys):
    call_command("catalog", "import", str(EXAMPLE))

    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (
        "Imported 13 records (2 sources, 1 franchise, 2 companies, 3 people, 5 titles): "
        "13 new, 22 claims recorded, 0 already known; 0 invalid."
    )


def test_a_bad_file_fails_with_each_problem_and_one_summary_line(tmp_path, capsys):
    path = write(
        tmp_path / "bad.jsonl",
        film("good"),
        film("late", releases=[{"medium": "theatrical", "date": "2025-02-30", "source": SAID}]),
    )

    with pytest.raises(CommandError) as failed:
        call_command("catalog", "import", str(path))

    assert str(failed.value) == (
        "Imported nothing: 1 of 2 records invalid (--skip-invalid imports the other 1)."
    )
    assert capsys.readouterr().err.splitlines() == [
        "line 2: releases[0].date: '2025-02-30' is not a real date: day is out of range for month."
    ]
    assert not Title.objects.exists()


def test_skip_invalid_imports_the_rest_and_lists_the_bad_lines(tmp_path, capsys):
    path = write(tmp_path / "mixed.jsonl", film("good"), film("bad", kind="movie"))

    call_command("catalog", "import", str(path), "--skip-invalid")

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "line 2: kind: 'movie' is not one of film, series, season, special, game, dlc"
    ]
    assert captured.out.splitlines()[-1].endswith("; 1 invalid.")
    assert list(Title.objects.values_list("slug", flat=True)) == ["good"]


def test_a_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(CommandError, match=r"^Cannot read .*nothing\.jsonl: No such file"):
        call_command("catalog", "import", str(tmp_path / "nothing.jsonl"))


def test_a_directory_is_one_clear_error(tmp_path):
    with pytest.raises(CommandError, match=r"^Cannot read .*: Is a directory\.$"):
        call_command("catalog", "import", str(tmp_path))


# What an attacker's file holds: each bad line is one problem, never a traceback.
ATTACKS = [
    pytest.param(
        b'{"type": "title", "billing": ' + b"9" * 5000 + b"}",
        "a number longer than 30 characters",
        id="huge-integer",
    ),
    pytest.param(
        b"[" * 100_000, "lists and objects nested deeper than 20 levels", id="deep-nesting"
    ),
    pytest.param(
        rb'{"type": "title", "slug": "two", "kind": "film", "name": "\ud800"}',
        r"name: contains '\ud800', half of a surrogate pair, which is not a character",
        id="lone-surrogate",
    ),
    pytest.param(
        rb'{"type": "title", "slug": "two", "kind": "film", "name": "Two\u0000"}',
        r"name: contains a NUL character (\u0000), which the catalog cannot store",
        id="nul",
    ),
    pytest.param(b'{"type": "title", "name": "\xff"}', "not UTF-8 text", id="not-utf8"),
    pytest.param(
        json.dumps(film("two", synopsis="x" * 2_000_000)).encode(),
        "longer than 1,048,576 bytes, the most one line may hold",
        id="enormous-line",
    ),
    pytest.param(b'{"type": "title", "billing": NaN}', "NaN is not a JSON number", id="nan"),
    pytest.param(
        b'{"type": "title", "billing": Infinity}', "Infinity is not a JSON number", id="infinity"
    ),
    pytest.param(b"1e999", "1e999 is too large for a number", id="overflow"),
    pytest.param(b"[1, 2]", "a record is a JSON object, not a list", id="not-an-object"),
    pytest.param(
        b'{"type": "title", "type": "person"}',
        "field 'type' appears twice in one object",
        id="field-twice",
    ),
]


def attacked(path: Path, bad: bytes) -> Path:
    good = [json.dumps(film(slug)).encode() for slug in ("one", "three")]
    path.write_bytes(b"\n".join([good[0], bad, good[1]]) + b"\n")
    return path


@pytest.mark.parametrize(("bad", "reason"), ATTACKS)
def test_a_bad_line_fails_the_import_with_its_problem_and_writes_nothing(
    tmp_path, capsys, bad, reason
):
    path = attacked(tmp_path / "attack.jsonl", bad)

    with pytest.raises(CommandError) as failed:
        call_command("catalog", "import", str(path))

    assert str(failed.value) == (
        "Imported nothing: 1 of 3 records invalid (--skip-invalid imports the other 2)."
    )
    assert capsys.readouterr().err.splitlines() == [f"line 2: {reason}"]
    assert not Title.objects.exists()


@pytest.mark.parametrize(("bad", "reason"), ATTACKS)
def test_skip_invalid_skips_a_bad_line_and_imports_the_others(tmp_path, capsys, bad, reason):
    path = attacked(tmp_path / "attack.jsonl", bad)

    call_command("catalog", "import", str(path), "--skip-invalid")

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"line 2: {reason}"]
    assert captured.out.splitlines()[-1].endswith("; 1 invalid.")
    assert sorted(Title.objects.values_list("slug", flat=True)) == ["one", "three"]


def test_standard_input_is_read_line_by_line_with_the_same_limits(capsys, monkeypatch):
    bad = b"[" * 100_000
    data = b"\n".join([json.dumps(film("one")).encode(), bad, json.dumps(film("two")).encode()])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    call_command("catalog", "import", "-", "--skip-invalid")

    assert capsys.readouterr().err.splitlines() == [
        "line 2: lists and objects nested deeper than 20 levels"
    ]
    assert sorted(Title.objects.values_list("slug", flat=True)) == ["one", "two"]


def test_a_long_import_reports_progress(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(schema, "PROGRESS_EVERY", 2)
    releases = [{"medium": "theatrical", "date": "2026", "source": SAID}]
    path = write(tmp_path / "many.jsonl", *(film(f"t{i}", releases=releases) for i in range(5)))

    call_command("catalog", "import", str(path))

    out = capsys.readouterr().out.splitlines()
    assert "Checked 4 of 5 records…" in out
    assert "Imported 2 of 5 records…" in out
    assert "Imported 4 of 5 records…" in out
    assert Release.objects.count() == 5


def test_export_to_stdout_keeps_progress_and_summary_on_stderr(capsys):
    call_command("catalog", "import", str(EXAMPLE))
    capsys.readouterr()

    call_command("catalog", "export")

    captured = capsys.readouterr()
    assert captured.out == EXAMPLE.read_text()
    assert captured.err.splitlines()[-1].startswith("Exported 13 records (2 sources,")


def test_export_to_a_file_round_trips(tmp_path, capsys):
    call_command("catalog", "import", str(EXAMPLE))
    target = tmp_path / "catalog.jsonl"

    call_command("catalog", "export", "--output", str(target))

    assert target.read_text() == EXAMPLE.read_text()
    assert capsys.readouterr().out.splitlines()[-1].endswith(f"to {target}.")
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.jsonl"]


def test_export_to_a_missing_folder_is_one_clear_error(tmp_path):
    with pytest.raises(CommandError, match="^Cannot write .*: No such file or directory"):
        call_command("catalog", "export", "--output", str(tmp_path / "no" / "catalog.jsonl"))


SEED_LIKE = """Ironvale II slips to May
Hollowforge Games has pushed Ironvale II from March 12 to May 21.
Source | Trade Weekly
"""


def test_extract_prints_suggestions_as_json(tmp_path, capsys):
    from premiere.catalog import services
    from premiere.extraction.dates import FuzzyDate

    game = services.title_create(kind="game", name="Ironvale II")
    services.release_set(
        title=game,
        medium="platform",
        channel="PC",
        when=FuzzyDate.parse("2027-03-12"),
        evidence=services.Evidence(source=_trade()),
    )
    story = tmp_path / "story.txt"
    story.write_text(SEED_LIKE)
    call_command("extract", str(story), "--published", "2026-11-20")
    captured = capsys.readouterr()
    found = json.loads(captured.out)
    move = next(s for s in found if s["kind"] == "release_move")
    assert move["subject"]["name"] == "Ironvale II"
    assert (move["value"]["from"], move["value"]["to"]) == ("2027-03-12", "2027-05-21")
    assert move["sentence"].startswith("Hollowforge Games has pushed")
    assert {"key", "confidence", "change"} <= set(move)
    assert [s["value"]["name"] for s in found if s["kind"] == "source"] == ["Trade Weekly"]
    assert captured.err.strip().endswith("words.")


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt", "--published", "2024-01-01"], "cannot read missing.txt"),
        (["-", "--published", "next week"], "--published must be a date"),
        (["story.txt"], "say when the text was published"),
    ],
)
def test_extract_refuses_bad_input_with_one_line(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("extract", *args)


def _trade():
    from premiere.newsroom.models import Source

    return Source.objects.get_or_create(name="Trade Weekly")[0]


def test_extract_without_a_publication_day_guesses_no_year(tmp_path, capsys, db):
    from premiere.catalog import services

    services.title_create(kind="film", name="Ballerina")
    story = tmp_path / "story.txt"
    story.write_text("Ballerina dated\nBallerina opens in theaters on June 7.\n")
    call_command("extract", str(story), "--published", "unknown")
    assert [s for s in json.loads(capsys.readouterr().out) if s["kind"] == "release"] == []
    story.write_text("Ballerina dated\nBallerina opens in theaters on June 7, 2025.\n")
    call_command("extract", str(story), "--published", "unknown")
    found = json.loads(capsys.readouterr().out)
    assert [s["value"]["date"] for s in found if s["kind"] == "release"] == ["2025-06-07"]


def test_extract_reads_a_markdown_story_as_the_desk_does(tmp_path, capsys, db):
    # A title set in italics and a date in bold: the words, not the asterisks, and the
    # italics mark the work (a new title the catalog does not know).
    story = tmp_path / "story.md"
    story.write_text(
        "Tin Lanterns dated\n\n*Tin Lanterns* opens in UK cinemas on **March 3, 2028**.\n"
    )
    call_command("extract", str(story), "--published", "2028-01-10")
    found = json.loads(capsys.readouterr().out)
    assert [
        (s["subject"]["name"], s["value"]["date"], s["value"]["region"])
        for s in found
        if s["kind"] == "release"
    ] == [("Tin Lanterns", "2028-03-03", "GB")]
