import pytest
from django.urls import reverse

from premiere.community import services
from premiere.community.models import Comment

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
