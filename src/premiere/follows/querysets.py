from django.db import models


class NoticeQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def for_reader(self, user):
        """Return `user`'s notices, newest first, with what their list shows."""
        return self.filter(user=user).select_related("title").order_by("-created_at", "-id")
