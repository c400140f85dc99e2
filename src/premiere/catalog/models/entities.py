"""What facts are about: franchises, titles (with their aliases), people and companies."""

from django.db import models
from django.utils import timezone

from premiere.core.addresses import page_url
from premiere.extraction.dates import FuzzyDate, Precision

from ..querysets import TitleQuerySet


def picture_field(help_text: str = ""):
    """A picture from the newsroom's library, by name: the catalog imports no newsroom code."""
    return models.ForeignKey(
        "newsroom.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class Franchise(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    picture = picture_field("Key art for the franchise page and lists.")
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="franchises")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("catalog:franchise", "slug", self.slug)


class Title(models.Model):
    class Kind(models.TextChoices):
        FILM = "film", "Film"
        SERIES = "series", "Series"
        SEASON = "season", "Season"
        SPECIAL = "special", "Special"
        GAME = "game", "Game"
        DLC = "dlc", "DLC"

    class Status(models.TextChoices):
        RUMORED = "rumored", "Rumored"
        ANNOUNCED = "announced", "Announced"
        IN_DEVELOPMENT = "in_development", "In development"
        PRE_PRODUCTION = "pre_production", "Pre-production"
        FILMING = "filming", "Filming"
        POST_PRODUCTION = "post_production", "Post-production"
        RELEASED = "released", "Released"
        CANCELLED = "cancelled", "Cancelled"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    name = models.CharField(max_length=250, db_index=True)
    slug = models.SlugField(max_length=250, unique=True)
    original_name = models.CharField(max_length=250, blank=True)
    synopsis = models.TextField(blank=True)
    # The current status; its history and sources are StatusChange rows.
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ANNOUNCED)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        help_text="The series of a season, the game of a DLC.",
    )
    franchise = models.ForeignKey(
        Franchise, null=True, blank=True, on_delete=models.SET_NULL, related_name="titles"
    )
    installment = models.CharField(
        max_length=40, blank=True, help_text='How the franchise counts it: "Chapter 4", "Season 2".'
    )
    poster = picture_field("A film's poster, a series' key art, a game's cover.")
    # The earliest known release, kept here so franchise and list pages sort without a join.
    first_release_precision = models.CharField(
        max_length=10, choices=[(p.value, p.name.title()) for p in Precision], default="tba"
    )
    first_release_start = models.DateField(null=True, blank=True)
    first_release_end = models.DateField(null=True, blank=True, db_index=True)
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="titles")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = TitleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("catalog:title", "slug", self.slug)

    @property
    def picture_label(self) -> str:
        """What a title's picture is called: a game's cover, a film's poster."""
        return "Cover" if self.kind in (self.Kind.GAME, self.Kind.DLC) else "Poster"

    @property
    def first_release(self) -> FuzzyDate:
        return FuzzyDate.from_stored(self.first_release_precision, self.first_release_start)


class TitleAlias(models.Model):
    """Another name a title goes by ("John Wick 4" for "John Wick: Chapter 4")."""

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=250)
    normalized = models.CharField(max_length=250, db_index=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["title", "normalized"], name="unique_title_alias")
        ]

    def __str__(self):
        return self.name


class Person(models.Model):
    name = models.CharField(max_length=200, db_index=True)
    slug = models.SlugField(max_length=200, unique=True)
    aliases = models.JSONField(default=list, blank=True)
    bio = models.TextField(blank=True)
    portrait = picture_field()
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="people")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("catalog:person", "slug", self.slug)


class Company(models.Model):
    class Kind(models.TextChoices):
        STUDIO = "studio", "Studio"
        DISTRIBUTOR = "distributor", "Distributor"
        PUBLISHER = "publisher", "Publisher"
        DEVELOPER = "developer", "Developer"
        NETWORK = "network", "Network or streamer"

    name = models.CharField(max_length=200, db_index=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.STUDIO)
    aliases = models.JSONField(default=list, blank=True)
    picture = picture_field("A logo or a picture of the company's work.")
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="companies")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("catalog:company", "slug", self.slug)
