"""A date gone by: one the story tells as past, or history beside the news ("since its 2019
launch", "first released in 2015"), never a release to come."""

import re
from datetime import timedelta

from ..suggestion import Context
from ..when import DateMention

# What a sentence says happened since an old date: the stretch that holds the old one ends.
SINCE_WORDS = (
    r"has|have|is|are|now|but|will|moves?|moved|shifts?|shifted|slides?|slid|slips?|slipped|"
    r"heads?|goes|jumps?|jumped"
)
# Words before a date that make it history in any sentence: "its previous release date was
# July 3", "originally slated for September 26", "had been set for March".
HISTORY_CUE = re.compile(
    # ("a week earlier, on March 5" is the new date, moved up: not the earlier one)
    r"(?:\b(?:previous|original|initial|(?<!week\s)(?<!weeks\s)(?<!month\s)(?<!months\s)"
    r"(?<!day\s)(?<!days\s)earlier|former|prior)(?:ly)?\b"
    # ("previously undated, will open on…": it had no date)
    # ("which bought the rights earlier this autumn, will open it on…": up to what it will do)
    # ("X, originally dated for the same weekend, has moved to May 7": up to the move)
    r"(?!\s+(?:undated|unscheduled|untitled|unannounced))"
    r"(?:(?!,\s+(?:" + SINCE_WORDS + r")\b)(?!\b(?:but|now|will)\b)[^.;]){0,60}|"
    r"\bsince\s+(?:its|their|the)\b[^.;]{0,20}|"
    r"\binstead\s+of|\brather\s+than|\bin\s+place\s+of|\breplac\w+|"
    # "which was first announced for a late 2026 window"
    r"\bfirst\s+(?:announced|set|slated|scheduled|dated|planned|targeted|expected|revealed)\b"
    r"[^.;]{0,40}|"
    r"\bonce\s+(?:due|set|slated|scheduled|dated|planned|expected|aimed)\b[^.;]{0,30}|"
    # (up to the clause that says what happened since: "…, has been delayed indefinitely")
    # ("X, which had been set for August 6, moves to October 22": up to the move)
    r"\bhad\s+(?:been\s+)?(?:set|slated|scheduled|dated|due|planned|targeted)"
    # ("bumps X, the adaptation that had been set for mid-July, to Feb. 16": the new date)
    r"\b(?:(?!\b(?:" + SINCE_WORDS + r")\b)(?!,\s+to\b)[^.;]){0,40}|"
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:set|slated|scheduled|dated|due|planned|supposed|going|"
    r"expected|targeting|eyeing)\b(?:(?!\b(?:" + SINCE_WORDS + r")\b)[^.;]){0,40}|"
    # "prévu le 25 mars et désormais programmé pour le 15 juillet", "et non plus le 5"
    # (not "est prévue pour l'automne": what is planned now)
    r"(?<!est\s)(?<!sont\s)\bprév(?:u|ue|us|oyait)\b(?:(?!\bdésormais\b|\bet\b|\bmais\b)[^.;,]){0,40}|\bnon\s+plus\s+(?:le|au)|"
    r"\bwie\s+vorgesehen\s+am|"
    # "Statt am 31. März", "(alter Kinostart: 16. Juli)", "Ursprünglich sollte der Film am
    # 9. April starten", "nicht wie geplant am 23. April", "hätte am 14. April anlaufen sollen"
    r"\b(?:an)?statt\s+(?:am|im|dem)|\(statt\s+$|\balte[rns]?\s+(?:kinostart|starttermin|termin|release)\b[^.;]{0,20}|"
    r"\bursprünglich\b(?:(?!\b(?:jetzt|nun)\b)[^.;,]){0,60}|\bsollte\b[^.;,]{0,50}|"
    r"\bhätte\b[^.;,]{0,50}|"
    r"\bnicht\s+(?:mehr\s+)?(?:wie\s+(?:geplant|vorgesehen)\s+)?(?:am|im)|"
    r"\bpas\s+(?:le|au|en|du)|"  # "ne sortira pas le 3 mai mais le 10 mai"
    # "Date de sortie initiale : 12 mars", "(ancienne sortie au cinéma : 16 juillet)",
    # "initialement prévu le 25 mars", "qui devait sortir le 18 mars", "était prévue le 3"
    r"\b(?:initiale?s?|initialement|ancienne?s?|précédente?s?)\b"
    r"(?:(?!\b(?:mais|désormais|maintenant)\b)[^.;,]){0,40}|"
    r"\bdevai(?:t|ent)\s+(?:\w+\s+){0,2}?(?:sortir|arriver|être)\b[^.;,]{0,30}|"
    # "tenía previsto lanzarse el 9 de abril", "estaba prevista para", "en lugar del 12 de
    # marzo", "su primera fecha de lanzamiento era", "iba a estrenarse el 15 de mayo"
    r"\bten[ií]an?\s+(?:previsto|programado|fijado)\b[^.;,]{0,40}|"
    r"\bestaba\s+(?:previst[oa]|programad[oa]|fijad[oa])\b[^.;,]{0,40}|"
    r"\ben\s+lugar\s+del?|\bsu\s+primera\s+fecha\b(?:(?!\bahora\b)[^.;,]){0,40}|"
    r"\boriginalmente\b(?:(?!\bahora\b)[^.;,]){0,40}|"
    r"\biba\s+a\s+(?:estrenarse|llegar|lanzarse)\b[^.;,]{0,30}|"
    r"\bétai(?:t|ent)\s+(?:\w+\s+)?(?:prévue?s?|programmée?s?|attendue?s?|datée?s?)\b[^.;,]{0,30}|"
    # "a few days after receiving a July 31 date"
    r"\bafter\s+(?:receiving|getting|being\s+given)\s+(?:an?|the|its)?)\s*$",
    re.I,
)


DATE_PREPOSITION = re.compile(r"(?:in|for|until|to|by|of|on|from|during)\s+", re.I)


# A release of the last few weeks is still news ("hit Netflix on March 2" in a March 10 story).
RECENT = timedelta(days=31)


def gone_by(mention: DateMention, context: Context) -> bool:
    """True when a date ended well before the story was published: history, not news
    (unknown publication: never)."""
    when = mention.when
    if when.is_tba or context.published is None:
        return False
    return when.end < context.published - RECENT


def is_history(text: str, mention: DateMention) -> bool:
    return bool(HISTORY_CUE.search(text[max(0, told_at(mention) - 80) : told_at(mention)]))


def told_at(mention: DateMention) -> int:
    """Where a date's own words begin, after the preposition read with it ("from March",
    "für März"): what comes before is what the sentence says of it."""
    lead = DATE_PREPOSITION.match(mention.text)
    return mention.start + (lead.end() if lead else 0)
