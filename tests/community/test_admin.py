import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from premiere.community import services
from premiere.community.models import Comment, PrivacyLogEntry

CHANGELIST = "admin:community_comment_changelist"


@pytest.fixture
def staff_moderator(moderator):
    # The admin is for staff; a moderator who works the queue there needs is_staff too.
    moderator.is_staff = True
    moderator.save()
    return moderator


def run_action(client, action, *comments):
    return client.post(
        reverse(CHANGELIST),
        {"action": action, "_selected_action": [c.pk for c in comments]},
        follow=True,
    )


def test_the_queue_lists_comments_with_open_report_counts(
    client, staff_moderator, make_comment, other_reader, make_user
):
    reported = make_comment("Reported one")
    make_comment("Quiet one")
    for reporter in (other_reader, make_user()):
        services.comment_report(comment=reported, by=reporter, reason="spam")
    client.force_login(staff_moderator)

    response = client.get(reverse(CHANGELIST), {"reported": "yes"})

    assert response.status_code == 200
    rows = list(response.context["cl"].result_list)
    assert rows == [reported] and rows[0].open_reports == 2
    assert "Quiet one" not in response.content.decode()
    assert client.get(reverse(CHANGELIST), {"status": "visible", "q": "quiet"}).status_code == 200


def test_moderators_hide_and_restore_from_the_queue(client, staff_moderator, make_comment):
    first, second = make_comment("One"), make_comment("Two")
    client.force_login(staff_moderator)

    run_action(client, "hide", first, second)
    assert set(Comment.objects.values_list("status", flat=True)) == {"hidden"}

    run_action(client, "restore", first)
    assert Comment.objects.get(pk=first.pk).status == "visible"


def test_staff_without_the_permission_get_no_moderation_actions(client, editor, make_comment):
    make_comment()
    client.force_login(editor)

    response = client.get(reverse(CHANGELIST))

    # The editor lacks view permission on comments, so the admin keeps them out entirely.
    assert response.status_code == 403


def test_staff_moderators_get_every_action(client, staff_moderator, make_comment):
    comment = make_comment()
    client.force_login(staff_moderator)

    actions = client.get(reverse(CHANGELIST)).context["action_form"].fields["action"].choices
    names = {name for name, _ in actions}

    assert {"hide", "restore", "feature", "unfeature"} <= names
    run_action(client, "feature", comment)
    assert Comment.objects.get().is_featured


def test_staff_who_may_view_the_queue_but_not_moderate_cannot_feature(client, editor, make_comment):
    comment = make_comment()
    editor.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(get_user_model().objects.get(pk=editor.pk))  # fresh permission cache

    page = client.get(reverse(CHANGELIST))
    run_action(client, "feature", comment)

    assert page.status_code == 200
    assert "Feature (show first)" not in page.content.decode()
    assert not Comment.objects.get().is_featured


def test_superusers_feature_from_the_queue(client, make_user, make_comment):
    boss = make_user("boss", is_staff=True, is_superuser=True)
    comment = make_comment()
    client.force_login(boss)

    run_action(client, "feature", comment)
    assert Comment.objects.get().is_featured
    run_action(client, "unfeature", comment)
    assert not Comment.objects.get().is_featured


def test_a_refused_action_is_reported_not_applied(client, make_user, make_comment, reader):
    boss = make_user("boss", is_staff=True, is_superuser=True)
    comment = make_comment()
    services.comment_delete(comment=comment, by=reader)
    client.force_login(boss)

    response = run_action(client, "restore", comment)

    assert "Its author deleted this comment." in response.content.decode()
    assert Comment.objects.get().status == "deleted"


def test_the_comment_page_is_read_only_with_its_reports(
    client, staff_moderator, make_comment, other_reader
):
    comment = make_comment()
    services.comment_report(comment=comment, by=other_reader, reason="abuse", note="Rude")
    client.force_login(staff_moderator)

    response = client.get(reverse("admin:community_comment_change", args=[comment.pk]))

    assert response.status_code == 200
    assert "Rude" in response.content.decode()
    assert 'name="body"' not in response.content.decode()


def test_reports_and_user_pages_load(client, make_user, make_comment, other_reader):
    boss = make_user("boss", is_staff=True, is_superuser=True)
    services.comment_report(comment=make_comment(), by=other_reader, reason="spam")
    client.force_login(boss)

    assert client.get(reverse("admin:community_commentreport_changelist")).status_code == 200
    response = client.get(reverse("admin:auth_user_change", args=[other_reader.pk]))
    assert 'name="profile-0-display_name"' in response.content.decode()


def test_the_admin_adds_an_account_then_names_it_on_its_page(client, make_user, reader):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))
    add = reverse("admin:auth_user_add")

    # Every account gets its profile when it is made: the add page has no second one to make.
    assert 'name="profile-0-display_name"' not in client.get(add).content.decode()
    response = client.post(add, {"username": "newstaff", "usable_password": "false"})

    user = get_user_model().objects.get(username="newstaff")
    assert response["Location"] == reverse("admin:auth_user_change", args=[user.pk])
    assert user.profile.username_key == "newstaff"


