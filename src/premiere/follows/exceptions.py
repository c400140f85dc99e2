"""Why a reader may not do something, in the words the 403 page shows."""

from django.core.exceptions import PermissionDenied


class FollowsDenied(PermissionDenied):
    message = "You cannot do that."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class SignInRequired(FollowsDenied):
    message = "Sign in to follow."


class NotYourFollow(FollowsDenied):
    message = "Only the reader who follows this can change it."
