"""Every change to accounts and comments goes through these functions: views, admin and tests."""

import ipaddress
import re
import unicodedata
from datetime import timedelta
from enum import StrEnum
from itertools import batched

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from premiere.core.ratelimit import hit
from premiere.core.signin import password_check
from premiere.core.text import render_comment

from .exceptions import (
    AccountHasStories,
    CommentingClosed,
    NotAModerator,
    SignInRequired,
    StaffAccountKept,
)
from .models import (
    COMMENT_MAX_LENGTH,
    Comment,
    CommentReport,
    PrivacyLogEntry,
    Profile,
    name_check,
)
from .querysets import MODERATE_PERMISSION
from .selectors import account_data
from .tasks import signup_mail
from .tokens import activation_link_valid, activation_url

# A download reads every comment a reader ever wrote: a few an hour is plenty for a person
# and keeps a stolen session or a script from turning it into load.
DATA_EXPORT_RATE = "5/3600"


def _words_in(text: str, words: list[str]) -> list[str]:
    """Return the listed words or phrases that occur in `text` as whole words, any case."""
    # NFKC folds look-alikes such as full-width letters and ligatures onto plain ones.
    text = unicodedata.normalize("NFKC", text).casefold()
    found = []
    for word in words:
        parts = unicodedata.normalize("NFKC", word).casefold().split()
        if parts and re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, parts)) + r"(?!\w)", text):
            found.append(word)
    return found


def _body_check(body: str) -> None:
    if not body.strip():
        raise ValidationError("Write something before posting.", code="empty")
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            f"Keep comments under {COMMENT_MAX_LENGTH:,} characters (this one has {len(body):,}).",
            code="too_long",
        )
    if banned := _words_in(body, settings.PREMIERE_BANNED_WORDS):
        quoted = ", ".join(f"“{word}”" for word in banned)
        raise ValidationError(
            f"Your comment contains language we do not allow ({quoted}). "
            "Please reword it and post again.",
            code="banned_words",
        )


def _is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm(MODERATE_PERMISSION)


def _needs_review(*, author, body: str) -> bool:
    if _words_in(body, settings.PREMIERE_SUSPECT_WORDS):
        return True
    first = settings.PREMIERE_HOLD_FIRST_COMMENTS
    # Staff are known people; holding their first comments would only slow the desk down.
    if first and not author.is_staff:
        return author.comments.visible().count() < first
    return False


def _ip_or_none(ip: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address(ip)) if ip else None
    except ValueError:
        return None


def comment_post(*, article, author, body: str, parent: Comment | None = None, ip=None) -> Comment:
    """Post a comment or a reply; it is held for review when the rules say so.

    Raise CommentingClosed unless the story is live, ValidationError for a body we refuse,
    and RateLimited when the author or their address posts too often.
    """
    if not author.is_authenticated or not author.is_active:
        raise SignInRequired()
    if not article.is_live:
        raise CommentingClosed()
    _body_check(body)
    parent_id = None
    if parent is not None:
        if parent.article_id != article.pk or parent.status != Comment.Status.VISIBLE:
            raise ValidationError(
                "The comment you replied to is no longer available.", code="parent"
            )
        # Replies are one level deep: deeper threads are unreadable on phones, so a reply
        # to a reply joins the thread of the top-level comment it belongs to.
        parent_id = parent.parent_id or parent.pk
    # Counted only once the comment would be accepted, so fixing a refused one is free.
    hit("comment-user", str(author.pk), settings.PREMIERE_COMMENT_RATE_USER)
    if ip:
        hit("comment-ip", ip, settings.PREMIERE_COMMENT_RATE_IP)
    held = _needs_review(author=author, body=body)
    comment = Comment(
        article=article,
        author=author,
        parent_id=parent_id,
        body=body,
        body_html=render_comment(body),
        status=Comment.Status.HELD if held else Comment.Status.VISIBLE,
        ip_address=_ip_or_none(ip),
    )
    with transaction.atomic():
        comment.save()
    return comment


