"""The catalog: titles, franchises, people, companies, credits and releases.

Every fact that can be wrong (a date, a status, a credit, a story placement) carries Claims:
who said it, where, in which words and when we saw it. Changes keep what came before.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from premiere.extraction.dates import FuzzyDate, Precision
from premiere.extraction.regions import WORLDWIDE, is_region

from .querysets import ReleaseQuerySet, TitleQuerySet


class Franchise(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="franchises")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:franchise", kwargs={"slug": self.slug})


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
    poster = models.ForeignKey(
        "newsroom.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
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
        return reverse("catalog:title", kwargs={"slug": self.slug})

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
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="people")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:person", kwargs={"slug": self.slug})


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
    articles = models.ManyToManyField("newsroom.Article", blank=True, related_name="companies")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:company", kwargs={"slug": self.slug})


class Claim(models.Model):
    """The evidence for one fact: an article of ours and/or an outside source, with the quote.

    A fact may have several claims. The ones that agree with its current value are `current`;
    claims a later announcement replaced are `superseded`; a source that disagrees with the
    accepted value stays visible as `contested`.
    """

    class State(models.TextChoices):
        CURRENT = "current", "Current"
        SUPERSEDED = "superseded", "Superseded"
        CONTESTED = "contested", "Contested"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    value = models.CharField(max_length=250, help_text="What this source said, as displayed.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.CURRENT)
    article = models.ForeignKey(
        "newsroom.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    source = models.ForeignKey(
        "newsroom.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    source_url = models.URLField(blank=True, max_length=500)
    quote = models.TextField(blank=True)
    observed_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # The editor's decision this claim was written for (the desk's, above the catalog, hence
    # the string): undoing the decision, or taking the story down, withdraws these claims.
    suggestion = models.ForeignKey(
        "desk.FactSuggestion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
    )

    class Meta:
        ordering = ["-observed_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "state"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False) | Q(source__isnull=False),
                name="claim_has_evidence",
            )
        ]

    def __str__(self):
        return f"{self.value} per {self.attribution}"

    @property
    def article_is_public(self) -> bool:
        return self.article_id is None or self.article.is_live

    @property
    def attribution(self) -> str:
        """Return who said it: "Collider", or "Premiere (quoting Collider)".

        A story still in preparation is not named: the fact stands on its outside source,
        or on "Premiere" alone, until the story is out.
        """
        site = settings.PREMIERE_SITE_NAME
        if self.source and self.article and self.article_is_public:
            return f"{site} (quoting {self.source.name})"
        if self.source:
            return self.source.name
        return site

    @property
    def url(self) -> str:
        if self.source_url:
            return self.source_url
        if self.article_id and self.article_is_public:
            return self.article.get_absolute_url()
        return self.source.url if self.source else ""

    @property
    def public_quote(self) -> str:
        """The quote, unless it comes from a story readers cannot see yet."""
        return self.quote if self.article_is_public else ""


class Sourced(models.Model):
    claims = GenericRelation(Claim)

    class Meta:
        abstract = True


class StatusChange(Sourced):
    """One step in a title's status history: "back in development, per Collider"."""

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="status_history")
    status = models.CharField(max_length=20, choices=Title.Status.choices)
    previous = models.CharField(max_length=20, choices=Title.Status.choices, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.title}: {self.get_status_display()}"


class Relation(Sourced):
    """How one title continues another: a sequel, a prequel, a spin-off, a remake."""

    class Kind(models.TextChoices):
        SEQUEL = "sequel", "Sequel of"
        PREQUEL = "prequel", "Prequel of"
        SPIN_OFF = "spin_off", "Spin-off of"
        REMAKE = "remake", "Remake of"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    other = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="related_from")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["title", "kind", "other"], name="unique_relation"),
            models.CheckConstraint(condition=~Q(title=models.F("other")), name="relation_not_self"),
        ]

    def __str__(self):
        return f"{self.title} — {self.get_kind_display().lower()} {self.other}"


class Placement(Sourced):
    """Where a title sits in its story: between two titles, after one, before one, alongside."""

    class Kind(models.TextChoices):
        BETWEEN = "between", "Set between"
        AFTER = "after", "Set after"
        BEFORE = "before", "Set before"
        SAME_TIME = "same_time", "Set at the same time as"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="placements")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    anchor = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="+")
    anchor_end = models.ForeignKey(
        Title,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The later title, for 'set between'.",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="between") & Q(anchor_end__isnull=False))
                | (~Q(kind="between") & Q(anchor_end__isnull=True)),
                name="placement_between_has_two_anchors",
            ),
        ]

    def __str__(self):
        if self.kind == self.Kind.BETWEEN:
            return f"{self.title}: set between {self.anchor} and {self.anchor_end}"
        return f"{self.title}: {self.get_kind_display().lower()} {self.anchor}"


