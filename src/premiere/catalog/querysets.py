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
        from .services import normalize_name

        titles = self.order_by("name", "pk")
        for word in normalize_name(query).split():
            titles = titles.filter(pk__in=self.model.objects.ids_matching(word))
        return titles

    def ids_matching(self, word: str):
        """The ids of the titles whose name or an alias holds `word` (normalized)."""
        named, aliased = self.matching(word)
        return named.values("pk").union(aliased.values("title_id"))

    def matching(self, word: str):
        """The titles whose name holds `word`, and the aliases that hold it, unordered (the
        parts of a union): each read from its trigram index on PostgreSQL."""
        from .models import TitleAlias

        named = self.model.objects.filter(name__icontains=word).order_by()
        return named, TitleAlias.objects.filter(normalized__contains=word).order_by()

    def in_release_order(self):
        """Order by first known release; titles without a date (TBA) come last.

        Among periods that end the same day the shorter (later-starting) one comes first,
        as in FuzzyDate.sort_key: "September 30" before "Q3" before "2025".
        """
        return self.order_by(
            models.F("first_release_end").asc(nulls_last=True), "-first_release_start", "name"
        )


class TitleMatches:
    """`Title.objects.search(query)` as Django's Paginator reads it: counted, and a page at
    a time, from the matches alone.

    Filtering all titles by the matching ids made PostgreSQL join the matches back to every
    title to sort them by name and to count them: 330 ms for a word in 28,552 of 1M titles
    (bench/RESULTS.md, "From 10k to 1M"). Here each match brings its name from the index that
    found it (the name's, or the alias's with its title), the union is counted and sorted
    alone, and only the page's titles are read whole.
    """

    def __init__(self, query: str, titles):
        from .services import normalize_name

        self.words = normalize_name(query).split()
        self.titles = titles  # the queryset a page's titles are read from

    @classmethod
    def or_all(cls, query: str, titles):
        """The matches of `query`, or every title A to Z when it holds no word."""
        matches = cls(query, titles)
        return matches if matches.words else titles.order_by("name", "pk")

    def _matches(self):
        first, *others = self.words
        titles = self.titles.model.objects
        named, aliased = titles.matching(first)
        for word in others:
            ids = titles.ids_matching(word)
            named, aliased = named.filter(pk__in=ids), aliased.filter(title_id__in=ids)
        return named.values_list("pk", "name").union(aliased.values_list("title_id", "title__name"))

    def count(self) -> int:
        return self._matches().count()

    def __getitem__(self, page: slice) -> list:
        ids = [pk for pk, _name in self._matches().order_by("name", "pk")[page]]
        found = self.titles.in_bulk(ids)
        return [found[pk] for pk in ids]


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

    def for_region_else_elsewhere(self, region: str):
        """As `for_region`, and where a title and medium has neither a date of the region's
        own nor a worldwide one, the dates it has elsewhere (a film dated in the UK only is
        still coming, for a follower in the US)."""
        seen = self.model.objects.filter(
            title=OuterRef("title"),
            medium=OuterRef("medium"),
            channel=OuterRef("channel"),
            region__in={region, WORLDWIDE},
        )
        return self.for_region(region) | self.filter(~Exists(seen))
