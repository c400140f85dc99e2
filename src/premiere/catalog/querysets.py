from django.db import models
from django.db.models import Exists, OuterRef, Q

from premiere.extraction.regions import WORLDWIDE


class TitleQuerySet(models.QuerySet):
    def search(self, query: str):
        """Return titles whose name or an alias holds every word of `query`, A to Z.

        Each word's matches are a union of ids, the names' and the aliases': on PostgreSQL
        each side is read from its trigram index (migration 0007), where `name LIKE … OR
        EXISTS (alias …)` read every title.
        """
        from .models import TitleAlias
        from .services import normalize_name

        titles = self.order_by("name", "pk")
        for word in normalize_name(query).split():
            named = self.model.objects.filter(name__icontains=word).values("pk")
            aliased = TitleAlias.objects.filter(normalized__contains=word).values("title_id")
            titles = titles.filter(pk__in=named.union(aliased))
        return titles

    def in_release_order(self):
        """Order by first known release; titles without a date (TBA) come last.

        Among periods that end the same day the shorter (later-starting) one comes first,
        as in FuzzyDate.sort_key: "September 30" before "Q3" before "2025".
        """
        return self.order_by(
            models.F("first_release_end").asc(nulls_last=True), "-first_release_start", "name"
        )


class ReleaseQuerySet(models.QuerySet):
    def chronological(self):
        return self.order_by(
            models.F("date_end").asc(nulls_last=True), "-date_start", "title__name", "id"
        )

    def upcoming(self, today):
        """Return releases whose period has not ended: "Q3 2025" stays upcoming until Sep 30."""
        return self.filter(date_end__gte=today)

    def for_region(self, region: str):
        """Return the releases a reader in `region` should see: that region's own, and the
        worldwide ones for a title and medium that has no date of its own there."""
        if region == WORLDWIDE:
            return self.filter(region=WORLDWIDE)
        own = self.model.objects.filter(
            title=OuterRef("title"),
            medium=OuterRef("medium"),
            channel=OuterRef("channel"),
            region=region,
        )
        return self.filter(Q(region=region) | (Q(region=WORLDWIDE) & ~Exists(own)))
