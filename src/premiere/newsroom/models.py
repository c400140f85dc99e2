import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .querysets import ArticleQuerySet


class Section(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first in menus.")
    covers = models.CharField(
        max_length=100,
        blank=True,
        help_text="Kinds of title this section covers (film, series, season, game, dlc), comma "
        "separated: a draft started from the wire about a game goes where games go.",
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("newsroom:section", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("newsroom:tag", kwargs={"slug": self.slug})


class Source(models.Model):
    """An outside outlet a story credits: "Source | Collider"."""

    name = models.CharField(max_length=120, unique=True)
    url = models.URLField("home page", blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


def image_upload_to(image: "Image", filename: str) -> str:
    """Where an uploaded picture's file goes: a folder no one can guess. Media files are
    served to anyone who asks, so a picture uploaded for a story not yet out must not be
    found by its month and file name ("images/2026/12/dune-3-first-look.jpg")."""
    return f"images/{timezone.now():%Y/%m}/{secrets.token_urlsafe(12)}/{filename}"


class Image(models.Model):
    file = models.ImageField(upload_to=image_upload_to, width_field="width", height_field="height")
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt_text = models.CharField(
        max_length=250, help_text="What the picture shows, for readers who cannot see it."
    )
    caption = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=120, help_text="Who owns the picture, e.g. a studio.")
    focal_x = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 = left edge, 1 = right edge. Crops keep this point in frame.",
    )
    focal_y = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 = top edge, 1 = bottom edge.",
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )

    class Meta:
        ordering = ["-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(focal_x__isnull=True) | Q(focal_x__gte=0, focal_x__lte=1))
                & (Q(focal_y__isnull=True) | Q(focal_y__gte=0, focal_y__lte=1)),
                name="image_focal_point_inside",
            ),
            models.CheckConstraint(
                condition=~Q(alt_text="") & ~Q(credit=""), name="image_has_alt_and_credit"
            ),
        ]

    def __str__(self):
        return f"#{self.pk} {self.caption or self.alt_text}"

    @property
    def focal_point(self) -> tuple[float, float]:
        return (
            self.focal_x if self.focal_x is not None else 0.5,
            self.focal_y if self.focal_y is not None else 0.5,
        )


class Rendition(models.Model):
    """A resized copy of an image, made once by Pillow and served from then on."""

    class Format(models.TextChoices):
        AVIF = "avif", "AVIF"
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"

    class Crop(models.TextChoices):
        NONE = "", "Whole picture"
        SOCIAL = "social", "Social card (1.91:1)"

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    format = models.CharField(max_length=4, choices=Format.choices)
    crop = models.CharField(max_length=10, choices=Crop.choices, blank=True, default="")
    # Width and height are set by the code that makes the file (renditions.py).
    file = models.ImageField(upload_to="renditions/")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "width", "format", "crop"], name="unique_rendition"
            )
        ]

    def __str__(self):
        return f"{self.image_id} {self.width}w {self.format} {self.crop}".strip()


STANDFIRST_NEEDED = "A story goes out with a standfirst: add one or two sentences."


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"

    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="articles")
    slug = models.SlugField(max_length=120, unique=True)
    headline = models.CharField(max_length=200)
    standfirst = models.CharField(
        max_length=400,
        blank=True,  # a draft may wait for it; a story going out may not (clean)
        help_text="One or two sentences under the headline that sum the story up. A draft can "
        "be saved without it; publishing needs it.",
    )
    body = models.TextField(
        help_text="Markdown. Put a photo on a line of its own as [image:ID] (ID from Images)."
    )
    body_html = models.TextField(editable=False, default="")
    link_mentions = models.BooleanField(
        "link what it mentions",
        default=True,
        help_text="Link the first mention of each catalog entry this story is about to its page.",
    )
    hero_image = models.ForeignKey(
        Image, null=True, blank=True, on_delete=models.SET_NULL, related_name="hero_of"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="articles"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="When readers first see it. Leave empty to publish now.",
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    source_url = models.URLField("source article", blank=True, max_length=500)
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    # When the newsroom announced the story as live to the rest of the site; empty while it is
    # not live (a scheduled story's facts wait for this, see services.articles_go_live_due).
    live_since = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(publish_at__isnull=False),
                name="article_live_has_publish_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"]),
            # A section's live stories, counted for its pages from the index alone: a full
            # scan of the table before (470 ms to 6 ms at 25,000 of 100,000 stories,
            # bench/RESULTS.md).
            models.Index(fields=["section", "publish_at", "status"], name="article_section_live"),
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("newsroom:article", kwargs={"slug": self.slug})

    def clean(self):
        if self.status != self.Status.DRAFT and not self.standfirst.strip():
            # Cards, feeds and shared links show it under the headline.
            raise ValidationError({"standfirst": STANDFIRST_NEEDED})
        if self.status == self.Status.SCHEDULED and self.publish_at is None:
            raise ValidationError({"publish_at": "A scheduled article needs a publication time."})
        if self.source_url and not self.source_id:
            raise ValidationError({"source": "Pick the outlet the source article belongs to."})

    @property
    def is_live(self) -> bool:
        return (
            self.status != self.Status.DRAFT
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def was_updated(self) -> bool:
        """True when the story changed noticeably after it went out."""
        return bool(self.publish_at) and (self.updated_at - self.publish_at).total_seconds() > 300


class ArticleReads(models.Model):
    """How many times a story was read on a day: counted without cookies (a beacon from the
    page, once per address and story an hour) and written here in batches by the worker."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reads")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "article reads"
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="article_reads_once_a_day")
        ]
        indexes = [models.Index(fields=["day", "article"])]

    def __str__(self):
        return f"{self.count} reads of article {self.article_id} on {self.day}"
