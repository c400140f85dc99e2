from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Return the articles readers may see: published or scheduled, and their time has come.

        A scheduled article needs no job to flip it: it is visible as soon as `publish_at` passes.
        """
        return self.filter(
            status__in=[self.model.Status.PUBLISHED, self.model.Status.SCHEDULED],
            publish_at__lte=now or timezone.now(),
        )

    def for_listing(self):
        from .models import Rendition

        return (
            self.select_related("section", "hero_image")
            .prefetch_related(
                Prefetch("hero_image__renditions", queryset=Rendition.objects.order_by("width"))
            )
            .annotate(
                comment_count=Count("comments", filter=Q(comments__status="visible"), distinct=True)
            )
            .order_by("-publish_at", "-id")
        )
