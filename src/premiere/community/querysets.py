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
        Status = self.model.Status
        if user is None or not user.is_authenticated:
            return self.visible()
        if user.has_perm(MODERATE_PERMISSION):
            return self.exclude(status=Status.DELETED)
        return self.filter(Q(status=Status.VISIBLE) | Q(author=user, status=Status.HELD))
