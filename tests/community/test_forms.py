from premiere.community.forms import ProfileForm, SignupForm
from premiere.community.models import Profile

TOO_CLOSE = "too close to another member’s name"


def test_signup_asks_for_names_before_passwords(db):
    assert list(SignupForm().fields) == [
        "username",
        "email",
        "display_name",
        "password1",
        "password2",
    ]


def test_signup_does_not_tell_whether_an_address_is_registered(reader):
    form = SignupForm(
        {
            "username": "copy",
            "email": reader.email.upper(),
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        }
    )

    assert form.is_valid(), form.errors


def test_signup_says_on_each_field_which_name_passes_for_someone_else(reader):
    form = SignupForm(
        {
            "username": "ADA_L",
            "email": "new@example.test",
            "display_name": "Аda",  # a Cyrillic А
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        }
    )

    assert TOO_CLOSE in form.errors["username"][0]
    assert "look alike" in form.errors["display_name"][0]


def test_the_profile_form_refuses_a_copy_of_another_members_name(reader, other_reader):
    form = ProfileForm({"display_name": "ada l", "bio": ""}, instance=other_reader.profile)

    assert TOO_CLOSE in form.errors["display_name"][0]


def test_members_keep_a_name_they_already_had_when_changing_their_bio(reader, other_reader):
    # Names given before the check existed are not taken away by an unrelated edit.
    Profile.objects.filter(user=other_reader).update(display_name="Ada  L.")
    profile = Profile.objects.get(user=other_reader)

    form = ProfileForm({"display_name": "Ada  L.", "bio": "New bio"}, instance=profile)

    assert form.is_valid(), form.errors
