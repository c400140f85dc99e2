from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3

from premiere.core.addresses import page_url

from .exceptions import (
    CannotReportOwnComment,
    CommentUnavailable,
    EditWindowClosed,
    NotYourComment,
    SignInRequired,
)
from .names import KEY_LENGTH, TOO_CLOSE, name_key, name_shape_check
from .querysets import CommentQuerySet

COMMENT_MAX_LENGTH = 5000


def stamp(moment: datetime) -> str:
    """When a comment was written or edited, in the site's time zone: what the template
    filter `date:"j M Y, H:i"` writes ("4 Dec 2026, 22:49"), written directly, as the filter
    took a tenth of the time of a busy story's page of comments (bench/RESULTS.md)."""
    local = timezone.localtime(moment)
    return f"{local.day} {MONTHS_3[local.month].title()} {local.year}, {local:%H:%M}"


# Shown in place of the author of a comment kept after its author deleted their account.
DELETED_MEMBER = "Deleted member"


def display_name(user) -> str:
    """Return the name shown for `user`: their display name, else their username."""
    if user is None:
        return DELETED_MEMBER
    try:
        return user.profile.display_name or user.get_username()
    except ObjectDoesNotExist:  # an account made before the community app was installed
        return user.get_username()


def name_check(name: str, *, user=None, what: str = "name") -> None:
    """Raise ValidationError unless `name` is fit to show as `user`'s (None: a new account).

    Refused: hidden characters, look-alike letters of another script, the site's own names,
    and anything that reads like another member's username or display name.
    """
    name_shape_check(name)
    key = name_key(name)
    if not key:
        return
    others = Profile.objects.filter(Q(username_key=key) | Q(display_name_key=key))
    if user is not None:
        others = others.exclude(user_id=user.pk)
    if others.exists():
        raise ValidationError(TOO_CLOSE.format(what=what), code="taken")


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        max_length=50, blank=True, help_text="Shown with your comments. Empty: your username."
    )
    bio = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # The names' keys (names.name_key), so that one indexed query finds a name that reads
    # like someone else's. Written by save(); the username's also when the account is renamed.
    username_key = models.CharField(
        max_length=KEY_LENGTH, default="", db_index=True, editable=False
    )
    display_name_key = models.CharField(
        max_length=KEY_LENGTH, blank=True, db_index=True, editable=False
    )
    # Signed up, link not yet followed (the account is inactive until then). Not the same as
    # an account an administrator deactivated, which sign-up must never hand to someone else.
    awaiting_activation = models.BooleanField(default=False, editable=False)

    def __str__(self):
        return self.display_name or self.user.get_username()

    def save(self, *args, **kwargs):
        self.username_key = name_key(self.user.get_username())
        self.display_name_key = name_key(self.display_name)
        if (fields := kwargs.get("update_fields")) is not None:
            kwargs["update_fields"] = {*fields, "username_key", "display_name_key"}
        super().save(*args, **kwargs)
        self._stored_display_name = self.display_name

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        profile = super().from_db(db, field_names, values, **kwargs)
        profile._stored_display_name = profile.__dict__.get("display_name")
        return profile

    def clean(self):
        # Only a new name is checked: a member who already had one from before a rule
        # existed can still change their bio without being made to give it up.
        if self.display_name and self.display_name != getattr(self, "_stored_display_name", ""):
            try:
                name_check(self.display_name, user=self.user, what="name")
            except ValidationError as error:
                raise ValidationError({"display_name": error}) from None


