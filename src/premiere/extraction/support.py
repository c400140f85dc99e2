"""Which sentence of a story supports a fact the editor put right.

A card quotes the sentence it was read from; once the editor changes what that sentence states
(June 7 made June 14), the quote is no support. The story may state the right fact elsewhere
("…, with the UK following on June 14"): that sentence is the quote, not silence.
"""

from datetime import date

from .dates import FuzzyDate
from .text import clean, normalize_name, sentences
from .when import find_dates
from .writing import reading


def sentence_stating(
    text: str,
    *,
    names: tuple[str, ...],
    when: FuzzyDate | None = None,
    also: tuple[str, ...] = (),
    published: date | None = None,
) -> str:
    """Return the first sentence of `text` that names one of `names`, states `when` (if
    given) and names every one of `also` (a person, a company), as the story wrote it; or
    "" when none does. A sentence that states the date without naming the work counts only
    when it is the one sentence of the story that states it: "It follows in the UK on June
    14." after the work's paragraph, not one date among a list's."""
    with reading(text):  # "le 06/10" read again as the extractor read it
        return _sentence_stating(text, names, when, also, published)


def _sentence_stating(text, names, when, also, published) -> str:
    plain = clean(text)
    keys = [f" {normalize_name(name)} " for name in names if normalize_name(name)]
    wanted = [f" {normalize_name(name)} " for name in also if normalize_name(name)]
    unnamed = []
    for sentence in sentences(plain):
        folded = f" {normalize_name(sentence.text)} "
        if not all(key in folded for key in wanted):
            continue
        if when is not None and not any(
            found.when == when for found in find_dates(sentence.text, published)
        ):
            continue
        start = plain.index(sentence.text, sentence.start)  # its offset counts spaces before it
        original = text[start : start + len(sentence.text)]
        if any(key in folded for key in keys):
            return original
        unnamed.append(original)
    return unnamed[0] if len(unnamed) == 1 and when is not None else ""
