"""The worker's side: catalog events become notices, reminders and digests are made, and
e-mails are sent. Never run in a web request (tasks.py wraps each for `premiere worker`).

Exactly once, even when a worker is killed at any moment:
- notices: an event's notices (and its immediate e-mails' rows) are made in the transaction
  that marks the event processed; killed before the commit, none exist and the event is still
  pending, so the next run makes them all; unique constraints refuse a second notice per
  reader and event (or per reader, release and day for a reminder);
- e-mails: each row is claimed (PENDING -> SENDING, committed) before it is handed to the mail
  server and marked SENT after. A row still SENDING is never sent again: the server may have
  it. So a killed worker costs at most the one e-mail it was handing over at that instant
  (left INTERRUPTED, with its notice still on My Premiere), and never a duplicate.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from premiere.catalog.models import Release
from premiere.extraction.dates import Precision
from premiere.extraction.regions import WORLDWIDE

from . import release_types, selectors, wording
from .audience import Reader, audience, follows_covering, settings_of
from .models import CatalogEvent, Email, Follow, Notice, NoticeSettings
from .tokens import unsubscribe_token

log = logging.getLogger(__name__)

# Attempts at an e-mail the mail server refused (an exception, so it was not taken) before
# it is given up as failed.
MAX_ATTEMPTS = 5
# Digests gather the unread notices no e-mail carried yet, from at most this far back.
DIGEST_REACH = timedelta(days=2)
# Processed events without notices are deleted after this long (they told no one anything).
EVENTS_KEPT = timedelta(days=30)


def _notices_make(readers: dict[int, Reader], **fields) -> list[Notice]:
    """Make one notice per reader, and the e-mail row of each who wants it right away."""
    if not readers:
        return []
    immediate = [
        reader
        for reader in readers.values()
        if reader.settings.email == NoticeSettings.Email.IMMEDIATE and reader.user.email
    ]
    emails = Email.objects.bulk_create([Email(user=reader.user) for reader in immediate])
    by_user = {email.user_id: email for email in emails}
    notices = Notice.objects.bulk_create(
        [Notice(user_id=pk, email=by_user.get(pk), **fields) for pk in readers], batch_size=500
    )
    users = list(readers)
    transaction.on_commit(lambda: selectors.notices_unread_forget(users))
    return notices


# Catalog events ---------------------------------------------------------------------------


def catalog_events_process(*, batch: int = 200) -> int:
    """Turn every pending catalog event into notices; return how many notices were made."""
    made, after = 0, 0
    while True:
        pending = list(
            CatalogEvent.objects.filter(processed_at__isnull=True, pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not pending:
            break
        for pk in pending:
            made += _event_process(pk)
        after = pending[-1]
    _events_prune()
    return made


def _event_process(pk: int) -> int:
    try:
        with transaction.atomic():
            # Another worker on the same event waits (or skips it on PostgreSQL); the check
            # of processed_at inside the lock makes sure one of them does it.
            event = (
                CatalogEvent.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, processed_at__isnull=True)
                .first()
            )
            if event is None:
                return 0
            notices = _notices_make(
                audience(event),
                kind=event.kind,
                event=event,
                title_id=event.title_id,
                release_id=event.release_id,
                text=wording.event_text(event),
            )
            event.processed_at = timezone.now()
            event.save(update_fields=["processed_at"])
            return len(notices)
    except DatabaseError:
        raise  # the database is unwell: leave the event pending for the next run
    except Exception as error:
        # A bug with one event must not hold up every later one: set it aside, with why.
        log.exception("Catalog event %s could not be turned into notices", pk)
        CatalogEvent.objects.filter(pk=pk).update(
            processed_at=timezone.now(), problem=f"{type(error).__name__}: {error}"[:300]
        )
        return 0


def _events_prune() -> None:
    CatalogEvent.objects.filter(
        processed_at__lt=timezone.now() - EVENTS_KEPT, notices__isnull=True
    ).delete()


# Reminders --------------------------------------------------------------------------------


def _seen_in(release: Release, region: str, regional: set) -> bool:
    """True when a reader in `region` sees this date on the title page: their region's own,
    or the worldwide one where their region has none for that release."""
    if release.region == region:
        return True
    key = (release.title_id, release.medium, release.channel, region)
    return release.region == WORLDWIDE and key not in regional


def reminders_make(*, today=None) -> int:
    """Remind readers of releases on an exact day coming within the days they chose; each
    reader once per release and day (a date that moves gets a reminder for the new day)."""
    today = today or timezone.localdate()
    horizon = Follow.objects.aggregate(most=Max("remind_days"))["most"]
    if not horizon:
        return 0
    due = list(
        Release.objects.filter(
            precision=Precision.DAY,
            date_start__gt=today,
            date_start__lte=today + timedelta(days=horizon),
        ).select_related("title")
    )
    titles = {release.title_id for release in due}
    covering = follows_covering(titles)
    regional = set(
        Release.objects.filter(title_id__in=titles)
        .exclude(region=WORLDWIDE)
        .values_list("title_id", "medium", "channel", "region")
    )
    made = 0
    for release in due:
        days = (release.date_start - today).days
        kind = release_types.release_type(release.medium, release.channel)
        readers = {}
        for follow in covering.get(release.title_id, []):
            if follow.user_id in readers or follow.remind_days is None:
                continue
            reader_settings = settings_of(follow.user)
            if (
                days <= follow.remind_days
                and follow.accepts(kind)
                and _seen_in(release, reader_settings.region, regional)
            ):
                readers[follow.user_id] = Reader(follow.user, reader_settings)
        if readers:
            made += _reminders_for(release, readers, days)
    return made


@transaction.atomic
def _reminders_for(release: Release, readers: dict[int, Reader], days: int) -> int:
    reminded = set(
        Notice.objects.filter(
            kind=Notice.Kind.REMINDER, release=release, remind_on=release.date_start
        ).values_list("user_id", flat=True)
    )
    fresh = {pk: reader for pk, reader in readers.items() if pk not in reminded}
    notices = _notices_make(
        fresh,
        kind=Notice.Kind.REMINDER,
        title_id=release.title_id,
        release=release,
        remind_on=release.date_start,
        text=wording.reminder_text(title=release.title.name, release=release, days=days),
    )
    return len(notices)


# Digests ----------------------------------------------------------------------------------


def digests_make(*, now=None) -> int:
    """Once a day, from PREMIERE_DIGEST_HOUR, gather each digest reader's unread notices that
    no e-mail carried yet into one e-mail; return how many digests were made."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour < settings.PREMIERE_DIGEST_HOUR:
        return 0
    day = local.date()
    waiting = Notice.objects.filter(
        email__isnull=True, read_at__isnull=True, created_at__gte=now - DIGEST_REACH
    )
    readers = set(
        waiting.filter(
            user__notice_settings__email=NoticeSettings.Email.DAILY, user__is_active=True
        )
        .exclude(user__email="")
        .values_list("user_id", flat=True)
    )
    readers -= set(
        Email.objects.filter(kind=Email.Kind.DIGEST, digest_day=day).values_list(
            "user_id", flat=True
        )
    )
    made = 0
    for user_id in sorted(readers):
        with transaction.atomic():
            email, created = Email.objects.get_or_create(
                user_id=user_id, kind=Email.Kind.DIGEST, digest_day=day
            )
            if created and waiting.filter(user_id=user_id).update(email=email):
                made += 1
            elif created:
                email.delete()  # read on the site meanwhile: nothing left to send
    return made


