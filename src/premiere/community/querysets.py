from django.db import models
from django.db.models import Q

MODERATE_PERMISSION = "community.moderate_comment"


class CommentQuerySet(models.QuerySet):
    def visible(self):
        """Return the comments everyone may read."""
        return self.filter(status=self.model.Status.VISIBLE)

    def visible_to(self, user):
        """Return the comments `user` may read.

        Everyone sees visible comments; authors also see their own held ones (marked "Awaiting
        review") so a held comment does not look lost; moderators see held and hidden ones too,
        because they cannot restore what they cannot see. Deleted comments are nobody's.
        """
        return self.filter(self.readable_by(user))

    def readable_by(self, user) -> Q:
        """The condition `visible_to` filters on, for queries that need it inside (a thread
        shown for its replies, a sort on what the reader sees)."""
        Status = self.model.Status
        match reader_of(user):
            case "visitor":
                return Q(status=Status.VISIBLE)
            case "moderator":
                return ~Q(status=Status.DELETED)
            case _:
                return Q(status=Status.VISIBLE) | Q(author=user, status=Status.HELD)


def reader_of(user) -> str:
    """What kind of reader `user` is, for what they may read: a visitor reads the visible
    comments, a member their own held ones too, a moderator all but the deleted."""
    if user is None or not user.is_authenticated:
        return "visitor"
    return "moderator" if user.has_perm(MODERATE_PERMISSION) else "member"
