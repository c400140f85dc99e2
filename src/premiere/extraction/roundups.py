"""Roundups: a heading that gives a date to the titles listed under it.

Weekly release pages put the date once, over the list: "Opening this Weekend" and then a title
per line; "New to Theatres This Weekend: Rogue One: A Star Wars Story, Collateral Beauty,
Fences"; "Here Are All the Movies Opening Today, June 12" over a block per film ("Jurassic
World", then "Director: …", "Cast: …"). No line of the list says "opens" or has a date, so the
sentence rules find nothing; the heading's date belongs to every title of the list.

A heading counts only when it says what the date is for (a release word) and gives one date;
the list ends at the first line of prose or the next dated line. Detail lines of a block
("Director: …", "Synopsis: …") neither count as titles nor end the list.
"""

import re

from .entities import Located, Names
from .listings import (
    BARE_DATE_LINE,
    BULLET,
    DISTRIBUTOR_LINE,
    EPISODE_CODE,
    ITEM_NOTE,
    NOT_A_PREMIERE,
    PARENTHESES,
    SIDE_MARKS,
    date_alone,
)
from .regions import country_alone
from .seasons import season_entry
from .text import Sentence
from .title_names import NOT_TITLES, TITLE_SPAN, reads_as_title
from .titles import Spotter
from .when import DateMention, find_dates

# What a roundup's heading says about the date: something opens, arrives, comes out.
RELEASE_CUE = re.compile(
    r"\b(?:openings?|opens|new\s+(?:to|in|on|this|releases?)|in\s+(?:theat(?:er|re)s|cinemas)|"
    r"releases|releasing|out\s+(?:this|now|today|next)|arriving|coming\s+(?:to|out|this)|"
    r"premiering|hitting|debuting|streaming\s+(?:this|now)|launching)\b",
    re.IGNORECASE,
)
# What a long heading lists: "All the Movies Opening Today", "new games out this week".
ROUNDUP_NOUN = re.compile(
    r"\b(?:movies|films|releases|games|shows|series|titles|dramas|seasons|documentaries)\b", re.I
)
# Past the cue, what is not a release: a chart, a forecast, a look back.
NOT_RELEASES = re.compile(
    r"\b(?:box\s+office|predictions?|top\s+\d+|best|worst|ranked|review|reviews|recap)\b", re.I
)
# A detail of a block: "Director: Colin Trevorrow", "Criticwire Grade Average: B-".
DETAIL_LINE = re.compile(r"^[\w'’ -]{2,40}:\s")
SHORT_HEADING_WORDS = 8
SECTION_TITLE_WORDS = 6
LONG_HEADING_WORDS = 16
ITEM_WORDS = 8
PROSE_WORDS = 12
# A list item's title in quotes at the start of its line, then its blurb after a colon.
LEADING_QUOTE = re.compile(r"[\"“]([^\"”\n]{1,90})[\"”]")
BLURB_AFTER = re.compile(r"[\"”]?\s*(?:\([^)]{0,60}\)\s*)?:\s")
# "Date TBC" over a slate's last film: the label before its undated day.
UNDATED_LABEL = re.compile(r"^(?:release\s+)?date:?\s+(?=TB[ACD]\b)", re.I)
# A TV guide's block under a day: the show, its channel and its hour ("Bureau Nine, ABC,
# 10/9C"), then its episode ('"New Management" (S05E01)', EPISODE_CODE) and what the night
# is for it.
GUIDE_BLOCK = re.compile(
    r"^(?P<show>[^,]{2,60}?),\s*[^,]{2,30},\s*(?:\d{1,2}(?::\d\d)?/\d{1,2}(?::\d\d)?\s*[cC]|"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s*$"
)
# ("SEASON PREMIERE Agent Colfax battles…", "SERIES PREMIERE A family…": the guide's capitals)
GUIDE_PREMIERE = re.compile(r"^\W*(?P<which>SEASON|SERIES)\s+PREMIERE\b")
# "Opening this Weekend: A, B and C": the titles after the heading's colon.
LISTED = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


