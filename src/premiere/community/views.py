from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe
from django.views.generic import FormView, TemplateView

from premiere.catalog import regions
from premiere.core import signin
from premiere.core.pagecache import cached_page
from premiere.core.ratelimit import RateLimited, check, client_ip, hit
from premiere.core.views import rate_limited
from premiere.follows.selectors import saved_region
from premiere.newsroom.models import Article

from . import drafts, selectors, services
from .exceptions import EditWindowClosed
from .forms import (
    AccountDeleteForm,
    CommentEditForm,
    CommentForm,
    CommentReportForm,
    ProfileForm,
    SignInForm,
    SignupForm,
    ThrottledPasswordChangeForm,
)
from .models import Comment
from .tokens import activation_link_valid, user_for_link


def _wants_fragment(request) -> bool:
    """True when comments.js posted the form and will insert the reply itself."""
    return request.headers.get("X-Requested-With") == "fetch"


# comments.js inserts only responses that carry this header; anything else (a CSRF failure
# page, a proxy error) makes it fall back to an ordinary form submission.
FRAGMENT_HEADER = "X-Comment-Fragment"


def _error_fragment(request, errors, status: int, sign_in: str = ""):
    response = render(
        request,
        "community/_comment_errors.html",
        {"errors": errors, "sign_in": sign_in},
        status=status,
    )
    response[FRAGMENT_HEADER] = "error"
    return response


def _next_url(request, default: str) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return default


def _posted(request):
    # Not `request.POST or None`: an empty POST must still bind the form and show its errors.
    return request.POST if request.method == "POST" else None


def _comment_for(request, pk: int) -> Comment:
    return get_object_or_404(
        Comment.objects.visible_to(request.user)
        .filter(article__in=Article.objects.published())  # a pulled story stays pulled
        .select_related("article", "author__profile"),
        pk=pk,
    )


# Accounts


class LoginView(auth_views.LoginView):
    # Wrong passwords are counted and locked out by django-axes (premiere.core.signin), for
    # this form, the admin's and every other password check alike.
    form_class = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        # Django's view names the site by the address it was reached at ("127.0.0.1:8000"),
        # over the site's own name that every other page shows.
        return {**super().get_context_data(**kwargs), "site_name": settings.PREMIERE_SITE_NAME}

    def form_valid(self, form):
        response = super().form_valid(form)
        # On a new device too, the pages show the region the reader keeps in their settings.
        if region := saved_region(form.get_user()):
            regions.remember(response, self.request, region)
        return response

    def form_invalid(self, form):
        # The right password for an account not yet activated: whoever has it signed up, and
        # the link may be lost; a fresh one goes to the account's address, never elsewhere.
        if form.awaiting_activation is not None:
            try:
                services.account_activation_resend(
                    user=form.awaiting_activation,
                    site_url=self.request.build_absolute_uri("/").rstrip("/"),
                    next_url=_next_url(self.request, ""),
                    ip=client_ip(self.request),
                )
            except RateLimited:
                pass  # the link already sent still works; the form says to follow it
            else:
                messages.info(self.request, "We have emailed you a new link, just in case.")
        return super().form_invalid(form)


class SignupView(FormView):
    template_name = "registration/signup.html"
    form_class = SignupForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(_next_url(request, reverse(settings.LOGIN_REDIRECT_URL)))
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        # Refused before the form is read. The service counts a sign-up once it is accepted,
        # whatever the address, so a reader fixing a mistake in the form is not locked out.
        try:
            check("signup-ip", client_ip(request), settings.PREMIERE_SIGNUP_RATE_IP)
        except RateLimited as error:
            return rate_limited(request, error)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.account_signup(
                username=data["username"],
                email=data["email"],
                password=data["password1"],
                display_name=data["display_name"],
                site_url=self.request.build_absolute_uri("/").rstrip("/"),
                next_url=_next_url(self.request, ""),
                ip=client_ip(self.request),
            )
        except ValidationError as error:  # a name taken since the form checked it
            form.add_error(None, error)
            return self.form_invalid(form)
        except RateLimited as error:
            return rate_limited(self.request, error)
        # The same answer whether the address was new or had an account: see account_signup.
        return redirect("community:signup_done")

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=_next_url(self.request, ""), **kwargs)


signup_done = TemplateView.as_view(template_name="registration/signup_done.html")