def test_the_admin_refuses_a_username_that_passes_for_a_member(client, make_user, reader):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))

    response = client.post(
        reverse("admin:auth_user_add"),
        {"username": "Ada.L", "usable_password": "false"},
    )

    assert response.status_code == 200
    assert "too close to another member’s name" in response.content.decode()
    assert not get_user_model().objects.filter(username="Ada.L").exists()


def post_user_page(client, user, **changes):
    """Post `user`'s admin page as it stands, with `changes` (the profile's as profile_…)."""
    data = {
        "username": user.username,
        "email": user.email,
        "is_active": "on",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
        "profile-TOTAL_FORMS": "1",
        "profile-INITIAL_FORMS": "1",
        "profile-0-id": str(user.profile.pk),
        "profile-0-user": str(user.pk),
        "profile-0-display_name": user.profile.display_name,
        "profile-0-bio": user.profile.bio,
    }
    for name, value in changes.items():
        data[name.replace("profile_", "profile-0-")] = value
    return client.post(reverse("admin:auth_user_change", args=[user.pk]), data)


def test_the_admin_saves_a_users_page_as_it_stands(client, make_user, other_reader):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))

    response = post_user_page(client, other_reader, profile_bio="Edited by the desk")

    assert response.status_code == 302
    assert get_user_model().objects.get(pk=other_reader.pk).profile.bio == "Edited by the desk"


def test_the_admin_renames_an_account_only_to_a_name_nobody_else_has(
    client, make_user, reader, other_reader
):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))

    response = post_user_page(client, other_reader, username="ADA")

    assert "too close to another member’s name" in response.content.decode()
    assert get_user_model().objects.get(pk=other_reader.pk).username == "grace"


def test_the_admin_refuses_a_display_name_that_passes_for_a_member(
    client, make_user, reader, other_reader
):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))

    response = post_user_page(client, other_reader, profile_display_name="Ada-L")

    assert "too close to another member’s name" in response.content.decode()
    assert get_user_model().objects.get(pk=other_reader.pk).profile.display_name == "Grace H."


# The privacy log

PRIVACY_LOG = "admin:community_privacylogentry_changelist"


@pytest.fixture
def logged(reader, other_reader):
    """An export by Ada, then Grace's account deleted with her comments kept anonymous."""
    services.account_export(user=reader, by=reader)
    services.account_delete(
        user=other_reader, by=other_reader, password="a-long-test-password", comments="anonymize"
    )
    return PrivacyLogEntry.objects.order_by("id")


def test_superusers_read_the_privacy_log(client, make_user, logged):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))

    response = client.get(reverse(PRIVACY_LOG))

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == list(reversed(logged))
    html = response.content.decode()
    assert "Downloaded their data" in html and "Deleted their account" in html
    assert "Kept, as “Deleted member”" in html
    assert "grace@example.test" not in html


def test_the_privacy_log_cannot_be_written_from_the_admin(client, make_user, logged):
    client.force_login(make_user("boss", is_staff=True, is_superuser=True))
    entry = logged.first()

    page = client.get(reverse("admin:community_privacylogentry_change", args=[entry.pk]))
    posted = client.post(
        reverse("admin:community_privacylogentry_change", args=[entry.pk]), {"username": "x"}
    )

    assert page.status_code == 200 and 'name="username"' not in page.content.decode()
    assert posted.status_code == 403
    assert client.get(reverse("admin:community_privacylogentry_add")).status_code == 403
    delete = reverse("admin:community_privacylogentry_delete", args=[entry.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert PrivacyLogEntry.objects.get(pk=entry.pk).username == "ada"
    assert 'value="delete_selected"' not in client.get(reverse(PRIVACY_LOG)).content.decode()


def test_staff_need_the_view_permission_for_the_privacy_log(
    client, editor, staff_moderator, logged
):
    for person in (editor, staff_moderator):
        client.force_login(person)
        assert client.get(reverse(PRIVACY_LOG)).status_code == 403

    editor.user_permissions.add(Permission.objects.get(codename="view_privacylogentry"))
    client.force_login(get_user_model().objects.get(pk=editor.pk))  # fresh permission cache
    assert client.get(reverse(PRIVACY_LOG)).status_code == 200


def test_the_log_has_no_right_to_grant_but_view(db):
    codenames = Permission.objects.filter(content_type__model="privacylogentry")

    assert list(codenames.values_list("codename", flat=True)) == ["view_privacylogentry"]


def test_the_queue_shows_comments_kept_after_their_author_left(
    client, staff_moderator, make_comment, reader
):
    make_comment("Kept words")
    services.account_delete(
        user=reader, by=reader, password="a-long-test-password", comments="anonymize"
    )
    client.force_login(staff_moderator)

    response = client.get(reverse(CHANGELIST))

    assert response.status_code == 200
    assert "Kept words" in response.content.decode()
    comment = Comment.objects.get()
    assert str(comment).startswith("Deleted member on")
    page = client.get(reverse("admin:community_comment_change", args=[comment.pk]))
    assert page.status_code == 200
