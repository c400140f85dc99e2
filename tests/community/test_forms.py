from premiere.community.forms import SignupForm


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
