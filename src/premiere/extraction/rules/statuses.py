"""Production status: "greenlit", "filming has wrapped", "cancelled"."""

import re

from ..dates import MONTHS
from ..entities import subject_near
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import NAME, Sentence, normalize_name, trim_name
from ..vocabulary import NEGATION, retrospective
from .releases import REFERS_BACK

STATUS_PHRASES = [
    # A new show ordered: "has ordered Iron Prairie: 1889 straight to series", "a series order
    # to Harbor Patrol" (announced, as a renewal is: the catalog's word for a show to come)
    (
        r"\bordered\b[^.;]{0,80}?\b(?:straight\s+)?to\s+series\b|\bstraight-to-series\s+order|"
        r"\bseries\s+order\s+(?:to|for)\b|\bgiven\s+(?:a|the)\s+series\s+order",
        "ordered",
    ),
    # Only of a season (seasons.py names it): "renewed Mayor of Kingstown for Season 3".
    (
        r"\brenew(?:ed|s)\b|picked\s+up\s+for|season\s+order|will\s+return\s+for|"
        r"will\s+be\s+back\s+for|(?:is|are)\s+coming\s+back\s+for|(?:is|are)\s+back\s+for",
        "announced",
    ),
    (
        r"back\s+on\s+the\s+table|greenlit|green-?lit|given\s+the\s+green\s+light|"
        r"officially\s+in\s+development|in\s+development|in\s+the\s+works|moving\s+forward|"
        r"(?:is|are|has\s+been|have\s+been)\s+developing",
        "in_development",
    ),
    (
        r"cancel+(?:ed|ing|s|ation)\b|scrapped|shelved|axed|axing|pull(?:ed|ing|s)?\s+the\s+plug|"
        r"no\s+longer\s+(?:happening|in\s+development)|"
        # "has not recommissioned X", "will not continue beyond its first season", "has passed
        # on X", and the same abroad: "abgesetzt", "a décidé d'arrêter", "annulée", "cancelada"
        r"(?:has|have)\s+not\s+(?:been\s+)?recommissioned|(?:will\s+not|won['’]t)\s+continue\s+"
        r"(?:beyond|past|after)|(?:has|have)\s+passed\s+on(?=\s+[\"“'*_]?[A-Z])|abgesetzt|eingestellt|"
        r"(?:a|ont)\s+décidé\s+d['’]arrêter|annulée?s?\b|cancelad[ao]s?\b|cancellat[ao]\b",
        "cancelled",
    ),
    (
        r"wrapped\s+(?:filming|production|shooting)|filming\s+(?:has\s+)?wrapped|"
        r"production\s+(?:has\s+)?wrapped|in\s+post-?production",
        "post_production",
    ),
    (
        r"(?:began|begins|started|starts|begun|kicked\s+off)\s+(?:filming|shooting|production)|"
        r"cameras\s+(?:are\s+)?rolling|now\s+filming|currently\s+filming|is\s+filming|"
        # "Production on Tidebreaker: Riptide began", not "pre-production began"
        r"(?<![-\w])(?:production|filming|shooting|principal\s+photography)\s+"
        r"(?:on\s+[^,.;]{1,60}?\s+)?(?:has\s+)?(?:began|begun|started|kicked\s+off|"
        r"(?:is\s+)?under\s?way)",
        "filming",
    ),
    (r"pre-?production", "pre_production"),
    (
        r"out\s+now|(?:is|was)\s+released\s+(?:today|this\s+week)|now\s+available|"
        r"(?:is|are)\s+available\s+now|shadow[- ]?drop(?:s|ped)\b|"
        # a review's "is in theaters now", "now playing in cinemas"
        r"in\s+(?:theaters|theatres|cinemas)\s+now|now\s+(?:playing\s+)?in\s+(?:theaters|"
        r"theatres|cinemas)",
        "released",
    ),
    # Out already, said in passing: "since it launched on September 12, 2025", "the original
    # was released in 2009"
    (
        r"\b(?:launched|came\s+out|(?:was|were)\s+released|hit\s+(?:shelves|stores))\s+"
        r"(?:on|in|back\s+in|last)\b",
        "out_already",
    ),
    # ("its long-rumored puzzle adventure X is available now": what it was, not what it is)
    (r"(?<!long-)(?<!long\s)(?<!much-)(?<!much\s)\brumou?red\b", "rumored"),
]


