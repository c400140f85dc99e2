"""What readers follow, what they are told, and the two outboxes between the catalog and them.

Follow          a reader follows a title, franchise, person, company or section, with the
                kinds of release they care about and an optional reminder
NoticeSettings  a reader's e-mail choice (immediate, daily digest, none), region, and the
                secret key of their calendar file
CatalogEvent    the outbox: one row per catalog change worth telling, written in the
                transaction that made the change, turned into notices by the worker
Notice          what one reader is told, once (unique per reader and event)
Email           the mail outbox: one row per e-mail, claimed before it is handed to the
                mail server and marked sent after, so a restarted worker never sends it again
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from premiere.extraction.regions import WORLDWIDE

from . import release_types
from .querysets import NoticeQuerySet

# One field per kind of thing a reader can follow; exactly one is set on each Follow.
TARGET_FIELDS = ("title", "franchise", "person", "company", "section")
REMINDER_DAYS = (1, 3, 7, 14, 30)


def _only(field: str) -> Q:
    return Q(**{f"{name}__isnull": name != field for name in TARGET_FIELDS})


class Follow(models.Model):
    class Kind(models.TextChoices):
        TITLE = "title", "Title"
        FRANCHISE = "franchise", "Franchise"
        PERSON = "person", "Person"
        COMPANY = "company", "Company"
        SECTION = "section", "Section"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    title = models.ForeignKey(
        "catalog.Title", null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    franchise = models.ForeignKey(
        "catalog.Franchise",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    person = models.ForeignKey(
        "catalog.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    company = models.ForeignKey(
        "catalog.Company",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    section = models.ForeignKey(
        "newsroom.Section",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    # Which releases matter: every kind (the default, and new game platforms with it), or only
    # the kinds listed (release_types.py: "theatrical", "digital", "platform:ps5", …).
    every_release = models.BooleanField(default=True)
    release_types = models.JSONField(default=list, blank=True)
    # Remind this many days before a release day (day-precision dates only); empty: never.
    remind_days = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=_only("title")
                | _only("franchise")
                | _only("person")
                | _only("company")
                | _only("section"),
                name="follow_has_one_target",
            ),
            *(
                models.UniqueConstraint(
                    fields=["user", field],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"unique_follow_{field}",
                )
                for field in TARGET_FIELDS
            ),
            models.CheckConstraint(
                condition=Q(remind_days__isnull=True) | Q(remind_days__gte=1, remind_days__lte=60),
                name="follow_reminder_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} follows {self.target}"

    @property
    def kind(self) -> str:
        return next(field for field in TARGET_FIELDS if getattr(self, f"{field}_id") is not None)

    @property
    def kind_label(self) -> str:
        return self.Kind(self.kind).label

    @property
    def target(self):
        return getattr(self, self.kind)

    @property
    def has_notices(self) -> bool:
        """Sections bring stories to My Premiere; they have no catalog notices to choose."""
        return self.kind != self.Kind.SECTION

    def accepts(self, release_type: str) -> bool:
        """True when this follow wants to hear about a release of this kind."""
        return self.every_release or release_type in self.release_types

    def release_types_text(self) -> str:
        if self.every_release:
            return "every release"
        if not self.release_types:
            return "no releases (statuses and new titles only)"
        return ", ".join(release_types.label(kind) for kind in self.release_types)


class NoticeSettings(models.Model):
    class Email(models.TextChoices):
        IMMEDIATE = "immediate", "Right away: one e-mail per notice"
        DAILY = "daily", "Once a day: a digest of the day's notices"
        OFF = "off", "No e-mails (notices stay on My Premiere)"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_settings"
    )
    email = models.CharField(max_length=10, choices=Email.choices, default=Email.IMMEDIATE)
    # Reminders and My Premiere's upcoming releases use this region's dates (a worldwide date
    # where it has none of its own), as the title pages do; set from the reader's region at
    # their first follow.
    region = models.CharField(max_length=2, default=WORLDWIDE)
    # The secret in the address of the reader's own calendar file: calendar apps fetch it
    # without signing in, so whoever has the address sees what the reader follows. Reset, it
    # is replaced and the old address answers 404. Empty (None) until they ask for one.
    calendar_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "notice settings"
        verbose_name_plural = "notice settings"

    def __str__(self):
        return f"{self.user_id}: {self.email}, {self.region}"


class CatalogEvent(models.Model):
    """A change in the catalog that readers may be told about: the outbox.

    Written by the receivers of catalog.signals inside the transaction that changed the
    catalog, so an event exists exactly when its change does. `payload` keeps what the notice
    will say (names, dates as displayed, the source), since the catalog may change again
    before the worker gets to it. The worker sets `processed_at` in the same transaction that
    makes the event's notices.
    """

    class Kind(models.TextChoices):
        RELEASE_DATED = "release_dated", "Release dated"
        RELEASE_MOVED = "release_moved", "Release moved"
        RELEASE_WITHDRAWN = "release_withdrawn", "Release date withdrawn"
        STATUS_CHANGED = "status_changed", "Status changed"
        JOINED_FRANCHISE = "joined_franchise", "Title joined a franchise"
        CREDIT_ADDED = "credit_added", "Credit added"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.ForeignKey(
        "catalog.Title", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    release = models.ForeignKey(
        "catalog.Release", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    franchise = models.ForeignKey(
        "catalog.Franchise", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    person = models.ForeignKey(
        "catalog.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    company = models.ForeignKey(
        "catalog.Company", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # For release events: the kind of release (release_types.py) and its region.
    release_type = models.CharField(max_length=80, blank=True)
    region = models.CharField(max_length=2, blank=True)
    payload = models.JSONField(default=dict)
    happened_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    # Set when the worker could not turn this event into notices (a bug): kept for staff.
    problem = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(
                fields=["id"], condition=Q(processed_at__isnull=True), name="catalog_event_pending"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"


class Email(models.Model):
    """One e-mail to one reader: a single notice (immediate) or a day's digest.

    Sending: claim (PENDING -> SENDING, committed), hand to the mail server, mark SENT. A worker
    killed between the claim and the mark leaves SENDING, and no worker sends that row again:
    it may have reached the server, and an e-mail is never sent twice. Such rows become
    INTERRUPTED after PREMIERE_WORKER_STALE_SECONDS, for staff to see.
    """

    class Kind(models.TextChoices):
        NOTICE = "notice", "One notice"
        DIGEST = "digest", "Daily digest"

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being handed to the mail server"
        SENT = "sent", "Sent"
        SKIPPED = "skipped", "Not sent (e-mails turned off, or no address)"
        INTERRUPTED = "interrupted", "Interrupted: the worker stopped while sending"
        FAILED = "failed", "Failed: the mail server refused it"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_emails"
    )
    kind = models.CharField(max_length=6, choices=Kind.choices, default=Kind.NOTICE)
    # The day a digest is for: one digest per reader per day.
    digest_day = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=12, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    problem = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "notice e-mail"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "digest_day"],
                condition=Q(kind="digest"),
                name="one_digest_a_day",
            ),
            models.CheckConstraint(
                condition=Q(kind="notice", digest_day__isnull=True)
                | Q(kind="digest", digest_day__isnull=False),
                name="digest_has_its_day",
            ),
        ]
        indexes = [
            models.Index(fields=["id"], condition=Q(state="pending"), name="email_pending"),
            models.Index(fields=["claimed_at"], condition=Q(state="sending"), name="email_sending"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} to {self.user_id}: {self.get_state_display()}"

    @property
    def message_id(self) -> str:
        """The same Message-ID whenever this e-mail is built: a mailbox shows it once."""
        domain = urlsplit(settings.PREMIERE_SITE_URL).hostname or "localhost"
        return f"<notices.{self.pk}.{self.user_id}@{domain}>"


class Notice(models.Model):
    """What one reader is told about one catalog event, or a reminder; made once."""

    class Kind(models.TextChoices):
        RELEASE_DATED = "release_dated", "Release dated"
        RELEASE_MOVED = "release_moved", "Release moved"
        RELEASE_WITHDRAWN = "release_withdrawn", "Release date withdrawn"
        STATUS_CHANGED = "status_changed", "Status changed"
        JOINED_FRANCHISE = "joined_franchise", "New in a franchise"
        CREDIT_ADDED = "credit_added", "New credit"
        REMINDER = "reminder", "Reminder"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    event = models.ForeignKey(
        CatalogEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    # The page the notice leads to, and for a reminder the release and the day it is for.
    title = models.ForeignKey(
        "catalog.Title", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    release = models.ForeignKey(
        "catalog.Release", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    remind_on = models.DateField(null=True, blank=True)
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email = models.ForeignKey(
        Email, null=True, blank=True, on_delete=models.SET_NULL, related_name="notices"
    )

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event"],
                condition=Q(event__isnull=False),
                name="one_notice_per_reader_and_event",
            ),
            models.UniqueConstraint(
                fields=["user", "release", "remind_on"],
                condition=Q(kind="reminder"),
                name="one_reminder_per_release_day",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notice_latest"),
            models.Index(fields=["user"], condition=Q(read_at__isnull=True), name="notice_unread"),
        ]

    def __str__(self):
        return self.text

    @property
    def is_unread(self) -> bool:
        return self.read_at is None
