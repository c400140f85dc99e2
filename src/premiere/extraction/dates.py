"""Release dates as announced: a day, a month, a quarter, a season, a half, a year, or "TBA".

A studio that says "2026" has not said January 1. Each date is kept as the period it names,
so it sorts, displays and compares honestly. Plain Python: no Django here.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"  # "early 2028", "H2 2027": the games trade's halves of a year
    YEAR = "year"
    TBA = "tba"


# Meteorological seasons of the northern hemisphere, where the trade press writes "this fall".
# Winter belongs to the year it starts in: "Winter 2025" runs from December 2025 to February 2026.
SEASONS = {1: ("Spring", 3), 2: ("Summer", 6), 3: ("Fall", 9), 4: ("Winter", 12)}
SEASON_NUMBERS = {"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4}
# The months as English copy names them, whole or cut short ("Sept."), each to its number
# (written out: calendar.month_name follows the process's locale).
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


# Among periods ending the same day, the more exact one is listed first.
PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.MONTH: 1,
    Precision.QUARTER: 2,
    Precision.SEASON: 2,
    Precision.HALF: 3,
    Precision.YEAR: 4,
    Precision.TBA: 5,
}


class InvalidDate(ValueError):
    pass


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


@dataclass(frozen=True)
class FuzzyDate:
    """A period named by a precision and its first day (None for TBA)."""

    precision: Precision
    start: date | None = None

    def __post_init__(self):
        if (self.precision == Precision.TBA) != (self.start is None):
            raise InvalidDate("Only a TBA date has no start day.")
        # A period must end in a representable year: "9999-winter" would end in 10000.
        if self.start is not None and not 1 <= self.start.year <= 9998:
            raise InvalidDate(f"{self.start.year} is outside the years a release can have.")

    # Constructors -----------------------------------------------------------------------
    @classmethod
    def tba(cls) -> "FuzzyDate":
        return cls(Precision.TBA)

    @classmethod
    def day(cls, year: int, month: int, day: int) -> "FuzzyDate":
        return cls(Precision.DAY, date(year, month, day))

    @classmethod
    def month(cls, year: int, month: int) -> "FuzzyDate":
        return cls(Precision.MONTH, date(year, month, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "FuzzyDate":
        if not 1 <= quarter <= 4:
            raise InvalidDate(f"A quarter is 1 to 4, not {quarter}.")
        return cls(Precision.QUARTER, date(year, 3 * quarter - 2, 1))

    @classmethod
    def season(cls, year: int, season: int) -> "FuzzyDate":
        if season not in SEASONS:
            raise InvalidDate(f"A season is 1 to 4 (spring to winter), not {season}.")
        return cls(Precision.SEASON, date(year, SEASONS[season][1], 1))

    @classmethod
    def half(cls, year: int, half: int) -> "FuzzyDate":
        if half not in (1, 2):
            raise InvalidDate(f"A half is 1 or 2, not {half}.")
        return cls(Precision.HALF, date(year, 6 * half - 5, 1))

    @classmethod
    def year(cls, year: int) -> "FuzzyDate":
        return cls(Precision.YEAR, date(year, 1, 1))

    @classmethod
    def from_stored(cls, precision: str, start: date | None) -> "FuzzyDate":
        return cls(Precision(precision), start)

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        """Read the canonical form: 2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2025-H1, 2026 or
        TBA."""
        value = text.strip().lower()
        try:
            if value == "tba":
                return cls.tba()
            if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
                return cls.day(*map(int, match.groups()))
            if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
                return cls.month(*map(int, match.groups()))
            if match := re.fullmatch(r"(\d{4})-q([1-4])", value):
                return cls.quarter(*map(int, match.groups()))
            if match := re.fullmatch(r"(\d{4})-h([12])", value):
                return cls.half(*map(int, match.groups()))
            match = re.fullmatch(r"(\d{4})-([a-z]+)", value)
            if match and match.group(2) in SEASON_NUMBERS:
                return cls.season(int(match.group(1)), SEASON_NUMBERS[match.group(2)])
            if re.fullmatch(r"\d{4}", value):
                return cls.year(int(value))
        except ValueError as error:
            raise InvalidDate(f"{text!r} is not a real date: {error}.") from None
        raise InvalidDate(
            f"{text!r} is not a date. Use 2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2025-H1, "
            "2026 or TBA."
        )

    # The years an editor can mean: "0202-07-14" is a slip of the keyboard, not a release
    # (imports of older records read with `parse`, which takes any representable year).
    ENTERED_YEARS = (1870, 2200)

    @classmethod
    def parse_entered(cls, text: str) -> "FuzzyDate":
        """Read a date an editor typed, in a year a release can have: the canonical form, or
        one date written out as the desk shows it ("February 5, 2027", "fall 2027")."""
        try:
            when = cls.parse(text)
        except InvalidDate:
            when = _written(text)
            if when is None:
                raise InvalidDate(
                    f"{text.strip()!r} is not a date. Write a day (2027-02-05 or February 5, "
                    "2027), a month (2027-02), a quarter (2027-Q3), a season (fall 2027), a "
                    "half (H1 2027), a year or TBA."
                ) from None
        first, last = cls.ENTERED_YEARS
        if when.start is not None and not first <= when.start.year <= last:
            raise InvalidDate(
                f"{when.start.year} is not a year a release can have: give one from {first} "
                f"to {last}."
            )
        return when

    # The period ---------------------------------------------------------------------------
    @property
    def end(self) -> date | None:
        """Return the last day the period covers."""
        if self.start is None:
            return None
        months = {
            Precision.DAY: 0,
            Precision.MONTH: 1,
            Precision.QUARTER: 3,
            Precision.SEASON: 3,
            Precision.HALF: 6,
            Precision.YEAR: 12,
        }[self.precision]
        if months == 0:
            return self.start
        return add_months(self.start, months) - timedelta(days=1)

    @property
    def is_tba(self) -> bool:
        return self.precision == Precision.TBA

    def sort_key(self) -> tuple:
        """Order by the last day a release could fall on, then the more exact first: "Q3 2025"
        comes before "2025", which may still mean December; TBA comes last."""
        if self.start is None:
            return (1, date.max, 0, date.max)
        return (0, self.end, PRECISION_RANK[self.precision], self.start)

    def __lt__(self, other: "FuzzyDate") -> bool:
        return self.sort_key() < other.sort_key()

    def contains(self, other: "FuzzyDate") -> bool:
        """True when `other` lies wholly inside this period ("Q3 2025" inside "2025")."""
        if self.is_tba:
            return True
        if other.is_tba:
            return False
        return self.start <= other.start and other.end <= self.end

    def certainly_before(self, other: "FuzzyDate") -> bool:
        """True only when every day of this period comes before every day of `other`."""
        return not (self.is_tba or other.is_tba) and self.end < other.start

    def overlaps(self, other: "FuzzyDate") -> bool:
        if self.is_tba or other.is_tba:
            return False
        return self.start <= other.end and other.start <= self.end

    def change_from(self, previous: "FuzzyDate") -> str:
        """Name what an announcement did to a date: narrowed, delayed, moved up or moved."""
        if previous == self:
            return "unchanged"
        if previous.is_tba or (previous.contains(self) and self.precision != previous.precision):
            return "narrowed"
        if self.is_tba:
            return "unscheduled"
        if previous.certainly_before(self):
            return "delayed"
        if self.certainly_before(previous):
            return "moved up"
        return "moved"

    # Display ------------------------------------------------------------------------------
    def __str__(self) -> str:
        start = self.start
        match self.precision:
            case Precision.DAY:
                return f"{start:%B} {start.day}, {start.year}"
            case Precision.MONTH:
                return f"{start:%B %Y}"
            case Precision.QUARTER:
                return f"Q{(start.month + 2) // 3} {start.year}"
            case Precision.SEASON:
                return f"{SEASONS[(start.month // 3) or 4][0]} {start.year}"
            case Precision.HALF:
                return f"H{(start.month + 5) // 6} {start.year}"
            case Precision.YEAR:
                return str(start.year)
        return "TBA"

    def short(self, *, relative_to: "FuzzyDate | None" = None) -> str:
        """Return the display without a year the context already gives ("March 28")."""
        text = str(self)
        if (
            relative_to is not None
            and self.precision in (Precision.DAY, Precision.MONTH)
            and not relative_to.is_tba
            and relative_to.start.year == self.start.year
        ):
            return text.replace(f", {self.start.year}", "").replace(f" {self.start.year}", "")
        return text

    def canonical(self) -> str:
        """Return the form `parse` reads: what the import and export files use."""
        start = self.start
        match self.precision:
            case Precision.DAY:
                return start.isoformat()
            # Four-digit years always, so what `parse` reads back is the same date ("0999-01").
            case Precision.MONTH:
                return f"{start.year:04d}-{start.month:02d}"
            case Precision.QUARTER:
                return f"{start.year:04d}-Q{(start.month + 2) // 3}"
            case Precision.SEASON:
                return f"{start.year:04d}-{SEASONS[(start.month // 3) or 4][0].lower()}"
            case Precision.HALF:
                return f"{start.year:04d}-H{(start.month + 5) // 6}"
            case Precision.YEAR:
                return f"{start.year:04d}"
        return "TBA"


def _written(text: str) -> "FuzzyDate | None":
    """The one date `text` writes out, whole ("Feb. 5, 2027", "Q3 2027"), else None. No year
    is guessed: "February 5" alone is not a date here."""
    from .when import find_dates  # reading written dates builds on this module

    text = text.strip()
    found = find_dates(text, None)
    if len(found) != 1 or found[0].start != 0 or found[0].end < len(text.rstrip(" .")):
        return None
    return found[0].when
