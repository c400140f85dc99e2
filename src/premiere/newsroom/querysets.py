from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
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
            .with_comment_count()
            .order_by("-publish_at", "-id")
        )

    def with_comment_count(self):
        """Annotate each story with `comment_count`, the number of its visible comments.

        A subquery per story, not a join with GROUP BY: the join counted the comments of every
        live story before a list kept its first few (4 s for the front page at 100k stories
        and 1M comments on PostgreSQL), and on a story page it sorted a copy of the story for
        each of its comments (26 ms for 5,000; bench/RESULTS.md, "Scale on PostgreSQL").
        """
        # Comments belong to an app above this one, hence the model through the relation.
        Comment = self.model._meta.get_field("comments").related_model
        visible = (
            Comment.objects.filter(article=OuterRef("pk"), status="visible")
            .order_by()
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(comment_count=Coalesce(Subquery(visible), 0))