class Credit(Sourced):
    class Role(models.TextChoices):
        CAST = "cast", "Cast"
        DIRECTOR = "director", "Director"
        WRITER = "writer", "Writer"
        PRODUCER = "producer", "Producer"
        COMPOSER = "composer", "Composer"
        CREATOR = "creator", "Creator"
        STUDIO = "studio", "Studio"
        DISTRIBUTOR = "distributor", "Distributor"
        PUBLISHER = "publisher", "Publisher"
        DEVELOPER = "developer", "Developer"
        NETWORK = "network", "Network"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="credits"
    )
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.CASCADE, related_name="credits"
    )
    role = models.CharField(max_length=12, choices=Role.choices)
    character = models.CharField(max_length=200, blank=True)
    billing = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["role", models.F("billing").asc(nulls_last=True), "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, company__isnull=True)
                | Q(person__isnull=True, company__isnull=False),
                name="credit_person_or_company",
            ),
            models.UniqueConstraint(
                fields=["title", "person", "role", "character"],
                name="unique_person_credit",
                condition=Q(person__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["title", "company", "role"],
                name="unique_company_credit",
                condition=Q(company__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.person or self.company} — {self.get_role_display()} — {self.title}"

    @property
    def credited(self):
        return self.person or self.company


class Release(Sourced):
    class Medium(models.TextChoices):
        PREMIERE = "premiere", "Premiere"
        THEATRICAL_LIMITED = "theatrical_limited", "Theatrical (limited)"
        THEATRICAL = "theatrical", "Theatrical"
        DIGITAL = "digital", "Digital"
        PHYSICAL = "physical", "Physical"
        TV = "tv", "TV broadcast"
        STREAMING = "streaming", "Streaming"
        PLATFORM = "platform", "Game platform"

    class Confidence(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        REPORTED = "reported", "Reported"
        RUMORED = "rumored", "Rumored"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="releases")
    region = models.CharField(
        max_length=2,
        default=WORLDWIDE,
        help_text="ISO 3166-1 alpha-2 country code, or WW for worldwide.",
    )
    medium = models.CharField(max_length=20, choices=Medium.choices)
    # The streaming service ("Netflix") or game platform ("PS5"); empty for other media.
    channel = models.CharField(max_length=60, blank=True)
    precision = models.CharField(
        max_length=10, choices=[(p.value, p.name.title()) for p in Precision]
    )
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    confidence = models.CharField(
        max_length=10, choices=Confidence.choices, default=Confidence.REPORTED
    )
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["title", "region", "medium", "channel"], name="unique_release"
            ),
            models.CheckConstraint(
                condition=(
                    Q(precision="tba") & Q(date_start__isnull=True) & Q(date_end__isnull=True)
                )
                | (
                    ~Q(precision="tba")
                    & Q(date_start__isnull=False)
                    & Q(date_end__isnull=False)
                    & Q(date_start__lte=models.F("date_end"))
                ),
                name="release_period_matches_precision",
            ),
        ]
        indexes = [
            models.Index(fields=["date_end", "date_start"]),
            models.Index(fields=["region", "date_end"]),
            # The calendar's platform/service filter lists the distinct channels.
            models.Index(fields=["channel"], name="catalog_release_channel"),
        ]

    def __str__(self):
        return f"{self.title} — {self.where} — {self.when}"

    @property
    def when(self) -> FuzzyDate:
        return FuzzyDate.from_stored(self.precision, self.date_start)

    def set_when(self, when: FuzzyDate) -> None:
        self.precision, self.date_start, self.date_end = when.precision, when.start, when.end

    @property
    def is_worldwide(self) -> bool:
        return self.region == WORLDWIDE

    @property
    def where(self) -> str:
        medium = self.channel or self.get_medium_display()
        if self.medium == self.Medium.STREAMING and self.channel:
            medium = f"Streaming on {self.channel}"
        return f"{medium}, {'worldwide' if self.is_worldwide else self.region}"

    def clean(self):
        if not is_region(self.region):
            raise ValidationError({"region": "Use a two-letter country code (GB) or WW."})
        if self.medium in (self.Medium.STREAMING, self.Medium.PLATFORM) and not self.channel:
            raise ValidationError({"channel": "Name the streaming service or game platform."})


class ReleaseChange(models.Model):
    """A step in a release's history: announced, narrowed, delayed, moved up, moved."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="history")
    kind = models.CharField(max_length=12)
    previous_precision = models.CharField(max_length=10, blank=True)
    previous_start = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=10)
    date_start = models.DateField(null=True, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=300, blank=True)
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["id"]  # the order the catalog learned them in

    def __str__(self):
        return self.describe()

    @property
    def previous(self) -> FuzzyDate | None:
        if not self.previous_precision:
            return None
        return FuzzyDate.from_stored(self.previous_precision, self.previous_start)

    @property
    def new(self) -> FuzzyDate:
        return FuzzyDate.from_stored(self.precision, self.date_start)

    def describe(self) -> str:
        """Return "moved from March 28 to May 9" or "announced for 2026"."""
        previous, new = self.previous, self.new
        if previous is None:
            return f"announced for {new}"
        return f"{self.kind} from {previous.short(relative_to=new)} to {new}"
