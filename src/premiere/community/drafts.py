"""A comment typed by a reader whose sign-in had lapsed (or who never signed in, with no
JavaScript to stop the post): kept in their session across signing in, and put back in the
comment box of the story it was written for, so nothing typed is lost."""

from .models import COMMENT_MAX_LENGTH

SESSION_KEY = "comment_draft"


def keep(request, *, article, body: str) -> None:
    body = body.strip()[:COMMENT_MAX_LENGTH]
    if body:
        request.session[SESSION_KEY] = {"article": article.pk, "body": body}


def take(request, *, article) -> str:
    """The draft kept for this story, once: a reload after posting does not bring it back."""
    session = getattr(request, "session", None)
    draft = session.get(SESSION_KEY) if session is not None else None
    if not draft or draft.get("article") != article.pk:
        return ""
    del session[SESSION_KEY]
    return draft.get("body", "")
