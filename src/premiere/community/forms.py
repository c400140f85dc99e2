from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, UserCreationForm
from django.core.exceptions import ValidationError

from premiere.core.signin import PasswordGuessing, password_check

from .models import (
    COMMENT_MAX_LENGTH,
    Comment,
    CommentReport,
    PrivacyLogEntry,
    Profile,
    name_check,
)


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5, "aria-describedby": "comment-help"}),
        error_messages={"required": "Write something before posting."},
    )
    parent = forms.ModelChoiceField(
        queryset=Comment.objects.none(),
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "The comment you replied to is no longer available."},
    )

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Comment.objects.filter(article=article)


class CommentEditForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "aria-describedby": "comment-help"}),
        error_messages={"required": "Write something, or delete the comment instead."},
    )


class CommentReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="What is wrong with this comment?",
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label="Anything the moderators should know? (optional)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SignInForm(AuthenticationForm):
    """Sign-in that tells the owner of an account not yet activated to follow their link."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "awaiting_activation": (
            "Your account is not active yet: follow the link we emailed you to finish creating it."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The account, when its right password was given before it was activated.
        self.awaiting_activation = None

    def get_invalid_login_error(self):
        self.awaiting_activation = self._account_awaiting_activation()
        if self.awaiting_activation is not None:
            return ValidationError(
                self.error_messages["awaiting_activation"], code="awaiting_activation"
            )
        return super().get_invalid_login_error()

    def _account_awaiting_activation(self):
        # Only with the right password, so that the answer says nothing to someone guessing;
        # and never while the sign-in throttle holds the attempt (it was counted as failed).
        if getattr(self.request, "axes_locked_out", False):
            return None
        User = get_user_model()
        pending = (
            User.objects.filter(is_active=False, profile__awaiting_activation=True)
            .filter(**{User.USERNAME_FIELD: self.cleaned_data.get("username")})
            .select_related("profile")
            .first()
        )
        if pending is not None and pending.check_password(self.cleaned_data.get("password")):
            return pending
        return None


class ThrottledPasswordChangeForm(PasswordChangeForm):
    """The old password is checked through the sign-in throttle: an open session is no way to
    guess it."""

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request
        self.locked: PasswordGuessing | None = None

    def clean_old_password(self):
        old = self.cleaned_data["old_password"]
        try:
            confirmed = password_check(self.request, self.user, old)
        except PasswordGuessing as error:
            self.locked = error
            raise ValidationError(
                f"Too many wrong passwords. Try again in {error.wait_text}.", code="throttled"
            ) from None
        if not confirmed:
            raise ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old


class SignupForm(UserCreationForm):
    # Whether an address has an account is never said here (the service answers alike): a
    # sign-up form must not tell a stranger who has an account here.
    email = forms.EmailField(
        label="Email",
        help_text="We email you a link to finish creating your account. Never shown.",
    )
    display_name = forms.CharField(
        label="Display name",
        max_length=50,
        required=False,
        help_text="Shown with your comments. Leave empty to use your username.",
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    field_order = ["username", "email", "display_name", "password1", "password2"]

    def clean_username(self):
        username = super().clean_username()
        if username:  # None when Django found the very name taken and said so already
            name_check(username, what="username")
        return username

    def clean_display_name(self):
        display_name = self.cleaned_data["display_name"]
        if display_name:
            name_check(display_name)
        return display_name


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"bio": "A line or two about you, shown on your profile. No links."}


class AccountDeleteForm(forms.Form):
    # Worded for the reader here; the privacy log keeps the short labels of the model.
    COMMENT_CHOICES = [
        (
            PrivacyLogEntry.Comments.REMOVE,
            "Remove my comments. Where others replied, “This comment was removed.” "
            "stays so their replies still make sense.",
        ),
        (
            PrivacyLogEntry.Comments.ANONYMIZE,
            "Keep my comments, shown as “Deleted member” with no link to me. "
            "Their text stays as I wrote it.",
        ),
    ]

    comments = forms.ChoiceField(
        label="What happens to your comments?",
        choices=COMMENT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what happens to your comments."},
    )
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To be sure it is you.",
        error_messages={"required": "Enter your password to delete your account."},
    )