# Sending ----------------------------------------------------------------------------------


def _site_url(path: str) -> str:
    return settings.PREMIERE_SITE_URL.rstrip("/") + path


def email_message(email: Email) -> EmailMessage | None:
    """Build the e-mail for an outbox row, or None when it must not be sent (the reader
    turned e-mails off or has no address, or nothing is left in it)."""
    user = email.user
    if not user.is_active or not user.email:
        return None
    if settings_of(user).email == NoticeSettings.Email.OFF:
        return None
    notices = list(email.notices.select_related("title").order_by("created_at", "id"))
    if not notices:
        return None
    unsubscribe = _site_url(reverse("follows:unsubscribe", args=[unsubscribe_token(user)]))
    context = {
        "site_name": settings.PREMIERE_SITE_NAME,
        "notices": [
            (notice, _site_url(notice.title.get_absolute_url()) if notice.title else "")
            for notice in notices
        ],
        "digest": email.kind == Email.Kind.DIGEST,
        "day": email.digest_day,
        "me_url": _site_url(reverse("follows:me")),
        "settings_url": _site_url(reverse("follows:settings")),
        "unsubscribe_url": unsubscribe,
    }
    if email.kind == Email.Kind.DIGEST:
        count = len(notices)
        subject = (
            f"{settings.PREMIERE_SITE_NAME}: {count} update{'s' * (count != 1)} on what you follow"
        )
    else:
        subject = notices[0].text if len(notices[0].text) <= 150 else notices[0].text[:149] + "…"
    return EmailMessage(
        subject,
        render_to_string("follows/email/notices.txt", context),
        to=[user.email],
        headers={
            # RFC 8058: one click (a POST from the mail client) unsubscribes, no sign-in.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Message-ID": email.message_id,
            "Auto-Submitted": "auto-generated",
        },
    )


def _interrupted_mark(now) -> int:
    """Rows a dead worker left mid-send: shown as interrupted, never sent again."""
    stale = now - timedelta(seconds=settings.PREMIERE_WORKER_STALE_SECONDS)
    return Email.objects.filter(state=Email.State.SENDING, claimed_at__lt=stale).update(
        state=Email.State.INTERRUPTED
    )


def emails_send() -> int:
    """Send every pending e-mail once; return how many were sent."""
    _interrupted_mark(timezone.now())
    pause = 60 / settings.PREMIERE_MAIL_PER_MINUTE if settings.PREMIERE_MAIL_PER_MINUTE else 0
    sent = 0
    for pk in list(
        Email.objects.filter(state=Email.State.PENDING).order_by("pk").values_list("pk", flat=True)
    ):
        # The claim: one UPDATE, committed on its own, that only one worker can win.
        if not Email.objects.filter(pk=pk, state=Email.State.PENDING).update(
            state=Email.State.SENDING, claimed_at=timezone.now()
        ):
            continue
        email = Email.objects.select_related("user").get(pk=pk)
        message = email_message(email)
        if message is None:
            Email.objects.filter(pk=pk).update(state=Email.State.SKIPPED)
            continue
        try:
            message.send()
        except Exception as error:  # refused, so not taken: it may go again later
            attempts = email.attempts + 1
            Email.objects.filter(pk=pk).update(
                state=Email.State.FAILED if attempts >= MAX_ATTEMPTS else Email.State.PENDING,
                attempts=attempts,
                problem=f"{type(error).__name__}: {error}"[:300],
            )
            log.warning("E-mail %s not sent (attempt %s): %s", pk, attempts, error)
            continue
        Email.objects.filter(pk=pk).update(state=Email.State.SENT, sent_at=timezone.now())
        sent += 1
        if pause:
            time.sleep(pause)  # the mail provider's rate (PREMIERE_MAIL_PER_MINUTE)
    return sent


def notices_deliver() -> dict:
    """The worker's regular round: pending catalog events into notices, then the e-mails."""
    return {"notices": catalog_events_process(), "emails": emails_send()}
