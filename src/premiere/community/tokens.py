"""The links e-mailed at sign-up: a token like a password reset's, and the URLs around it."""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    """Django's password reset tokens, salted apart so neither kind passes for the other.

    They expire the same way (PASSWORD_RESET_TIMEOUT) and stop working once the account is
    active: the state is part of the hash, as are the last sign-in and the password.
    """

    key_salt = "premiere.community.tokens.ActivationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


activation_tokens = ActivationTokenGenerator()


def activation_url(user, *, site_url: str, next_url: str = "") -> str:
    """Return the absolute link that activates `user`'s new account, with a fresh token."""
    path = reverse(
        "community:account_activate",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": activation_tokens.make_token(user),
        },
    )
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    return f"{site_url}{path}{query}"


def user_for_link(uidb64: str):
    """Return the account a link's `uidb64` names, or None if there is none."""
    User = get_user_model()
    try:
        pk = User._meta.pk.to_python(urlsafe_base64_decode(uidb64).decode())
        return User.objects.select_related("profile").get(pk=pk)
    except (TypeError, ValueError, OverflowError, User.DoesNotExist, ValidationError):
        return None


def activation_link_valid(user, token: str) -> bool:
    """Return True if `token` may still activate `user`'s account, which waits for it."""
    return (
        user is not None
        and not user.is_active
        and user.profile.awaiting_activation
        and activation_tokens.check_token(user, token)
    )
