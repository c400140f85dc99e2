"""The new-title cards for what the title model spots (title_model.py) where no rule proposed
a title: only names that read as titles by the rules' own measure, none a card already has,
a few a story, each for the editor to weigh one by one."""

import re

from .marked import FIELD_LABEL
from .regions import country_alone
from .suggestion import Context, Document, Kind, Subject, Suggestion
from .text import clean, normalize_name, where_written
from .title_cues import CHARACTER_BEFORE
from .title_model import spotted
from .title_names import ARTICLES_ABROAD, reads_as_title
from .titles import Spotter

MODEL_TITLE = 0.6  # a title only the model reads: each card weighed by the editor
MOST_MODEL_TITLES = 20  # a story's first ones: a feed's summary repeated 2,000 times is not 2,000
ARTICLES = ("the", "a", "an", *ARTICLES_ABROAD)
# A name the model read that runs on into a subtitle ("Iron Prairie" of "Iron Prairie: 1889").
RUNS_ON = re.compile(r"\s*:\s*\w")
# A show's season after its name: "Paper Tigers' third season", "Lowtide's second season".
ITS_SEASON = re.compile(r"'s?\s+(?:\w+\s+)?season\b", re.I)
# A prize or a festival set in italics, not a work: "Golden Lion", "Premios Goya".
PRIZE = re.compile(
    r"\b(?:Festivals?|Premios?|Prix|Preis|Awards?|Leone|Palme|Goya|César|Oscars?|"
    r"Emmys?|Golden\s+(?:Lion|Bear|Globes?)|Best\s+(?:Picture|Film|Director|Actor|Actress))\b"
)


def spotted_titles(
    document: Document, read: list, context: Context, cards: list[Suggestion], episode_rows: list
) -> list[Suggestion]:
    """The new titles the model reads where no rule proposed one: each once, with the sentence
    that first names it. Only a name that reads as a title by the rules' own measure (set in
    italics or quoted, or capitalized and more than one word), that the catalog does not know
    as anything, that no card names and that is not written where a card's name is."""
    text = clean(document.text)
    names = [s.subject.name for s in cards if s.subject]
    for card in cards:
        names += [card.value.get("name", ""), *card.value.get("aliases", ())]
    named = {_bare(n) for n in names}
    taken = where_written(text.lower(), {n.lower() for n in names if len(n) > 2})
    emphasized = {clean(e.strip()) for e in document.emphasized} - {""}
    kind = Spotter(context).default_kind() or "film"
    found = []
    for name, start in spotted(document, context.language):
        end = start + len(name)
        marked = name in emphasized or text[start - 1 : start] == '"'
        before = text[max(0, start - 60) : start].removesuffix('"')
        if (
            _bare(name) in named
            or taken[end - 1]  # (a card's name, or one with words before it: "Regarding X")
            or context.gazetteer.lookup(name)
            or not (marked or (_worded(name) and reads_as_title(name)))
            or not reads_as_title(name, quoted=True, sentence_case=marked)
            # (a run that swallows a name set in italics: "Dune and Dune: Part Two")
            or (not marked and any(e in name for e in emphasized if len(e) > 2))
            or FIELD_LABEL.match(name)
            or PRIZE.search(name)
            or RUNS_ON.match(text, end)
            or CHARACTER_BEFORE.search(before)
            or any(a <= start < b for a, b in episode_rows)
            or country_alone(name, context.language)
        ):
            continue
        named.add(_bare(name))
        said = next((s.text for s, _ in read if s.start <= start < s.start + len(s.text)), name)
        its_kind = "series" if ITS_SEASON.match(text, end) else kind  # "X's third season"
        subject = Subject("title", None, name, its_kind)
        value = {"name": name, "title_kind": its_kind}
        found.append(Suggestion(Kind.NEW_TITLE, subject, value, said, MODEL_TITLE))
        if len(found) == MOST_MODEL_TITLES:
            break
    return found


def _bare(name: str) -> str:
    """A name as compared with the others: "The Drowned Court" is "Drowned Court"."""
    key = normalize_name(name)
    first, _, rest = key.partition(" ")
    return rest if rest and first in ARTICLES else key


def _worded(name: str) -> bool:
    """A name of two words or more, one a word of three letters or more that is no article
    ("Night Desk", "Rocky IV"; not "The PG"): one the model may read without italics."""
    words = name.split()
    return len(words) >= 2 and any(
        len(w) >= 3 and w.isalpha() and w.lower() not in (*ARTICLES, "and") for w in words
    )
