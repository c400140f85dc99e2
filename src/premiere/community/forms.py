from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordChangeForm, UserCreationForm
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
