"""Why a reader may not do something, in words the reader sees on the 403 page or form."""

from django.core.exceptions import PermissionDenied


class CommunityDenied(PermissionDenied):
    message = "You cannot do that."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class SignInRequired(CommunityDenied):
    message = "Sign in to comment."


class CommentingClosed(CommunityDenied):
    message = "Comments are closed on this story."


class NotYourComment(CommunityDenied):
    message = "Only the author can change or delete this comment."


class EditWindowClosed(CommunityDenied):
    message = "Comments can only be edited for a few minutes after posting."


class CommentUnavailable(CommunityDenied):
    message = "This comment is no longer available."


class CannotReportOwnComment(CommunityDenied):
    message = "You cannot report your own comment; edit or delete it instead."


class NotAModerator(CommunityDenied):
    message = "Only moderators can hide or restore comments."


class StaffAccountKept(CommunityDenied):
    message = (
        "Staff accounts cannot be deleted here: an administrator must remove your staff status "
        "first, so the newsroom does not lose your stories or your work by accident."
    )


class AccountHasStories(CommunityDenied):
    message = (
        "Your name is on stories in the newsroom: an administrator must give them another "
        "author before your account can be deleted."
    )
