"""Releases, one per title, region, medium and channel, each with the history of its date."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from premiere.extraction.dates import FuzzyDate, Precision
from premiere.extraction.regions import WORLDWIDE, is_region

from ..querysets import ReleaseQuerySet
from ..regions import region_name
from .claims import Claim, Sourced
from .entities import Title


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
    # How many times the date has changed: a calendar event's SEQUENCE (RFC 5545), so a
    # subscribed calendar takes a moved date as a newer version of the same event. It only
    # grows: a move taken back is one more change, not one less.
    sequence = models.PositiveIntegerField(default=0, db_default=0)

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
    def medium_words(self) -> str:
        """Return "Theatrical", "Streaming on Northlight+", "PS5", "Premiere at Sundance Film
        Festival": how the release comes out, as a sentence says it."""
        if not self.channel:
            return self.get_medium_display()
        if self.medium == self.Medium.STREAMING:
            return f"Streaming on {self.channel}"
        if self.medium == self.Medium.PREMIERE:
            return f"Premiere at {self.channel}"
        return self.channel

    @property
    def where(self) -> str:
        """Return "Theatrical, United Kingdom": how and where, in words, for feeds and pages."""
        return (
            f"{self.medium_words}, {'worldwide' if self.is_worldwide else region_name(self.region)}"
        )

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
        """Return "moved from March 28 to May 9", "announced for 2026", "dated May 26, 2028"
        (a release that had no date), "announced, date to come"."""
        previous, new = self.previous, self.new
        if previous is None:
            return "announced, date to come" if new.is_tba else f"announced for {new}"
        if previous.is_tba and not new.is_tba:
            return f"dated {new}"  # not "narrowed from TBA"
        if new.is_tba:
            return f"date withdrawn (was {previous})"
        return f"{self.kind} from {previous.short(relative_to=new)} to {new}"
