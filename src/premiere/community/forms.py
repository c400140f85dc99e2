import contextlib
import hashlib

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.exceptions import ValidationError

from premiere.core.ratelimit import RateLimited, check, client_ip, hit

from .models import COMMENT_MAX_LENGTH, Comment, CommentReport, PrivacyLogEntry, Profile


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


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in that stops guessing: after too many failures from one address or for one
    username, every attempt is refused for a while, even with the right password."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": "Too many failed sign-in attempts. Try again in %(wait)s.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.rate_limited: RateLimited | None = None

    def _throttle_keys(self, username: str) -> list[tuple[str, str]]:
        # Hashed: a username is whatever a visitor typed, and not every cache takes any key.
        name = hashlib.sha256(username.casefold().encode()).hexdigest()
        ip = client_ip(self.request) if self.request is not None else "unknown"
        return [("login-ip", ip), ("login-user", name)]

    def clean(self):
        keys = self._throttle_keys(self.cleaned_data.get("username") or "")
        rate = settings.PREMIERE_LOGIN_FAILURE_RATE
        try:
            for scope, ident in keys:
                check(scope, ident, rate)
        except RateLimited as error:
            self.rate_limited = error
            raise ValidationError(
                self.error_messages["throttled"], code="throttled", params={"wait": error.wait_text}
            ) from None
        try:
            return super().clean()
        except ValidationError:
            for scope, ident in keys:
                # Over the limit now: this failure is counted and check() refuses the next try.
                with contextlib.suppress(RateLimited):
                    hit(scope, ident, rate)
            raise


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label="Email", help_text="Only used to reset your password; never shown."
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

    def clean_email(self):
        email = self.cleaned_data["email"]
        # One account per address, or a password reset could not know whose password to reset.
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise ValidationError(
                "An account already uses this email. Sign in, or reset your password."
            )
        return email


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
