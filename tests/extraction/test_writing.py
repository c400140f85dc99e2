"""How a story writes its dates: what the reading context says of a whole story."""

import pytest

from premiere.extraction.writing import (
    PLAIN,
    Writing,
    as_written,
    fiscal_start_of,
    reading,
    writing,
)


@pytest.mark.parametrize(
    "text, month",
    [
        ("Its fiscal year 2028 started on April 1, 2027 and runs until March 31.", 4),
        ("Fiscal Q1 is July to September.", 7),
        ("The publisher's fiscal year ends in March.", 4),
        ("Fiscal results beat forecasts.", None),
    ],
)
def test_where_a_story_says_its_company_s_fiscal_year_starts(text, month):
    assert fiscal_start_of(text) == month


def test_a_story_abroad_is_read_day_first_and_the_reading_ends_with_it():
    story = (
        "Le distributeur a présenté ce jeudi son line-up aux exploitants. Le thriller sortira "
        "en salles le 06/01, et la comédie suivra dans les salles françaises le 17/02."
    )
    with reading(story):
        assert as_written() == Writing(day_first=True)
    assert as_written() == PLAIN
    with reading("The thriller opens on 06/01, its distributor said."):
        assert as_written() == PLAIN
    with pytest.raises(RuntimeError), writing(day_first=True):
        raise RuntimeError("a story whose reading fails")
    assert as_written() == PLAIN  # no story's way of writing outlives its reading
