"""Suggested facts: found in an article by the extractor, decided on by an editor, written to
the catalog (with the article and the outside source it credits as evidence) when the story
is live.

    finding.py      run extraction, describe each suggestion, keep them in step with the text
    deciding.py     accept (as edited), reject, undo, accept all confident; rights checked here
    applying.py     one handler per kind writing through the catalog services, and withdrawal
    publication.py  facts follow their story: written when it goes out, withdrawn when it is down
"""

from .deciding import (
    AlreadyDecided,
    DecidingDenied,
    Decision,
    clean_value,
    suggestion_accept,
    suggestion_reject,
    suggestion_undo,
    suggestions_accept_confident,
)
from .finding import article_suggest, describe, extract_article
from .publication import article_facts_publish, article_facts_withdraw

__all__ = [
    "AlreadyDecided",
    "Decision",
    "DecidingDenied",
    "article_facts_publish",
    "article_facts_withdraw",
    "article_suggest",
    "clean_value",
    "describe",
    "extract_article",
    "suggestion_accept",
    "suggestion_reject",
    "suggestion_undo",
    "suggestions_accept_confident",
]
