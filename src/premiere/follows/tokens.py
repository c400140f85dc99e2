"""The unsubscribe link's token: it names the reader and proves we made it.

Signed, not stored: the link in an e-mail sent a year ago still works, needs no sign-in, and
can be made for any reader without a write. It only turns e-mails off, so it never expires;
changing SECRET_KEY retires every old link.
"""

from django.contrib.auth import get_user_model
from django.core import signing

SIGNER = signing.Signer(salt="premiere.follows.unsubscribe", sep=".")


def unsubscribe_token(user) -> str:
    return SIGNER.sign(str(user.pk))


def user_for_token(token: str):
    """Return the active reader the token was made for, or None for a token we did not make."""
    try:
        pk = int(SIGNER.unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()
