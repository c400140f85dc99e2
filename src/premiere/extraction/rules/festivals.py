"""A festival's run and its nights: "The Verdant Bay Film Festival will run from April 22 to
May 2, 2027, and it will open with The Cartographer's Widow"; "Fireweed Summer will close the
festival".

The run's two dates are the festival's, not a release: they were read as one film's. The
film that opens it premieres there on the first day, the one that closes it on the last.
"""

import contextlib
import re
from dataclasses import replace

from ..dates import FuzzyDate
from ..suggestion import Context, Subject, Suggestion
from ..text import Sentence
from ..vocabulary import festival_of
from ..when import DateMention
from .markets import PREMIERE, UNSURE, release_value

# "will run from April 22 to May 2", "takes place April 22-May 2", "unspools from …"
RUN = re.compile(
    r"\b(?:festival|fest|biennale|berlinale)\b[^.;]{0,80}?\b(?:runs?|will\s+run|running|"
    r"takes\s+place|will\s+take\s+place|is\s+held|will\s+be\s+held|unspools|will\s+unspool)"
    r"\s+(?:from\s+)?$",
    re.I,
)
TO_A_DAY = re.compile(r"\s*(?:to|through|until|till|-|–)\s*\d{1,2}\b(?!\s*(?:,\s*)?\d{4})", re.I)
TO_A_DAY_AND_YEAR = re.compile(
    r"\s*(?:to|through|until|till|-|–)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.I
)
FROM_A_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|-|–)\s*$", re.I)
BETWEEN = re.compile(r"\s*(?:to|through|until|till|-|and)\s*$", re.I)
# The title before its night: "and it will open with X"; after it: "X will close the festival".
OPENS_WITH = re.compile(r"\b(?:open|opens|opening|kick\s+off|kicks\s+off)\s+with\s+$", re.I)
CLOSES_WITH = re.compile(r"\b(?:close|closes|closing|wrap|wraps)\s+with\s+$", re.I)
OPENS_IT = re.compile(
    r"^\s+(?:will\s+)?(?:open|opens|kick\s+off|kicks\s+off)\s+(?:the\s+(?:festival|fest|event)|it)\b",
    re.I,
)
CLOSES_IT = re.compile(
    r"^\s+(?:will\s+)?(?:close|closes|wrap\s+up|wraps\s+up)\s+(?:the\s+(?:festival|fest|event)|it)\b",
    re.I,
)


class FestivalRun:
    """The festival a story names with its run, followed from sentence to sentence."""

    def __init__(self):
        self.first: DateMention | None = None
        self.last: DateMention | None = None
        self.name = ""

    def read(self, sentence: Sentence, located, dates: list[DateMention], context: Context):
        """Note a run the sentence gives, suggest the premieres of its opening and closing
        films; return the sentence's dates less the run's."""
        text = sentence.text
        for first, last in zip(dates, dates[1:], strict=False):
            if RUN.search(text[max(0, first.start - 160) : first.start]) and BETWEEN.fullmatch(
                text[first.end : last.start]
            ):
                self.first, self.last = first, last
                self.name = festival_of(text) or context.festival
                dates = [d for d in dates if d is not first and d is not last]
                break
        else:
            for d in dates:
                # "will run from February 10 to 20, 2028": one month's run, its year at its end
                if (end := TO_A_DAY_AND_YEAR.match(text, d.end)) and RUN.search(
                    text[max(0, d.start - 160) : d.start]
                ):
                    with contextlib.suppress(ValueError):
                        last = d.when.start.replace(day=int(end.group("day")))
                        self.first = d
                        self.last = replace(d, when=FuzzyDate.day(last.year, last.month, last.day))
                        self.name = festival_of(text) or context.festival
                        dates = [other for other in dates if other is not d]
                        break
            # "which runs February 11 to 21": a run within one month, its end a bare day
            dates = [
                d
                for d in dates
                if not (
                    RUN.search(text[max(0, d.start - 160) : d.start])
                    and TO_A_DAY.match(text, d.end)
                )
                # "which runs from 1 to 11 September 2027": the run's last day, its first a
                # bare number before it
                and not (
                    RUN.search(text[max(0, d.start - 170) : d.start - len(run.group(0))])
                    if (run := FROM_A_DAY.search(text, max(0, d.start - 12), d.start))
                    else False
                )
            ]
        if self.first is None:
            return dates
        for loc in located.of_kinds()[1]:
            before, after = text[max(0, loc.start - 40) : loc.start], text[loc.end :]
            if OPENS_WITH.search(before) or OPENS_IT.match(after):
                self._premiere(Subject.of(loc.entry), self.first, text, context)
            elif CLOSES_WITH.search(before) or CLOSES_IT.match(after):
                self._premiere(Subject.of(loc.entry), self.last, text, context)
        return dates

    def _premiere(self, subject: Subject, night: DateMention, text: str, context: Context):
        where = context.festival_countries.get(self.name, "WW")  # "…returning to Hobart"
        value = release_value(night.when, where, PREMIERE, self.name)
        # (below "Accept all confident", as every festival screening is: which night of which
        # festival, and whether it is the film's premiere at all, is misread more often)
        context.add(Suggestion("release", subject, value, text, UNSURE))
