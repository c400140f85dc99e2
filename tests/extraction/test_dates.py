from datetime import date

import pytest

from premiere.extraction.dates import FuzzyDate, InvalidDate, Precision


@pytest.mark.parametrize(
    "text, shown",
    [
        ("2024-06-07", "June 7, 2024"),
        ("2024-06", "June 2024"),
        ("2025-Q3", "Q3 2025"),
        ("2025-summer", "Summer 2025"),
        ("2025-autumn", "Fall 2025"),
        ("2027-H1", "H1 2027"),
        ("2026", "2026"),
        ("tba", "TBA"),
    ],
)
def test_each_precision_displays_what_was_announced(text, shown):
    assert str(FuzzyDate.parse(text)) == shown


@pytest.mark.parametrize(
    "text", ["2024-06-07", "2024-06", "2025-Q3", "2025-fall", "2027-H2", "2026", "TBA"]
)
def test_canonical_form_reads_back_to_the_same_date(text):
    when = FuzzyDate.parse(text)
    assert FuzzyDate.parse(when.canonical()) == when


def test_a_year_is_never_faked_as_january_first():
    year = FuzzyDate.parse("2026")
    assert year.precision == Precision.YEAR
    assert (year.start, year.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert str(year) == "2026"  # not "January 1, 2026"


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-winter", date(2025, 12, 1), date(2026, 2, 28)),
        ("2025-06-07", date(2025, 6, 7), date(2025, 6, 7)),
        ("2027-H2", date(2027, 7, 1), date(2027, 12, 31)),
    ],
)
def test_each_date_covers_its_whole_period(text, start, end):
    when = FuzzyDate.parse(text)
    assert (when.start, when.end) == (start, end)


def test_q3_sorts_before_the_year_that_contains_it_and_tba_last():
    dates = [
        FuzzyDate.parse(t)
        for t in ["TBA", "2025", "2025-H2", "2025-Q4", "2025-Q3", "2025-09-30", "2025-07"]
    ]
    assert [str(d) for d in sorted(dates)] == [
        "July 2025",
        "September 30, 2025",
        "Q3 2025",
        "Q4 2025",
        "H2 2025",
        "2025",
        "TBA",
    ]


def test_comparing_2025_with_q3_2025():
    year, quarter = FuzzyDate.parse("2025"), FuzzyDate.parse("2025-Q3")
    assert year.contains(quarter) and not quarter.contains(year)
    assert year.overlaps(quarter)
    # Neither is certainly before the other: "2025" may still mean August.
    assert not year.certainly_before(quarter) and not quarter.certainly_before(year)
    assert quarter.change_from(year) == "narrowed"
    assert FuzzyDate.parse("2025-Q2").certainly_before(quarter)


@pytest.mark.parametrize(
    "before, after, kind",
    [
        ("2025-03-28", "2025-05-09", "delayed"),
        ("2025-05", "2025-03", "moved up"),
        ("2025", "2025-Q3", "narrowed"),
        ("TBA", "2026", "narrowed"),
        ("2025-Q3", "2025-08", "narrowed"),
        ("2025-07", "2025-Q3", "moved"),
        ("2025-07-04", "TBA", "unscheduled"),
    ],
)
def test_a_change_is_named_for_what_it_did(before, after, kind):
    assert FuzzyDate.parse(after).change_from(FuzzyDate.parse(before)) == kind


def test_short_display_drops_a_year_the_context_gives():
    march = FuzzyDate.parse("2025-03-28")
    assert march.short(relative_to=FuzzyDate.parse("2025-05-09")) == "March 28"
    assert march.short(relative_to=FuzzyDate.parse("2026-05-09")) == "March 28, 2025"


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "next year", "2025-Q5", "25", ""])
def test_bad_dates_are_refused_with_a_reason(text):
    with pytest.raises(InvalidDate) as error:
        FuzzyDate.parse(text)
    assert str(error.value)


def test_only_tba_has_no_start():
    with pytest.raises(InvalidDate):
        FuzzyDate(Precision.YEAR, None)


@pytest.mark.parametrize("text", ["9999", "9999-12", "9999-Q4", "9999-winter", "0000"])
def test_years_past_what_a_calendar_can_hold_are_refused(text):
    with pytest.raises(InvalidDate):
        FuzzyDate.parse(text)


@pytest.mark.parametrize("text", ["0999-01", "0999-Q2", "0999-summer", "0999", "0999-01-02"])
def test_years_before_1000_are_written_as_they_are_read(text):
    assert FuzzyDate.parse(text).canonical() == text