STATUS_PATTERNS = [(re.compile(p, re.I), status) for p, status in STATUS_PHRASES]


TITLE_WITH_STATUS = re.compile(rf"(?P<name>{NAME}\s+(?:\d+|[IVX]+))\s+(?:is|has\s+been|was)\s+")


STATUS_HINT = Hint(
    "table",
    "green",
    "develop",
    "works",
    "forward",
    "cancel",
    "scrap",
    "shelv",
    "axed",
    "axing",
    "plug",
    "recommission",
    "continue",
    "passed on",
    "abgesetzt",
    "eingestellt",
    "arrêter",
    "annul",
    "cancela",
    "longer",
    "wrap",
    "production",
    "filming",
    "shooting",
    "photography",
    "rolling",
    "now",
    "released",
    "launched",
    "came out",
    "hit ",
    "available",
    "shadow",
    "rumor",
    "rumour",
    "renew",
    "picked up",
    "order",
    "return for",
    "back for",
)


ANOTHER_TITLE = re.compile(
    r"^\W*(?:a|an|another|one|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:spin-?off|sequel|"
    r"prequel|series|show|film|movie|game|project|adaptation|remake|reboot)\b",
    re.I,
)


# Between a status verb and the title it acts on: "cancels Night Desk", "axed *The Wardens*".
OBJECT_GAP = re.compile(r"\s+(?:the\s+(?:series|show|drama|comedy|film)\s+)?[\"“'‘*_]*")
SOME_SHOWS = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:new|more|other|older)\s+)?(?:shows|series|dramas|comedies|titles|"
    r"films|projects|games)\b",
    re.I,
)
ANOTHER_ONE = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w|-]+\s+){0,3}?(?:spin-?off|sequel|prequel|expansion|dlc|add-on|"
    r"game|film|movie|series|show|project|version|port|edition)\s+(?:is|are|has\s+been|was)\s+"
    r"(?:now\s+|also\s+|"
    r"already\s+)?(?:planned\s+and\s+)?$",
    re.I,
)
# What a status is not said of the title: another version that does not exist, a question.
UNSAID = re.compile(
    r"(?:\bno\s+(?:[\w|/-]+\s+){0,3}(?:version|port|edition|plans?|sequel|spin-?off)\b|"
    r"\b(?:whether|if)\b)[^.;]{0,60}$",
    re.I,
)


VERSION_OF = re.compile(
    r"\b(?:the|a|its)\s+(?:[\w|-]+\s+){0,3}?(?:version|port|edition)\s+of\s+[^.;]{0,60}$", re.I
)
# What a title was, or escaped, said before the status word: not what it is now.
WAS_ONCE = re.compile(
    r"(?:\bhad\s+(?:been|spent)\s+(?:\w+\s+){0,2}|\b(?:from|of)\s+(?:being\s+)?|\bbrink\s+of\s+|"
    r"\bnear-|\bafter\s+(?:it\s+)?(?:was\s+)?)$",
    re.I,
)
# A shoot told as starting later: "begins production in February", "will start filming next
# month".
STARTS_LATER = re.compile(
    r"(?:(?:begins|starts|will\s+(?:begin|start)|(?:is|are)\s+(?:set|scheduled|due)\s+to\s+"
    r"(?:begin|start)|kicks\s+off)\s+(?:filming|shooting|production)|(?:production|filming|"
    r"shooting)\s+(?:begins|starts|will\s+(?:begin|start)))\b[^.;]{0,40}?\b(?:in|this|next|"
    r"later|early|on)\s+(?:\w+\s+)?(?:" + "|".join(m.capitalize() for m in MONTHS) + r"|"
    r"spring|summer|autumn|fall|winter|year|month|week|(?:19|20)\d\d)\b",
    re.I,
)


