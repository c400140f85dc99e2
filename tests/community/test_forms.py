from django.test import RequestFactory

from premiere.community.forms import SignupForm, ThrottledAuthenticationForm


def test_signup_asks_for_names_before_passwords(db):
    assert list(SignupForm().fields) == [
        "username",
        "email",
        "display_name",
        "password1",
        "password2",
    ]


def test_signup_email_check_ignores_case(reader):
    form = SignupForm(
        {
            "username": "copy",
            "email": reader.email.upper(),
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        }
    )

    assert "email" in form.errors


def test_a_throttled_sign_in_says_how_long_to_wait(settings, reader):
    settings.PREMIERE_LOGIN_FAILURE_RATE = "1/900"
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.5")
    wrong = ThrottledAuthenticationForm(request, {"username": "ada", "password": "nope"})
    assert not wrong.is_valid() and wrong.rate_limited is None

    right = ThrottledAuthenticationForm(
        request, {"username": "ada", "password": "a-long-test-password"}
    )

    assert not right.is_valid()
    assert right.rate_limited is not None
    [message] = right.non_field_errors()
    assert message.startswith("Too many failed sign-in attempts. Try again in ")