def account_activate(request, uidb64, token):
    # The link's GET only shows a button; the POST activates. Mail scanners open links to
    # check them: a GET that activated would spend the link before its reader ever saw it.
    user = user_for_link(uidb64)
    if request.method == "POST" and user is not None:
        try:
            services.account_activate(user=user, token=token)
        except ValidationError:
            pass
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welcome to {settings.PREMIERE_SITE_NAME}!")
            return redirect(_next_url(request, reverse(settings.LOGIN_REDIRECT_URL)))
    context = {
        "validlink": request.method != "POST" and activation_link_valid(user, token),
        "next": _next_url(request, ""),
    }
    return render(request, "registration/activate.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = ThrottledPasswordChangeForm
    success_url = reverse_lazy("community:password_change_done")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.locked is not None:
            response.status_code = 429
            response["Retry-After"] = str(form.locked.retry_after)
        return response


password_change = PasswordChangeView.as_view()
_password_reset = auth_views.PasswordResetView.as_view(
    success_url=reverse_lazy("community:password_reset_done"),
    email_template_name="registration/password_reset_email.html",
    subject_template_name="registration/password_reset_subject.txt",
    extra_email_context={"site_name": settings.PREMIERE_SITE_NAME},
)


def password_reset(request, *args, **kwargs):
    # Each request sends an email: limit them so the form cannot be used to flood an inbox.
    if request.method == "POST":
        try:
            hit("password-reset", client_ip(request), settings.PREMIERE_PASSWORD_RESET_RATE_IP)
        except RateLimited as error:
            return rate_limited(request, error)
    return _password_reset(request, *args, **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    success_url = reverse_lazy("community:password_reset_complete")

    def form_valid(self, form):
        signin.unlock(form.user)  # the mail link proves the account is theirs: no wait
        return super().form_valid(form)


password_reset_confirm = PasswordResetConfirmView.as_view()


@require_safe
def profile(request, username):
    person = get_object_or_404(
        get_user_model().objects.select_related("profile"), username=username, is_active=True
    )
    comments = selectors.profile_comments(person=person, viewer=request.user)
    return render(request, "community/profile.html", {"person": person, "comments": comments})


@login_required
def profile_edit(request):
    profile = request.user.profile
    form = ProfileForm(_posted(request), instance=profile)
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, by=request.user, **form.cleaned_data)
        messages.success(request, "Your profile is saved.")
        return redirect("community:profile", username=request.user.username)
    return render(request, "community/profile_edit.html", {"form": form})


# A reader's data is theirs


@never_cache  # the file is personal: no shared cache or browser history may keep it
@login_required
def account_export(request):
    # The download is a POST (from the profile page's button) so a link cannot trigger it.
    if request.method != "POST":
        return redirect(reverse("community:profile_edit") + "#your-data")
    try:
        data = services.account_export(
            user=request.user,
            by=request.user,
            site_url=request.build_absolute_uri("/").rstrip("/"),
        )
    except RateLimited as error:
        return rate_limited(request, error)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    site, day = slugify(settings.PREMIERE_SITE_NAME), timezone.localdate()
    filename = f"{site}-data-{request.user.get_username()}-{day:%Y-%m-%d}.json"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@login_required
def account_delete(request):
    try:
        services.account_ensure_deletable(user=request.user)
    except PermissionDenied as error:
        return render(request, "community/account_delete.html", {"refused": error}, status=403)
    form = AccountDeleteForm(_posted(request))
    retry_after = None
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete(
                user=request.user, by=request.user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error("password", error)
        except RateLimited as error:
            form.add_error("password", f"Too many wrong passwords. Try again in {error.wait_text}.")
            retry_after = error.retry_after
        else:
            logout(request)
            messages.success(request, "Your account is deleted. Thank you for reading with us.")
            return redirect("newsroom:home")
    status = 429 if retry_after else 400 if form.errors else 200
    response = render(request, "community/account_delete.html", {"form": form}, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


# Comments


@require_safe
def comment_permalink(request, pk):
    """Send a comment's link to the page of its story's comments that shows it."""
    comment = get_object_or_404(
        Comment.objects.visible_to(request.user).select_related("article"), pk=pk
    )
    if comment.parent_id and (
        page := selectors.reply_page_number(reply=comment, user=request.user)
    ):
        # a reply too far down a long thread for the story's page: on the thread's own
        url = reverse("community:comment_replies", args=[comment.parent_id])
        query = f"?page={page}" if page > 1 else ""
    else:
        page = selectors.comment_page_number(comment=comment, user=request.user)
        url = comment.article.get_absolute_url()
        query = f"?comments={page}" if page > 1 else ""
    return redirect(f"{url}{query}#comment-{comment.pk}")


@require_safe
@cached_page("sections", "community")
def comment_replies(request, pk):
    """A long thread on a page of its own: the comment and all its replies, a page at a time
    (the story's page shows a thread's first replies and links here)."""
    try:
        context = selectors.thread_context(
            pk=pk, user=request.user, page_number=request.GET.get("page")
        )
    except Comment.DoesNotExist:
        raise Http404("No such thread.") from None
    response = render(request, "community/thread.html", context)
    response.page_tags = (f"article:{context['article'].pk}",)  # the story and its comments
    return response


@require_POST
def comment_post(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    fragment = _wants_fragment(request)
    if not request.user.is_authenticated:
        drafts.keep(request, article=article, body=request.POST.get("body", ""))
        if fragment:
            return _error_fragment(
                request,
                ["Sign in to post your comment: it is kept for you."],
                403,
                sign_in=selectors.comments_login_url(article),
            )
        messages.info(request, "Sign in to post your comment: it is kept for you.")
        return redirect_to_login(article.get_absolute_url() + "#comments")
    form = CommentForm(request.POST, article=article)
    if form.is_valid():
        try:
            comment = services.comment_post(
                article=article,
                author=request.user,
                body=form.cleaned_data["body"],
                parent=form.cleaned_data["parent"],
                ip=client_ip(request),
            )
        except ValidationError as error:
            form.add_error("body", error)
        except RateLimited as error:
            # Said with the comment still in its box, so nothing typed is lost.
            message = f"You are posting too often. Try again in {error.wait_text}."
            if fragment:
                response = _error_fragment(request, [message], 429)
            else:
                form.add_error(None, message)
                response = render(
                    request,
                    "community/comment_form.html",
                    {"form": form, "article": article},
                    status=429,
                )
            response["Retry-After"] = str(error.retry_after)
            return response
        except PermissionDenied as error:
            if not fragment:
                raise
            return _error_fragment(request, [str(error)], 403)
        else:
            return _comment_posted(request, comment, fragment)
    if fragment:
        errors = [error for field in form.errors.values() for error in field]
        return _error_fragment(request, errors, 400)
    return render(
        request, "community/comment_form.html", {"form": form, "article": article}, status=400
    )


def _comment_posted(request, comment: Comment, fragment: bool):
    held = comment.status == Comment.Status.HELD
    if fragment:
        comment.reply_list = []
        selectors.comment_flags_set(comment=comment, user=request.user, live=True)
        response = render(
            request,
            "community/_comment.html",
            {"comment": comment, "article": comment.article, "is_reply": comment.is_reply},
            status=201,
        )
        response[FRAGMENT_HEADER] = "comment"
        return response
    if held:
        messages.info(
            request,
            "Thanks! Your comment will appear once a moderator has read it.",
            extra_tags=comment.message_tag,
        )
    else:
        messages.success(request, "Your comment is posted.", extra_tags=comment.message_tag)
    return redirect(comment.get_absolute_url())


@login_required
def comment_edit(request, pk):
    comment = _comment_for(request, pk)
    form = CommentEditForm(_posted(request), initial={"body": comment.body})
    try:
        comment.ensure_editable_by(request.user)
    except EditWindowClosed:
        if request.method != "POST":
            raise
        # Saved a moment too late: said on the page with the new text still in its box, to
        # copy into a reply, not thrown away by an error page.
        form.is_valid()
        form.add_error(None, "The minutes to edit this comment are over, so it was not changed.")
        return _edit_page(request, form, comment, status=403)
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_edit(comment=comment, by=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error("body", error)
        else:
            messages.success(request, "Your comment is updated.", extra_tags=comment.message_tag)
            return redirect(comment.get_absolute_url())
    return _edit_page(request, form, comment, status=400 if form.errors else 200)


def _edit_page(request, form, comment, status: int):
    window = timedelta(minutes=settings.PREMIERE_COMMENT_EDIT_MINUTES)
    context = {"form": form, "comment": comment, "edit_until": comment.created_at + window}
    return render(request, "community/comment_edit.html", context, status=status)


@login_required
def comment_delete(request, pk):
    comment = _comment_for(request, pk)
    comment.ensure_changeable_by(request.user)
    if request.method == "POST":
        services.comment_delete(comment=comment, by=request.user)
        messages.success(request, "Your comment is deleted.")
        return redirect(comment.article.get_absolute_url() + "#comments")
    return render(request, "community/comment_delete.html", {"comment": comment})


@login_required
def comment_report(request, pk):
    comment = _comment_for(request, pk)
    comment.ensure_reportable_by(request.user)
    form = CommentReportForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        services.comment_report(comment=comment, by=request.user, **form.cleaned_data)
        messages.success(
            request,
            "Thank you. A moderator will look at this comment.",
            extra_tags=comment.message_tag,
        )
        return redirect(comment.get_absolute_url())
    status = 400 if form.errors else 200
    return render(
        request, "community/comment_report.html", {"form": form, "comment": comment}, status=status
    )


def _moderated(request, comment: Comment, change, done: str):
    """Apply a moderation service and go back to the comment, saying how it went."""
    try:
        change()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages), extra_tags=comment.message_tag)
    else:
        messages.success(request, done, extra_tags=comment.message_tag)
    return redirect(comment.get_absolute_url())


@login_required
@require_POST
def comment_hide(request, pk):
    comment = _comment_for(request, pk)
    return _moderated(
        request,
        comment,
        lambda: services.comment_hide(comment=comment, by=request.user),
        "The comment is hidden from readers.",
    )


@login_required
@require_POST
def comment_restore(request, pk):
    comment = _comment_for(request, pk)
    return _moderated(
        request,
        comment,
        lambda: services.comment_restore(comment=comment, by=request.user),
        "The comment is visible to readers.",
    )


@login_required
@require_POST
def comment_feature(request, pk):
    comment = _comment_for(request, pk)
    featured = request.POST.get("featured") != "0"
    return _moderated(
        request,
        comment,
        lambda: services.comment_feature(comment=comment, by=request.user, featured=featured),
        "The comment is featured." if featured else "The comment is no longer featured.",
    )