def status_rules(sentence: Sentence, located, context: Context):
    text = sentence.text
    if not STATUS_HINT.search(text) or retrospective(text, context.published):
        return
    for pattern, status in STATUS_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        if NEGATION.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        if ANOTHER_ONE.search(text[max(0, match.start() - 60) : match.start()]):
            continue  # "…, and a second expansion is in development": not this one
        if UNSAID.search(text[max(0, match.start() - 80) : match.start()]):
            continue  # "no Xbox version is in development", "has not said whether…"
        if SOME_SHOWS.match(text, match.end()):
            continue  # "renewed two dramas and cancelled two shows": none by name
        if VERSION_OF.search(text, max(0, match.start() - 100), match.start()):
            continue  # "The Switch 2 version of Pell & Quill has been cancelled": not the game
        if WAS_ONCE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "which had been in development for two years", "saved from cancellation"
        if status == "filming" and STARTS_LATER.match(text, match.start()):
            status = "pre_production"  # "Season two begins production in February": not yet
        subject = None
        if (after := located.first_after(match.end() - 1)) and OBJECT_GAP.fullmatch(
            text[match.end() : after.start]
        ):
            # "renews Saltmarsh and cancels Night Desk": the title the verb acts on
            subject = Subject.of(after.entry)
        named = None if subject else TITLE_WITH_STATUS.search(text)
        if named and normalize_name(trim_name(named.group("name"))) not in {
            normalize_name(loc.entry.name) for loc in located
        }:
            name = trim_name(named.group("name"))
            known = context.gazetteer.lookup(name)
            if known:
                subject = Subject.of(known[0])
            else:
                # A new title ("John Wick 5 is back on the table"): later sentences that say
                # "it" or name its director are about it too.
                subject = Subject(kind="title", name=name, subkind="film")
                context.new_titles.setdefault(name, subject)
                context.focus = context.focus or subject
                context.last_title = subject
        # With no title named and none pointed back at, the one title of the sentence just
        # before: "Harbor Lights picks up after the fire. Filming wrapped last month."
        subject = subject or subject_near(
            located,
            match.start(),
            context,
            refer_back=REFERS_BACK,
            # "A planned spin-off has been cancelled": another title, not the one before
            adjacent=not ANOTHER_TITLE.match(text),
        )
        if subject is None or (
            status == "announced"
            and (subject.subkind != "season" or subject.key not in _keys(located))
        ):
            continue  # a renewal names its season in the sentence, or announces nothing
        if status == "ordered":
            status = "announced"  # (any title: a new show, not only a season, is ordered)
            context.called.setdefault(subject.key, "series")  # a series order makes a show
        elif status == "out_already":
            if subject.id is not None or subject.key not in _keys(located):
                continue  # the catalog's title: an old launch told in passing is no news
            status = "released"  # a title new to the catalog is created as it stands
        for each in [subject, *_listed_after(text, subject, located, match.end())]:
            context.add(Suggestion("status", each, {"status": status}, text, 0.8))
        return


def _keys(located) -> set:
    return {Subject.of(loc.entry).key for loc in located}


# Between titles of one list: "The Great and How I Met Your Father", "A, B and C".
LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?", re.I)


def _listed_after(text: str, subject: Subject, located, position: int) -> list[Subject]:
    """The titles listed after the first one a status names: "have been canceled, including
    The Great and How I Met Your Father" cancels both."""
    titles = [loc for loc in located.of_kinds()[1] if loc.start >= position]
    if not titles or Subject.of(titles[0].entry).key != subject.key:
        return []
    listed = []
    for previous, current in zip(titles, titles[1:], strict=False):
        if not LIST_GAP.fullmatch(text[previous.end : current.start]):
            break
        listed.append(Subject.of(current.entry))
    return listed