class Roundup:
    """Follows the lines of a document, remembering a dated release heading over a list."""

    def __init__(self, spotter: Spotter):
        self.spotter = spotter
        self.date: DateMention | None = None
        self.heading = ""  # the line the date was read from: its region and medium count too
        # A sentence that announces what the sections below are: "Let's take a closer look at
        # what movies will be hitting screens in June." Each section's title heading takes its
        # date; prose between sections does not end it.
        self.section: DateMention | None = None
        self.section_text = ""
        self.by_day = False  # the section is a day's line, not an announcing sentence
        self.day_rows = False  # the day's items are a bulleted list
        self.announced = ""  # the sentence announcing a slate, when days then head its films
        # Whether the line before was a title's heading: the dated line under it is that
        # title's ("The Pale Lantern" over "Coming to Netflix: Friday"), no list's heading.
        self.seen_heading = spotter.heading
        self.under_heading = False
        # A TV guide's block under a day: its show ("Bureau Nine, ABC, 10/9C"), that line,
        # and the season its first episode opens ("(S05E01)")
        self.guide_show = ""
        self.guide_line = ""
        self.guide_season = 0

    def read(self, sentence: Sentence, known: Names) -> list[tuple[Located, DateMention, str]]:
        """Return the titles this line lists under a dated heading, each with its date and the
        text that supports it (the heading, then the line)."""
        heading = self.spotter.heading
        headed, self.seen_heading = heading is not self.seen_heading, heading
        try:
            return self._read(sentence, known)
        finally:
            self.under_heading = headed and heading is not None

    def _read(self, sentence: Sentence, known: Names) -> list[tuple[Located, DateMention, str]]:
        text = sentence.text.strip()
        if self.by_day and (guide := self._guide(text)) is not None:
            return guide
        dates = find_dates(text, self.spotter.context.published)
        if dates and self.date and all(d.when == self.date.when for d in dates):
            if NOT_RELEASES.search(text):
                self.date = None  # "This Weekend's Box Office Predictions": another list
            elif len(dates) == 1:
                # The date said again, often with where: "…opening in the U.S. on June 12."
                self.date, self.heading = dates[0], text
            return []
        if dates and len(dates) <= 2:
            bare = UNDATED_LABEL.sub("", PARENTHESES.sub("", text).strip())
            if not BARE_DATE_LINE.match(bare) and date_alone(
                bare, find_dates(bare, self.spotter.context.published)
            ):
                # "**9 Dec**" then "**Beyond the Wire**": the title headings below are this
                # day's (not the period of a sentence announcing the slate)
                self.date = None
                if self.section is not None and not self.by_day:
                    self.announced = self.section_text  # how the slate comes out: "…cinemas"
                self.section, self.section_text, self.by_day = dates[0], text, True
                self.day_rows = False
                self.guide_show = ""  # a guide's block ends with its day
                return []
        if dates:
            self.date = None  # a dated line ends any list, and may start the next
            return self._heading(text, dates, known)
        if DETAIL_LINE.match(text) or DISTRIBUTOR_LINE.match(text):
            return []
        if self.date is None:
            return self._section_heading(text, known)
        if item := self._blurb(text, known):
            return [(item, self.date, f"{self.heading}\n{text}")]
        words = text.split()
        if len(words) > PROSE_WORDS:
            self.date = None  # prose: the list is over
            return []
        if len(words) > ITEM_WORDS or text.endswith((".", "?", "!", ":")):
            return []
        supported = f"{self.heading}\n{text}"
        titles = known.of_kinds()[1]
        if titles and len(titles[0].entry.name) >= len(text.strip(SIDE_MARKS)) - 12:
            return [(titles[0], self.date, supported)]
        name = PARENTHESES.sub("", text).strip(SIDE_MARKS)
        if _plausible(name):
            return [(self.spotter.located_new(name, text.find(name)), self.date, supported)]
        return []

    def _guide(self, text: str) -> list | None:
        """A TV guide's block under a day: its show's line, its episode's, then the night's
        note. Return the premiere a note announces; an empty list for the block's other
        lines, which say nothing else; None for a line that is not a guide's, read as usual."""
        if block := GUIDE_BLOCK.match(text):
            self.guide_show, self.guide_line = block.group("show").strip(SIDE_MARKS), text
            self.guide_season = 0
            return []
        if not self.guide_show:
            return None
        episode = EPISODE_CODE.search(text)
        if episode and episode.group("episode") and int(episode.group("episode")) == 1:
            self.guide_season = int(episode.group("season"))
            return []
        if not (premiere := GUIDE_PREMIERE.match(text)):
            return None
        show, self.guide_show = self.guide_show, ""
        supported = f"{self.section_text}\n{self.guide_line}\n{text}"
        if premiere.group("which") == "SEASON" and self.guide_season > 1:
            entry = season_entry(show, None, self.guide_season, self.spotter.context)
            return [(Located(entry, 0), self.section, supported)]
        if not _plausible(show):
            return []
        return [(self.spotter.located_new(show, 0, "series"), self.section, supported)]

    def _blurb(self, text: str, known: Names) -> Located | None:
        """An item that opens with its title, then a colon and a few words on it:
        '"Big Hero 6" (3D and regular): This animated feature tells…'."""
        titles = known.of_kinds()[1]
        if titles and titles[0].start <= 1 and BLURB_AFTER.match(text, titles[0].end):
            return titles[0]
        quoted = LEADING_QUOTE.match(text)
        if (
            quoted
            and BLURB_AFTER.match(text, quoted.end())
            and reads_as_title(quoted.group(1), quoted=True)
        ):
            return self.spotter.located_new(quoted.group(1), 1)
        return None

    def _heading(self, text: str, dates, known: Names) -> list:
        if len(dates) != 1 or dates[0].when.is_tba or self.under_heading:
            return []
        date = dates[0]
        cue = RELEASE_CUE.search(text)
        if cue is None or NOT_RELEASES.search(text):
            return []
        colon = text.find(": ", max(cue.end(), date.end) - 1)
        if colon != -1 and colon <= max(cue.end(), date.end) + 2 and date.end <= colon + 1:
            # ("Opening: December 17, 2027" is a heading whose date follows its colon)
            return self._listed_after(text, colon + 2, date, known)
        words = len(text.split())
        bare = words <= SHORT_HEADING_WORDS and not known.of_kinds()[1]
        listing = words <= LONG_HEADING_WORDS and ROUNDUP_NOUN.search(text)
        if not text.endswith(".") and (bare or listing):
            self.date, self.heading = date, text
        elif ROUNDUP_NOUN.search(text) and not known.of_kinds()[1] and date.when.precision != "day":
            self.section, self.section_text, self.by_day = date, text, False
            self.announced = ""
        return []

    def _section_heading(self, text: str, known: Names) -> list:
        """A title's heading under an announcing sentence: the line is the title alone. Under
        a day's line, a row: the title, then its note or platforms ("Ninefold Crown (PC,
        PS5)", "Lanternfall – Steam Early Access (PC)")."""
        row = ITEM_NOTE.split(text, maxsplit=1)[0] if self.by_day else text
        if self.section is None or len(row.split()) > SECTION_TITLE_WORDS:
            return []
        if row.endswith((".", "?", ":", ",")) or (row.endswith("!") and not self.by_day):
            return []
        if self.by_day and BULLET.match(text):
            self.day_rows = True
            return []  # a day's list of rows: the spotter's dated items
        if self.by_day and (
            self.day_rows  # a row's note ("Retail", "Early access"), or the next section
            or country_alone(text, self.spotter.context.language)
            or EPISODE_CODE.search(text)
            or NOT_A_PREMIERE.search(text, len(row))  # the row's note, not a "Marathon"
        ):
            # a day's countries, or its episodes ("Dust" (S01E01)), or a show on the air
            # already ("HARBOR & HOUND (All-New Episode)")
            return []
        supported = f"{self.section_text}\n{text}"
        if self.by_day and self.announced:
            # the sentence announcing the slate says how its films come out ("coming to
            # Australian cinemas"); the day and the row say when and what
            supported = f"{self.announced}\n{supported}"
        titles = known.of_kinds()[1]
        if titles:
            whole = len(titles[0].entry.name) >= len(PARENTHESES.sub("", row).strip(SIDE_MARKS)) - 3
            return [(titles[0], self.section, supported)] if whole else []
        name = PARENTHESES.sub("", row).strip(SIDE_MARKS)
        if _plausible(name):
            return [(self.spotter.located_new(name, text.find(name)), self.section, supported)]
        return []

    def _listed_after(self, text: str, start: int, date, known: Names):
        """The titles of "Heading: A, B and C", known ones by their catalog entry."""
        rest = text[start:]
        pieces = [piece for piece in LISTED.split(rest) if piece.strip()]
        if len(pieces) < 2:
            return []
        found, offset = [], start
        for piece in pieces:
            at = text.find(piece, offset)
            offset = at + len(piece)
            name = piece.strip(SIDE_MARKS)
            entry = next((loc for loc in known if loc.start == at), None)
            if entry is not None:
                found.append((entry, date, text))
            elif _plausible(name):
                found.append((self.spotter.located_new(name, at), date, text))
        return found


def _plausible(name: str) -> bool:
    return (
        bool(name)
        and name.lower() not in NOT_TITLES
        and reads_as_title(name)
        and re.fullmatch(TITLE_SPAN, name) is not None
    )
