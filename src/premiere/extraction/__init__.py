"""Text -> suggested facts. Plain Python: nothing here imports Django.

`extract(document, gazetteer)` reads a headline, standfirst and body and returns Suggestions:
release dates, delays, status changes, credits, story placements, new titles and sources,
each with the sentence it came from, a confidence, and what it would change.
"""

from .core import Document, Suggestion, extract
from .gazetteer import Entry, Gazetteer

__all__ = ["Document", "Entry", "Gazetteer", "Suggestion", "extract"]
