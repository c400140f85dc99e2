"""A reader's writes, with their permission and rate-limit checks inside."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from premiere.core.ratelimit import RateLimited
from premiere.follows import services
from premiere.follows.exceptions import NotYourFollow, SignInRequired
from premiere.follows.models import Follow, Notice, NoticeSettings
from premiere.follows.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db


def test_following_twice_is_one_follow_and_the_first_keeps_the_reader_s_region(
    reader, saga, section
):
    first = services.follow_add(by=reader, target=saga["franchise"], region="GB")
    assert services.follow_add(by=reader, target=saga["franchise"], region="FR") == first
    services.follow_add(by=reader, target=section, region="FR")
    assert Follow.objects.filter(user=reader).count() == 2
    assert NoticeSettings.objects.get(user=reader).region == "GB"
    assert first.every_release and first.remind_days is None


def test_a_region_the_picker_does_not_offer_is_kept_as_worldwide(reader, saga):
    services.follow_add(by=reader, target=saga["film"], region="ZZ")
    assert NoticeSettings.objects.get(user=reader).region == "WW"


def test_signed_out_visitors_cannot_follow(saga):
    with pytest.raises(SignInRequired):
        services.follow_add(by=AnonymousUser(), target=saga["film"])


def test_only_the_follower_changes_or_removes_a_follow(reader, make_user, saga):
    mine = services.follow_add(by=reader, target=saga["film"])
    other = make_user("grace")
    with pytest.raises(NotYourFollow):
        services.follow_choose(by=other, follow=mine, every_release=False, kinds=["digital"])
    with pytest.raises(NotYourFollow):
        services.follow_remove(by=other, follow=mine)
    services.follow_remove(by=reader, follow=mine)
    assert not Follow.objects.exists()


def test_following_and_unfollowing_is_rate_limited_per_reader(reader, make_user, saga, settings):
    settings.PREMIERE_FOLLOW_RATE_USER = "3/60"
    for _ in range(3):
        services.follow_add(by=reader, target=saga["film"])
    with pytest.raises(RateLimited):
        services.follow_add(by=reader, target=saga["franchise"])
    services.follow_add(by=make_user("grace"), target=saga["film"])  # someone else's count


def test_choosing_kinds_of_release_and_a_reminder(reader, saga):
    follow = services.follow_add(by=reader, target=saga["franchise"])
    services.follow_choose(
        by=reader,
        follow=follow,
        every_release=False,
        kinds=["digital", "platform:ps5", "digital"],
        remind_days=7,
    )
    follow.refresh_from_db()
    assert (follow.every_release, follow.release_types, follow.remind_days) == (
        False,
        ["digital", "platform:ps5"],
        7,
    )
    assert follow.accepts("digital") and not follow.accepts("theatrical")
    services.follow_choose(by=reader, follow=follow, every_release=True, kinds=["digital"])
    follow.refresh_from_db()
    assert follow.release_types == [] and follow.accepts("theatrical")


@pytest.mark.parametrize(
    ("kinds", "remind_days"), [(["cinema"], None), (["platform:"], None), ([], 2), ([], 365)]
)
def test_kinds_and_reminders_must_be_ones_offered(reader, saga, kinds, remind_days):
    follow = services.follow_add(by=reader, target=saga["film"])
    with pytest.raises(ValidationError):
        services.follow_choose(
            by=reader, follow=follow, every_release=False, kinds=kinds, remind_days=remind_days
        )


def test_notice_settings(reader):
    chosen = services.notice_settings_update(by=reader, email="daily", region="JP")
    assert (chosen.email, chosen.region) == ("daily", "JP")
    with pytest.raises(ValidationError):
        services.notice_settings_update(by=reader, email="hourly", region="JP")
    with pytest.raises(ValidationError):
        services.notice_settings_update(by=reader, email="off", region="XX")


def test_marking_notices_read_one_or_all_and_only_one_s_own(reader, make_user):
    other = make_user("grace")
    mine = [Notice.objects.create(user=reader, kind="status_changed", text=f"{n}") for n in "ab"]
    theirs = Notice.objects.create(user=other, kind="status_changed", text="c")
    assert services.notices_read(by=reader, notice_ids=[mine[0].pk, theirs.pk]) == 1
    assert services.notices_read(by=reader) == 1
    assert services.notices_read(by=reader) == 0
    assert Notice.objects.filter(user=other).unread().count() == 1


def test_unsubscribing_needs_only_the_token(reader):
    assert services.emails_unsubscribe(token=unsubscribe_token(reader)) == reader
    assert NoticeSettings.objects.get(user=reader).email == NoticeSettings.Email.OFF
    for forged in ["", f"{reader.pk}", f"{reader.pk}.forged", unsubscribe_token(reader) + "x"]:
        with pytest.raises(ValidationError):
            services.emails_unsubscribe(token=forged)
