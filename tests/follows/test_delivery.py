"""The worker's side: catalog events into notices, reminders, digests, e-mails sent once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from premiere.catalog import services as catalog
from premiere.desk import services as desk
from premiere.follows import delivery
from premiere.follows.models import CatalogEvent, Email, Notice, NoticeSettings

pytestmark = pytest.mark.django_db


def test_a_moved_date_makes_one_notice_and_one_email_with_one_click_unsubscribe(
    reader, follow, saga, deliver, said_by, day, settings
):
    settings.PREMIERE_SITE_URL = "https://premiere.example"
    follow(reader, saga["franchise"])
    catalog.release_move(release=saga["digital"], to=day("2031-06-13"), evidence=said_by())

    assert deliver() == {"notices": 1, "emails": 1}

    notice = Notice.objects.get(user=reader)
    assert notice.text == (
        "Nightjar Rising delayed from May 2 to June 13, 2031 (Digital, worldwide), per Collider."
    )
    assert notice.title == saga["film"] and notice.is_unread
    [email] = mail.outbox
    assert email.to == ["ada@example.test"]
    assert email.subject == notice.text
    assert "https://premiere.example/titles/nightjar-rising/" in email.body
    unsubscribe = email.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://premiere.example/notices/unsubscribe/")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in email.body
    assert email.message()["Message-ID"] == Email.objects.get().message_id
    # Run again (a second worker, a restart): nothing new.
    assert deliver() == {"notices": 0, "emails": 0}
    assert len(mail.outbox) == 1 and Notice.objects.count() == 1


def test_each_reader_is_told_once_however_many_follows_cover_the_change(
    reader, follow, saga, deliver, said_by, day
):
    follow(reader, saga["franchise"])
    follow(reader, saga["film"])
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    deliver()
    assert Notice.objects.filter(user=reader).count() == 1
    assert len(mail.outbox) == 1


def test_a_change_of_a_kind_the_reader_left_out_tells_them_nothing(
    reader, follow, saga, deliver, said_by, day
):
    follow(reader, saga["franchise"], kinds=["digital"])
    catalog.release_move(release=saga["theatrical"], to=day("2031-04-01"), evidence=said_by())
    assert deliver() == {"notices": 0, "emails": 0}
    catalog.release_move(release=saga["digital"], to=day("2031-06-01"), evidence=said_by())
    assert deliver() == {"notices": 1, "emails": 1}


def test_what_happened_before_the_follow_is_not_news(reader, follow, saga, deliver, said_by, day):
    catalog.release_move(release=saga["digital"], to=day("2031-06-01"), evidence=said_by())
    follow(reader, saga["franchise"])
    assert deliver()["notices"] == 0


def test_readers_who_chose_a_digest_get_no_email_at_once_and_one_digest_a_day(
    reader, make_user, follow, saga, deliver, said_by, day, settings
):
    settings.PREMIERE_DIGEST_HOUR = 0
    follow(reader, saga["franchise"], email="daily")
    quiet = make_user("quiet")
    follow(quiet, saga["franchise"], email="off")
    catalog.release_move(release=saga["digital"], to=day("2031-06-01"), evidence=said_by())
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    assert deliver() == {"notices": 4, "emails": 0}

    assert delivery.digests_make() == 1
    assert delivery.digests_make() == 0  # once a day
    assert delivery.emails_send() == 1
    [digest] = mail.outbox
    assert digest.to == ["ada@example.test"]
    assert digest.subject == "Premiere: 2 updates on what you follow"
    assert "delayed from May 2 to June 1, 2031" in digest.body and "now Filming" in digest.body
    assert Email.objects.get().kind == Email.Kind.DIGEST
    # The next change waits for tomorrow's digest.
    catalog.title_status_set(title=saga["film"], status="released", evidence=said_by())
    deliver()
    assert delivery.digests_make() == 0
    tomorrow = timezone.now() + timedelta(days=1)
    assert delivery.digests_make(now=tomorrow) == 1


def test_no_digest_before_its_hour(reader, follow, saga, deliver, said_by, settings):
    settings.PREMIERE_DIGEST_HOUR = 23
    follow(reader, saga["franchise"], email="daily")
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    deliver()
    morning = timezone.localtime().replace(hour=7)
    assert delivery.digests_make(now=morning) == 0
    assert delivery.digests_make(now=morning.replace(hour=23)) == 1


def test_an_email_whose_reader_turned_emails_off_is_not_sent(reader, follow, saga, said_by, day):
    follow(reader, saga["franchise"])
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    delivery.catalog_events_process()
    NoticeSettings.objects.filter(user=reader).update(email="off")
    assert delivery.emails_send() == 0
    assert Email.objects.get().state == Email.State.SKIPPED
    assert mail.outbox == []


def test_an_email_a_dead_worker_was_handing_over_is_never_sent_again(
    reader, follow, saga, said_by, settings
):
    follow(reader, saga["franchise"])
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    delivery.catalog_events_process()
    # Claimed by a worker that died before it could say whether the server took it.
    Email.objects.update(
        state=Email.State.SENDING, claimed_at=timezone.now() - timedelta(minutes=5)
    )
    assert delivery.emails_send() == 0
    assert Email.objects.get().state == Email.State.INTERRUPTED
    assert mail.outbox == []
    assert Notice.objects.filter(user=reader).exists()  # still on My Premiere


def test_an_email_the_server_refused_is_tried_again_then_given_up(
    reader, follow, saga, said_by, settings
):
    follow(reader, saga["franchise"])
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    delivery.catalog_events_process()
    # A mail server that refuses everything: the SMTP backend pointed at a closed port.
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    for attempt in range(1, delivery.MAX_ATTEMPTS + 1):
        assert delivery.emails_send() == 0
        email = Email.objects.get()
        assert email.attempts == attempt and email.problem
    assert email.state == Email.State.FAILED


def test_a_fact_held_for_an_unpublished_story_notifies_nobody_until_it_is_out(
    reader, follow, universe, draft, one, publish, editor, deliver
):
    franchise, chapters = universe
    follow(reader, franchise)
    desk.article_suggest(article=draft)
    desk.suggestion_accept(suggestion=one(draft, "new_title", name="Ballerina"), by=editor)
    desk.suggestion_accept(suggestion=one(draft, "release"), by=editor)

    assert deliver() == {"notices": 0, "emails": 0}
    assert not CatalogEvent.objects.filter(payload__title="Ballerina").exists()
    assert mail.outbox == []

    publish(draft)
    deliver()
    texts = sorted(Notice.objects.filter(user=reader).values_list("text", flat=True))
    assert texts == [
        "Ballerina has a date: June 7, 2024 (Theatrical, worldwide), per Premiere.",
        "New in John Wick: Ballerina (film).",
    ]
    assert len(mail.outbox) == 2


def test_a_story_taken_down_tells_its_followers_the_date_is_gone_again(
    reader, follow, universe, draft, one, publish, editor, deliver
):
    from premiere.newsroom import services as newsroom

    franchise, chapters = universe
    follow(reader, franchise)
    desk.article_suggest(article=draft)
    desk.suggestion_accept(suggestion=one(draft, "new_title", name="Ballerina"), by=editor)
    desk.suggestion_accept(suggestion=one(draft, "release"), by=editor)
    publish(draft)
    deliver()
    newsroom.article_unpublish(article=draft, by=editor)  # Ballerina itself goes with it
    deliver()
    assert Notice.objects.filter(user=reader).latest("id").text == (
        "Ballerina has no date again (Theatrical, worldwide): the report of June 7, 2024 was "
        "withdrawn."
    )
    assert len(mail.outbox) == 3


def test_reminders_come_once_before_a_release_day_in_the_reader_s_region(
    reader, make_user, follow, saga, said_by, day
):
    today = timezone.localdate()
    release_day = today + timedelta(days=5)
    digital = catalog.release_move(
        release=saga["digital"], to=day(release_day.isoformat()), evidence=said_by()
    )
    follow(reader, saga["franchise"], remind_days=7)
    far = make_user("far")
    follow(far, saga["franchise"], region="GB", remind_days=3)  # five days out: not yet
    us_only = make_user("yank")
    follow(us_only, saga["franchise"], region="US", remind_days=7)
    catalog.release_set(
        title=saga["film"],
        region="US",
        medium="digital",
        when=day((release_day + timedelta(days=20)).isoformat()),
        evidence=said_by(),
    )  # the US has its own, later digital date: the worldwide one is not theirs
    NoticeSettings.objects.filter(user=reader).update(region="GB")

    assert delivery.reminders_make(today=today) == 1
    assert delivery.reminders_make(today=today) == 0
    notice = Notice.objects.get(kind="reminder")
    assert notice.user == reader and notice.release == digital
    assert notice.text == (
        f"Nightjar Rising comes out in 5 days: {day(release_day.isoformat())} (Digital, worldwide)."
    )
    # Two days later the three-day reminder is due too.
    assert delivery.reminders_make(today=today + timedelta(days=2)) == 1
    assert Notice.objects.get(kind="reminder", user=far).text.startswith(
        "Nightjar Rising comes out in 3 days"
    )


def test_no_reminder_for_a_date_not_known_to_the_day(reader, follow, saga, said_by, day):
    today = timezone.localdate()
    soon = today + timedelta(days=3)
    catalog.release_move(
        release=saga["digital"], to=day(f"{soon.year}-{soon.month:02}"), evidence=said_by()
    )
    follow(reader, saga["franchise"], remind_days=30)
    assert delivery.reminders_make(today=today) == 0


def test_an_event_that_cannot_be_told_is_set_aside_and_the_rest_go_on(
    reader, follow, saga, said_by, deliver
):
    follow(reader, saga["franchise"])
    broken = CatalogEvent.objects.create(kind="status_changed", title=saga["film"], payload={})
    catalog.title_status_set(title=saga["film"], status="filming", evidence=said_by())
    assert deliver()["notices"] == 1
    broken.refresh_from_db()
    assert broken.processed_at and "KeyError" in broken.problem
