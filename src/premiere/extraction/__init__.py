"""Text -> suggested facts. Plain Python: nothing here imports Django.

`extract(document, gazetteer)` reads a headline, standfirst and body and returns Suggestions:
release dates, delays, status changes, credits, story placements, new entities and sources,
each with the sentence it came from, a confidence, and what it would change.

    suggestion.py   Document, Subject, Suggestion: what goes in and comes out
    text.py when.py dates.py   sentences and names; dates as written; dates as periods
    writing.py      how a story writes its dates: day or month first, its fiscal year
    gazetteer.py    known names, found in one pass (Aho-Corasick)
    entities.py     which entity a name means; what the story is about
    vocabulary.py   shared words: negation, hedging, regions, platforms, media
    titles.py       new titles spotted in copy, reading title_cues.py (the words around a
                    title), listings.py (a listing's rows) and title_names.py (a name)
    language.py regions.py   the language a story is written in; countries, as ISO codes
    roundups.py frames.py    a dated heading over a list; a roundup's period over its prose
    marked.py       the names a story marks as titles (italics, bold labels, listing headings)
    title_model.py model_titles.py   titles no rule reads, spotted by a model
                    (models/titles.crfsuite), and the new-title cards made of them
    story.py        what the story as a whole says: its market, service, person, companies
    rules/          one module per family of facts; releases.py reads with clauses.py,
                    markets.py (where and how), history.py (a date gone by) and rows.py
                    (a listing's rows); merging.py keeps one card per fact
    support.py      the sentence that states a fact the editor put right
    pipeline.py     extract(): each sentence read once, every rule family applied
"""

from .gazetteer import Entry, Gazetteer
from .pipeline import extract
from .suggestion import Document, Kind, Subject, Suggestion

__all__ = ["Document", "Entry", "Gazetteer", "Kind", "Subject", "Suggestion", "extract"]
