"""The desk's writes, in one place for every caller (the review page, tasks, tests).

finding.py      run extraction on a story, keep its suggestions in step with its text
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
from .finding import article_being_read, article_reading_failed, article_suggest
from .publication import article_facts_publish, article_facts_withdraw

__all__ = [
    "AlreadyDecided",
    "article_being_read",
    "article_reading_failed",
    "Decision",
    "DecidingDenied",
    "article_facts_publish",
    "article_facts_withdraw",
    "article_suggest",
    "clean_value",
    "suggestion_accept",
    "suggestion_reject",
    "suggestion_undo",
    "suggestions_accept_confident",
]
