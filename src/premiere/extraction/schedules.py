"""Episode schedules: a table of a season's episodes and their dates ("Episode | Date") says
when the show starts, its first date, which no row says in words."""

import re

from .rules.markets import release_value
from .suggestion import Context, Subject, Suggestion
from .when import DateMention, find_dates

# A table's header row: "Episode | Date", "Ep. | Title | Air date".
HEADER = re.compile(r"^\W*(?:episodes?|ep\.?|#)\s*\|.*\b(?:date|airs?|premieres?)\b", re.I)
ROW_NUMBER = re.compile(r"\W*\d{1,3}\.?\W*")
CONFIDENCE = 0.7  # below "Accept all confident": no verb says the first date is the premiere


class EpisodeSchedule:
    def __init__(self, subject: Subject, header: str, context: Context):
        self.subject, self.header, self.context = subject, header, context
        self.first: tuple[DateMention, str] | None = None

    @staticmethod
    def opens(text: str) -> bool:
        return " | " in text and HEADER.match(text) is not None

    def read(self, text: str) -> bool:
        """Read a row; return False (and propose the first date) once the table has ended."""
        if ROW_NUMBER.fullmatch(text):
            return True  # "1." split off its row: "1. "The Blank Map" | February 5, 2027"
        if " | " in text:
            for date in find_dates(text, self.context.published):
                if date.when.start is None:
                    continue  # a row still "TBA" says nothing of the first date
                if self.first is None or date.when.start < self.first[0].when.start:
                    self.first = (date, text)
            return True
        self._propose()
        return False

    def _propose(self) -> None:
        if self.first is None or self.first[0].when.precision != "day":
            return
        date, row = self.first
        context = self.context
        medium, channel = context.services.get(self.subject.key) or context.service
        region = context.market_for(medium, self.subject)
        value = release_value(date.when, region, medium, channel, defaulted=True)
        said = f"{self.header}\n{row}"
        context.add(Suggestion("release", self.subject, value, said, CONFIDENCE))
        self.first = None