class Comment(models.Model):
    class Status(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HELD = "held", "Held for review"
        HIDDEN = "hidden", "Hidden by a moderator"
        DELETED = "deleted", "Deleted by its author"

    article = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="comments"
    )
    # Empty once the author deleted their account and chose to leave the comment, anonymous.
    # Still CASCADE: an account deleted any other way (an administrator removing a spammer)
    # takes its comments with it, as before; account_delete detaches the ones kept first.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(max_length=COMMENT_MAX_LENGTH, help_text="As the reader wrote it.")
    body_html = models.TextField(editable=False, default="")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.VISIBLE)
    is_featured = models.BooleanField("featured", default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Kept for moderators chasing a spammer across accounts; never shown to readers.
    ip_address = models.GenericIPAddressField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    # True only for the placeholder the comment list shows in place of a removed comment.
    is_removed = False

    class Meta:
        ordering = ["created_at", "id"]
        permissions = [("moderate_comment", "Can hide and restore comments")]
        indexes = [models.Index(fields=["article", "status", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["visible", "held", "hidden", "deleted"]),
                name="comment_status_known",
            ),
            # An address would tie an anonymous comment back to the person who wrote it.
            models.CheckConstraint(
                condition=Q(author__isnull=False) | Q(ip_address__isnull=True),
                name="anonymous_comment_has_no_address",
            ),
        ]

    def __str__(self):
        return f"{self.author_name} on {self.article_id}: {self.excerpt}"

    def get_absolute_url(self):
        """The comment's permalink: it leads to the page of the story's comments showing it."""
        return reverse("community:comment_permalink", args=[self.pk])

    @property
    def message_tag(self) -> str:
        """Marks a message about this comment, shown beside it (where the page scrolls after
        the action) instead of at the top of the page."""
        return f"at-comment-{self.pk}"

    @property
    def excerpt(self) -> str:
        text = " ".join(self.body.split())
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def author_name(self) -> str:
        return display_name(self.author)

    @property
    def created_iso(self) -> str:
        return timezone.localtime(self.created_at).isoformat()

    @property
    def created_stamp(self) -> str:
        return stamp(self.created_at)

    @property
    def edited_stamp(self) -> str:
        return stamp(self.edited_at) if self.edited_at else ""

    @property
    def author_url(self) -> str:
        return page_url("community:profile", "username", self.author.username)

    @property
    def is_anonymous(self) -> bool:
        return self.author_id is None

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None

    def edit_window_open(self, now: datetime | None = None) -> bool:
        window = timedelta(minutes=settings.PREMIERE_COMMENT_EDIT_MINUTES)
        return (now or timezone.now()) - self.created_at <= window

    # The checks below raise the exception a reader sees; the services call them before
    # writing and the comment list asks the is_… versions which buttons to show.

    def ensure_changeable_by(self, user) -> None:
        if not user.is_authenticated:
            raise SignInRequired()
        if self.author_id != user.pk:
            raise NotYourComment()
        if self.status not in (self.Status.VISIBLE, self.Status.HELD):
            raise CommentUnavailable()

    def ensure_editable_by(self, user, now: datetime | None = None) -> None:
        self.ensure_changeable_by(user)
        if not self.edit_window_open(now):
            raise EditWindowClosed()

    def ensure_reportable_by(self, user) -> None:
        if not user.is_authenticated:
            raise SignInRequired("Sign in to report a comment.")
        if self.author_id == user.pk:
            raise CannotReportOwnComment()
        if self.status != self.Status.VISIBLE:
            raise CommentUnavailable()

    def is_editable_by(self, user, now: datetime | None = None) -> bool:
        return _allowed(self.ensure_editable_by, user, now)

    def is_deletable_by(self, user) -> bool:
        return _allowed(self.ensure_changeable_by, user)

    def is_reportable_by(self, user) -> bool:
        return _allowed(self.ensure_reportable_by, user)


def _allowed(check, *args) -> bool:
    try:
        check(*args)
    except PermissionDenied:
        return False
    return True


class CommentReport(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", "Spam or advertising"
        ABUSE = "abuse", "Abusive or hateful"
        OFF_TOPIC = "off-topic", "Off topic"
        OTHER = "other", "Something else"

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_reports"
    )
    reason = models.CharField(max_length=10, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="unique_comment_report"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} report on comment {self.comment_id}"


class PrivacyLogEntry(models.Model):
    """A reader downloaded their data or deleted their account: the staff's record of it.

    Only the username at the time is kept, so the newsroom can answer "did this reader ask?"
    after the account is gone without keeping anything else about them.
    """

    class Action(models.TextChoices):
        EXPORT = "export", "Downloaded their data"
        DELETE = "delete", "Deleted their account"

    class Comments(models.TextChoices):
        REMOVE = "remove", "Removed"
        ANONYMIZE = "anonymize", "Kept, as “Deleted member”"

    # Links the entries to a live account so its export can list them; emptied when the
    # account is deleted, after which the username is all that is left.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    username = models.CharField(max_length=150, editable=False)
    action = models.CharField(max_length=6, choices=Action.choices, editable=False)
    comments = models.CharField(
        "their comments",
        max_length=9,
        choices=Comments.choices,
        blank=True,
        editable=False,
        help_text="What the reader chose for their comments when deleting the account.",
    )
    created_at = models.DateTimeField("when", default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "privacy log entry"
        verbose_name_plural = "privacy log"
        # A record, not a form: nobody is given the right to add, change or delete entries.
        default_permissions = ["view"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action="export", comments="")
                | Q(action="delete", comments__in=["remove", "anonymize"]),
                name="privacy_log_choice_only_on_delete",
            ),
        ]

    def __str__(self):
        return f"{self.username}: {self.get_action_display().lower()}"
