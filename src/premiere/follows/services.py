"""A reader's writes: follow, unfollow, choose what to hear, mark read, unsubscribe, and the
secret address of their calendar.

Every function checks who may do it; following and unfollowing are rate-limited per reader.
The worker's writes (notices, reminders, digests, e-mails) are in delivery.py.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from premiere.catalog import regions
from premiere.core.ratelimit import hit

from . import release_types, selectors
from .exceptions import NotYourFollow, SignInRequired
from .models import REMINDER_DAYS, Follow, Notice, NoticeSettings
from .tokens import user_for_token


def _signed_in(user) -> None:
    if not user.is_authenticated or not user.is_active:
        raise SignInRequired()


def _own(follow: Follow, by) -> None:
    _signed_in(by)
    if follow.user_id != by.pk:
        raise NotYourFollow()


def follow_add(*, by, target, region: str = "") -> Follow:
    """Follow a title, franchise, person, company or section; following again changes nothing.

    A reader's first follow keeps `region` (the one their pages show) for reminders and My
    Premiere's coming releases. Raise RateLimited when the reader follows and unfollows too
    fast (PREMIERE_FOLLOW_RATE_USER).
    """
    _signed_in(by)
    field = selectors.target_field(target)
    hit("follow-user", str(by.pk), settings.PREMIERE_FOLLOW_RATE_USER)
    with transaction.atomic():
        NoticeSettings.objects.get_or_create(
            user=by, defaults={"region": region if region in regions.REGIONS else "WW"}
        )
        try:
            with transaction.atomic():
                return Follow.objects.create(user=by, **{field: target})
        except IntegrityError:  # followed already (a double click, another tab)
            return Follow.objects.get(user=by, **{field: target})


def follow_remove(*, by, follow: Follow) -> None:
    """Stop following. Notices already made stay until the reader deletes their account."""
    _own(follow, by)
    hit("follow-user", str(by.pk), settings.PREMIERE_FOLLOW_RATE_USER)
    follow.delete()


def follow_choose(
    *, by, follow: Follow, every_release: bool, kinds=(), remind_days: int | None = None
) -> Follow:
    """Choose what a follow hears about: every release or only some kinds (release_types.py),
    and a reminder some days before a release day (None: no reminder)."""
    _own(follow, by)
    kinds = sorted(set(kinds))
    if unknown := [kind for kind in kinds if not release_types.is_known(kind)]:
        raise ValidationError({"kinds": f"Unknown kinds of release: {', '.join(unknown)}."})
    if remind_days is not None and remind_days not in REMINDER_DAYS:
        raise ValidationError({"remind_days": "Choose one of the reminders offered."})
    hit("follow-user", str(by.pk), settings.PREMIERE_FOLLOW_RATE_USER)
    follow.every_release = every_release
    follow.release_types = [] if every_release else kinds
    follow.remind_days = remind_days
    follow.full_clean()
    with transaction.atomic():
        follow.save(update_fields=["every_release", "release_types", "remind_days"])
    return follow


def notice_settings_update(*, by, email: str, region: str) -> NoticeSettings:
    """Choose how notices arrive by e-mail (right away, a daily digest, not at all) and the
    region whose dates reminders and coming releases use."""
    _signed_in(by)
    if email not in NoticeSettings.Email.values:
        raise ValidationError({"email": "Choose how you want your notices."})
    if region not in regions.REGIONS:
        raise ValidationError({"region": "Choose a region from the list."})
    with transaction.atomic():
        chosen, _ = NoticeSettings.objects.update_or_create(
            user=by, defaults={"email": email, "region": region, "updated_at": timezone.now()}
        )
    return chosen


def region_keep(*, user, region: str, **kwargs) -> None:
    """Keep the region a reader picked on a page as their settings' region, where they have
    settings (a reader who never followed anything has none to keep it in)."""
    if user.is_authenticated and region in regions.REGIONS:
        NoticeSettings.objects.filter(user=user).exclude(region=region).update(
            region=region, updated_at=timezone.now()
        )


def notices_read(*, by, notice_ids=None) -> int:
    """Mark the reader's notices read: these ones, or all of them. Return how many."""
    _signed_in(by)
    unread = Notice.objects.filter(user=by).unread()
    if notice_ids is not None:
        unread = unread.filter(pk__in=notice_ids)
    with transaction.atomic():
        count = unread.update(read_at=timezone.now())
        # Forgotten now for this reader's next page, and again once committed in case another
        # of their pages cached the old count in between.
        selectors.notices_unread_forget([by.pk])
        transaction.on_commit(lambda: selectors.notices_unread_forget([by.pk]))
    return count


def emails_unsubscribe(*, token: str):
    """Turn off notice e-mails for the reader an unsubscribe link was made for; no sign-in.

    Return the reader. Raise ValidationError for a link we did not make. Notices still
    appear on My Premiere, where the reader can turn e-mails back on.
    """
    user = user_for_token(token)
    if user is None:
        raise ValidationError("This unsubscribe link is not one of ours.", code="invalid_link")
    with transaction.atomic():
        NoticeSettings.objects.update_or_create(
            user=user,
            defaults={"email": NoticeSettings.Email.OFF, "updated_at": timezone.now()},
        )
    return user


def calendar_key_reset(*, by, region: str = "") -> NoticeSettings:
    """Give the reader a new secret address for their calendar file; the one before (if
    any) stops working at once, for a reader who shared it or fears it leaked."""
    _signed_in(by)
    hit("follow-user", str(by.pk), settings.PREMIERE_FOLLOW_RATE_USER)
    with transaction.atomic():
        chosen, _ = NoticeSettings.objects.select_for_update().get_or_create(
            user=by, defaults={"region": region if region in regions.REGIONS else "WW"}
        )
        # 256 bits: the address is the only thing between a stranger and what they follow.
        chosen.calendar_key = secrets.token_urlsafe(32)
        chosen.updated_at = timezone.now()
        chosen.save(update_fields=["calendar_key", "updated_at"])
    return chosen