def comment_edit(*, comment: Comment, by, body: str) -> Comment:
    """Change the text of one's own comment within the edit window."""
    comment.ensure_editable_by(by)
    if not comment.article.is_live:
        raise CommentingClosed()
    _body_check(body)
    if body == comment.body:
        return comment
    comment.body, comment.body_html = body, render_comment(body)
    comment.edited_at = timezone.now()
    # An edit must not smuggle in what posting would have held.
    if comment.status == Comment.Status.VISIBLE and _words_in(
        body, settings.PREMIERE_SUSPECT_WORDS
    ):
        comment.status = Comment.Status.HELD
    with transaction.atomic():
        comment.save(update_fields=["body", "body_html", "edited_at", "status"])
    return comment


def comment_delete(*, comment: Comment, by) -> Comment:
    """Delete one's own comment. Its replies stay, under a "removed" placeholder."""
    comment.ensure_changeable_by(by)
    comment.status, comment.is_featured = Comment.Status.DELETED, False
    with transaction.atomic():
        comment.save(update_fields=["status", "is_featured"])
    return comment


def comment_report(*, comment: Comment, by, reason: str, note: str = "") -> CommentReport:
    """Flag someone else's comment for the moderators; reporting twice changes nothing."""
    comment.ensure_reportable_by(by)
    if reason not in CommentReport.Reason.values:
        raise ValidationError("Choose why you are reporting this comment.", code="reason")
    with transaction.atomic():
        report, _ = CommentReport.objects.get_or_create(
            comment=comment, reporter=by, defaults={"reason": reason, "note": note.strip()[:500]}
        )
    return report


def _moderate(comment: Comment, by, status: str) -> Comment:
    if not _is_moderator(by):
        raise NotAModerator()
    if comment.status == Comment.Status.DELETED:
        raise ValidationError("Its author deleted this comment.", code="deleted")
    comment.status = status
    with transaction.atomic():
        comment.save(update_fields=["status"])
        # A decision on the comment answers every open report about it.
        comment.reports.filter(resolved=False).update(resolved=True)
    return comment


def comment_hide(*, comment: Comment, by) -> Comment:
    """Hide a comment from readers; moderators only."""
    return _moderate(comment, by, Comment.Status.HIDDEN)


def comment_restore(*, comment: Comment, by) -> Comment:
    """Make a held or hidden comment visible (or keep a reported one); moderators only."""
    return _moderate(comment, by, Comment.Status.VISIBLE)


def comment_feature(*, comment: Comment, by, featured: bool = True) -> Comment:
    """Pin a comment above the others, or unpin it; moderators only."""
    # Featuring puts words at the top of a story: the same right as hiding them, never
    # staff status alone (an editor's account is not a moderator's).
    if not _is_moderator(by):
        raise NotAModerator("Only moderators can feature comments.")
    if featured and comment.status != Comment.Status.VISIBLE:
        raise ValidationError("Only a visible comment can be featured.", code="not_visible")
    comment.is_featured = featured
    with transaction.atomic():
        comment.save(update_fields=["is_featured"])
    return comment


def _new_names_check(*, username: str, display_name: str) -> None:
    """Raise ValidationError, by field, for names of a new account that pass for another's."""
    errors = {}
    for field, name, what in [
        ("username", username, "username"),
        ("display_name", display_name, "name"),
    ]:
        if name:
            try:
                name_check(name, what=what)
            except ValidationError as error:
                errors[field] = error
    if errors:
        raise ValidationError(errors)


class SignupMail(StrEnum):
    """The e-mails a sign-up sends: which one depends on the address, never the page shown."""

    ACTIVATE = "activate"  # a new address: the link that activates its account
    STILL_WAITING = "still_waiting"  # its account waits for activation: a fresh link
    ADDRESS_IN_USE = "address_in_use"  # its account exists: sign in, or reset the password


def _signup_expired_purge(email: str) -> None:
    # An account whose link has expired can never be activated: it must not keep holding
    # the address (someone could sign up with another's address just to block it).
    cutoff = timezone.now() - timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
    get_user_model().objects.filter(
        email__iexact=email,
        is_active=False,
        profile__awaiting_activation=True,
        date_joined__lt=cutoff,
    ).delete()


