"""Password guessing is slow everywhere, and nobody can lock a reader out from elsewhere."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def chief(make_user):
    return make_user("chief", is_staff=True, is_superuser=True)


def site_login(client, username, password=PASSWORD, ip="192.0.2.10"):
    return client.post(
        reverse("community:login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def admin_login(client, username, password=PASSWORD, ip="192.0.2.10"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


@pytest.mark.parametrize("login", [site_login, admin_login], ids=["site", "admin"])
def test_five_wrong_passwords_lock_out_even_the_right_one(client, ada, chief, settings, login):
    name = "chief" if login is admin_login else "ada"
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, name, "wrong").status_code == 200
    assert login(client, name, "wrong").status_code == 429  # the fifth locks
    response = login(client, name)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert re.search(
        r"Too many failed sign-in attempts\. Try again in \d+ minutes\.", response.content.decode()
    )
    assert 'href="/accounts/password/reset/">Forgot your password?' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_guessing_from_elsewhere_does_not_lock_the_reader_out(client, ada, settings):
    for n in range(3 * settings.AXES_FAILURE_LIMIT):
        site_login(client, "ada", "wrong", ip=f"203.0.113.{n % 4}")
    assert site_login(client, "ada", ip="198.51.100.7").status_code == 302


def test_one_address_guessing_many_accounts_is_stopped(client, ada, settings):
    settings.PREMIERE_SIGNIN_FAILURES_IP = "12/3600"
    for n in range(12):
        assert site_login(client, f"someone{n}", "wrong").status_code == 200
    response = site_login(client, "ada")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts. Try again in" in response.content.decode()
    assert admin_login(client, "ada").status_code == 429  # the admin's sign-in too
    assert site_login(client, "ada", ip="198.51.100.1").status_code == 302


def test_one_reader_s_typos_do_not_lock_out_others_at_the_same_address(
    client, ada, make_user, settings
):
    """An office or a phone network shares one address."""
    make_user("bo")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        site_login(client, "ada", "wrong")
    assert site_login(client, "ada").status_code == 429
    assert site_login(client, "bo").status_code == 302


def test_a_password_reset_lifts_the_lockout(client, ada, settings, mailoutbox):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        site_login(client, "ada", "wrong")
    assert site_login(client, "ada").status_code == 429
    client.post(reverse("community:password_reset"), {"email": ada.email}, REMOTE_ADDR="192.0.2.10")
    link = re.search(r"https?://[^/\s]+(/\S+)", mailoutbox[-1].body).group(1)
    form = client.get(link, follow=True)
    client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"new_password1": "fresh-pass-phrase-9", "new_password2": "fresh-pass-phrase-9"},
    )
    assert site_login(client, "ada", "fresh-pass-phrase-9").status_code == 302


def test_the_wait_grows_with_each_round_of_failures(client, ada, settings):
    from axes.models import AccessAttempt

    waits = []
    for _ in range(3):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            site_login(client, "ada", "wrong")
        waits.append(int(site_login(client, "ada")["Retry-After"]))
        AccessAttempt.objects.all().delete()  # the wait has passed
    assert waits == [15 * 60, 30 * 60, 60 * 60]


def test_a_correct_sign_in_resets_the_count(client, ada, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        site_login(client, "ada", "wrong")
    assert site_login(client, "ada").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        site_login(client, "ada", "wrong")
    assert site_login(client, "ada").status_code == 302


def test_the_password_change_form_cannot_be_used_to_guess(client, ada, settings):
    client.force_login(ada)
    url = reverse("community:password_change")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        wrong = client.post(
            url,
            {
                "old_password": "guess",
                "new_password1": "n3w-pass-phrase",
                "new_password2": "n3w-pass-phrase",
            },
            REMOTE_ADDR="192.0.2.10",
        )
        assert wrong.status_code == 200
    fifth = client.post(
        url,
        {
            "old_password": "guess",
            "new_password1": "n3w-pass-phrase",
            "new_password2": "n3w-pass-phrase",
        },
        REMOTE_ADDR="192.0.2.10",
    )
    assert fifth.status_code == 429
    right = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "n3w-pass-phrase",
            "new_password2": "n3w-pass-phrase",
        },
        REMOTE_ADDR="192.0.2.10",
    )
    assert right.status_code == 429
    assert "Too many failed sign-in attempts" in right.content.decode()
    ada.refresh_from_db()
    assert ada.check_password(PASSWORD)