def account_signup(
    *,
    username: str,
    email: str,
    password: str,
    display_name: str = "",
    site_url: str,
    next_url: str = "",
    ip: str | None = None,
) -> None:
    """Start an account for `email`, or tell the address's owner that someone tried.

    Return nothing, and answer alike either way, so signing up cannot tell anyone whether
    an address has an account. A new address gets an inactive account and an e-mail with
    the link that activates it (`next_url` is where the link leads after); an address with
    an account gets an e-mail saying someone tried, and nothing is made: one account per
    address, or a password reset would not know whose password to reset.

    Raise ValidationError, by field, for names that pass for another member's, and
    RateLimited when `ip` signs up too often (whatever the addresses).
    """
    display_name = display_name.strip()
    _new_names_check(username=username, display_name=display_name)
    if ip:
        hit("signup-ip", ip, settings.PREMIERE_SIGNUP_RATE_IP)
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    with transaction.atomic():
        _signup_expired_purge(email)
        owner = User.objects.filter(email__iexact=email).select_related("profile").first()
        if owner is None:
            owner = User.objects.create_user(
                username=username, email=email, password=password, is_active=False
            )
            owner.profile.display_name = display_name
            owner.profile.awaiting_activation = True
            owner.profile.save(update_fields=["display_name", "awaiting_activation"])
            mail = SignupMail.ACTIVATE
        else:
            # Hashing the password is most of the time a new account takes: do it here too,
            # so how long the answer takes says nothing either.
            make_password(password)
            waiting = owner.profile.awaiting_activation and not owner.is_active
            mail = SignupMail.STILL_WAITING if waiting else SignupMail.ADDRESS_IN_USE
        # In the transaction: the queued e-mail and the account are kept or lost together.
        signup_mail.enqueue(mail, owner.pk, site_url, next_url)


def account_activation_resend(*, user, site_url: str, next_url: str = "", ip=None) -> None:
    """E-mail a fresh activation link to an account still waiting for one.

    For the sign-in page, once the account's password was given: the link goes to the
    account's own address. Raise RateLimited as sign-ups do (the same count per address).
    """
    if user.is_active or not user.profile.awaiting_activation:
        return
    if ip:
        hit("signup-ip", ip, settings.PREMIERE_SIGNUP_RATE_IP)
    signup_mail.enqueue(SignupMail.ACTIVATE, user.pk, site_url, next_url)


def signup_mail_send(*, mail: SignupMail, user, site_url: str, next_url: str = "") -> None:
    """Send `user` the sign-up e-mail `mail`, with fresh links (the worker calls this)."""
    context = {
        "site_name": settings.PREMIERE_SITE_NAME,
        "user": user,
        "login_url": site_url + reverse("community:login"),
        "reset_url": site_url + reverse("community:password_reset"),
    }
    if mail != SignupMail.ADDRESS_IN_USE:
        context["activation_url"] = activation_url(user, site_url=site_url, next_url=next_url)
    # The e-mails hold no text the person signing up chose (not even the username): they
    # may go to someone else's address, and must not carry a stranger's words there.
    subject = render_to_string(f"registration/signup_{mail}_subject.txt", context)
    body = render_to_string(f"registration/signup_{mail}_email.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[user.email]).send()


def account_activate(*, user, token: str):
    """Activate a new account from its e-mailed link; a link works once, until it expires.

    Raise ValidationError for a link that does not (or no longer) activate this account.
    """
    if not activation_link_valid(user, token):
        raise ValidationError(
            "This link no longer works: links work once, and expire after a few days.",
            code="invalid_link",
        )
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        user.profile.awaiting_activation = False
        user.profile.save(update_fields=["awaiting_activation"])
    return user


def profile_update(*, profile: Profile, by, display_name: str, bio: str) -> Profile:
    """Change one's own display name and bio."""
    if profile.user_id != by.pk:
        raise PermissionDenied("You can only change your own profile.")
    profile.display_name, profile.bio = display_name.strip(), bio.strip()
    profile.full_clean()
    with transaction.atomic():
        profile.save(update_fields=["display_name", "bio"])
    return profile


# A reader's data is theirs


def _only_yourself(user, by, what: str) -> None:
    if not by.is_authenticated or by.pk != user.pk:
        raise PermissionDenied(f"You can only {what} your own account.")


def account_export(*, user, by, site_url: str = "") -> dict:
    """Return everything stored about `user` for them to download, and log the download.

    Raise RateLimited after a few downloads an hour.
    """
    _only_yourself(user, by, "download the data of")
    hit("data-export", str(user.pk), DATA_EXPORT_RATE)
    data = account_data(user=user, site_url=site_url)
    PrivacyLogEntry.objects.create(
        user=user, username=user.get_username(), action=PrivacyLogEntry.Action.EXPORT
    )
    return data


def account_ensure_deletable(*, user) -> None:
    """Raise the reason `user` may not delete their own account, if there is one."""
    # An editor's account holds the newsroom's work (stories, revisions, accepted facts):
    # removing it must be an administrator's deliberate act, not a click on a reader's page.
    if user.is_staff or user.is_superuser:
        raise StaffAccountKept()
    # Stories keep their author (PROTECT): a demoted writer's stories need a new byline first.
    if user.articles.exists():
        raise AccountHasStories()


def _password_confirm(*, user, password: str, request=None) -> None:
    # From a web form the sign-in throttle counts this too: a session left open on a shared
    # computer must not become a way to guess the password (PasswordGuessing when locked).
    confirmed = (
        password_check(request, user, password) if request else user.check_password(password)
    )
    if not confirmed:
        raise ValidationError("That is not your password.", code="password")


# Ids a query of _comments_erase names at once: PostgreSQL takes at most 65,535 values in one
# query, and a prolific member's comments may be more.
ERASE_BATCH = 10_000


def _comments_erase(comments) -> None:
    """Delete these comments, keeping an empty placeholder for each one others answered.

    The replies are their authors' words, not ours to delete: under the placeholder they still
    read as a thread ("This comment was removed."), and the placeholder holds nothing personal.
    """
    ids = set(comments.values_list("pk", flat=True))
    answered = set()
    for chunk in batched(ids, ERASE_BATCH):
        replies = Comment.objects.filter(parent__in=chunk).values_list("pk", "parent")
        answered |= {parent for pk, parent in replies if pk not in ids}
    for chunk in batched(ids - answered, ERASE_BATCH):
        Comment.objects.filter(pk__in=chunk).delete()
    for chunk in batched(answered, ERASE_BATCH):
        Comment.objects.filter(pk__in=chunk).update(
            author=None,
            ip_address=None,
            body="",
            body_html="",
            status=Comment.Status.DELETED,
            is_featured=False,
            edited_at=None,
        )
        # Nothing is left to moderate.
        CommentReport.objects.filter(comment__in=chunk, resolved=False).update(resolved=True)


def account_delete(*, user, by, password: str, comments: str, request=None) -> PrivacyLogEntry:
    """Delete one's own account with its profile, the reports it sent, its follows and notices.

    `comments` is a PrivacyLogEntry.Comments choice: remove them, or keep them without an
    author ("Deleted member") and without the address they were posted from. Raise
    ValidationError for a wrong password and change nothing; RateLimited after repeated ones.
    """
    # Deleted, not deactivated and scrubbed: a kept row would still hold a username, dates and
    # group memberships, and every field added to accounts later would have to be remembered
    # here. Deleting leaves nothing behind but the username in the privacy log.
    _only_yourself(user, by, "delete")
    account_ensure_deletable(user=user)
    if comments not in PrivacyLogEntry.Comments.values:
        raise ValidationError("Choose what happens to your comments.", code="comments")
    _password_confirm(user=user, password=password, request=request)
    with transaction.atomic():
        if comments == PrivacyLogEntry.Comments.ANONYMIZE:
            # Comments the reader deleted themselves are not kept: that was their choice.
            user.comments.exclude(status=Comment.Status.DELETED).update(
                author=None, ip_address=None
            )
        _comments_erase(user.comments.all())
        entry = PrivacyLogEntry.objects.create(
            username=user.get_username(), action=PrivacyLogEntry.Action.DELETE, comments=comments
        )
        # Cascades to the profile, the reports sent, the group memberships, the follows,
        # notices, notice e-mails and notice settings, and empties
        # the account's earlier log entries' link to it.
        user.delete()
    return entry
