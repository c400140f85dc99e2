"""The moderation queue. Every action calls a service, so the admin obeys the same rules."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q

from . import services
from .models import Comment, CommentReport, PrivacyLogEntry, Profile, name_check
from .querysets import MODERATE_PERMISSION


class OpenReportsFilter(admin.SimpleListFilter):
    title = "open reports"
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("yes", "Has open reports"), ("no", "No open reports")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(open_reports__gt=0)
        if self.value() == "no":
            return queryset.filter(open_reports=0)
        return queryset


class ReportInline(admin.TabularInline):
    model = CommentReport
    fields = ["reason", "note", "reporter", "created_at", "resolved"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = [
        "excerpt",
        "article",
        "author",
        "status",
        "open_reports",
        "is_featured",
        "created_at",
    ]
    list_filter = ["status", "is_featured", OpenReportsFilter]
    list_select_related = ["article", "author"]
    search_fields = ["body", "author__username", "author__profile__display_name"]
    date_hierarchy = "created_at"
    ordering = ["-created_at"]
    # Featuring is moderation too: every action needs the moderation right.
    actions = ["hide", "restore", "feature", "unfeature"]
    # Read-only: a change goes through an action, never a raw save of the form.
    fields = [
        "article",
        "author",
        "parent",
        "status",
        "is_featured",
        "body",
        "body_html",
        "created_at",
        "edited_at",
        "ip_address",
    ]
    readonly_fields = fields
    inlines = [ReportInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(open_reports=Count("reports", filter=Q(reports__resolved=False)))
        )

    @admin.display(description="open reports", ordering="open_reports")
    def open_reports(self, comment):
        return comment.open_reports

    @admin.display(description="comment")
    def excerpt(self, comment):
        return comment.excerpt

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_moderate_permission(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)

    def _apply(self, request, queryset, service, done: str, **kwargs):
        changed = 0
        for comment in queryset:
            try:
                service(comment=comment, by=request.user, **kwargs)
            except (PermissionDenied, ValidationError) as error:
                reason = " ".join(getattr(error, "messages", [str(error)]))
                self.message_user(request, f"#{comment.pk}: {reason}", messages.WARNING)
            else:
                changed += 1
        self.message_user(request, f"{changed} comment(s) {done}.", messages.SUCCESS)

    @admin.action(description="Hide from readers", permissions=["moderate"])
    def hide(self, request, queryset):
        self._apply(request, queryset, services.comment_hide, "hidden")

    @admin.action(
        description="Make visible (approve, restore, dismiss reports)", permissions=["moderate"]
    )
    def restore(self, request, queryset):
        self._apply(request, queryset, services.comment_restore, "visible")

    @admin.action(description="Feature (show first)", permissions=["moderate"])
    def feature(self, request, queryset):
        self._apply(request, queryset, services.comment_feature, "featured")

    @admin.action(description="Stop featuring", permissions=["moderate"])
    def unfeature(self, request, queryset):
        self._apply(request, queryset, services.comment_feature, "unfeatured", featured=False)


@admin.register(CommentReport)
class CommentReportAdmin(admin.ModelAdmin):
    list_display = ["comment", "reason", "reporter", "created_at", "resolved"]
    list_filter = ["resolved", "reason"]
    list_select_related = ["comment__author", "reporter"]
    search_fields = ["note", "comment__body", "reporter__username"]
    ordering = ["resolved", "-created_at"]
    fields = ["comment", "reason", "note", "reporter", "created_at", "resolved"]
    # Reports close when a moderator decides on the comment (hide or make visible).
    readonly_fields = fields

    def has_add_permission(self, request):
        return False


@admin.register(PrivacyLogEntry)
class PrivacyLogEntryAdmin(admin.ModelAdmin):
    """Readers' downloads and deletions. Read-only: the services write it, nobody else."""

    list_display = ["created_at", "username", "action", "comments"]
    list_filter = ["action", "comments"]
    search_fields = ["username"]
    date_hierarchy = "created_at"
    fields = ["created_at", "username", "action", "comments"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Only the "view" right opens it (superusers hold every right); the admin's default
        # would also let in anyone with "change", which the log does not even have.
        return request.user.has_perm("community.view_privacylogentry")


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ["display_name", "bio"]


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


class _UsernameCheck:
    """Refuse a new username that passes for another member's name, as sign-up does."""

    def clean_username(self):
        # The creation form has a check of its own (the same name in another case) to run first.
        clean = getattr(super(), "clean_username", None)
        username = clean() if clean else self.cleaned_data.get("username")
        if username and username != self.initial.get("username"):
            owner = self.instance if self.instance.pk else None
            name_check(username, user=owner, what="username")
        return username


class UserAddForm(_UsernameCheck, AdminUserCreationForm):
    pass


class UserEditForm(_UsernameCheck, UserChangeForm):
    pass


@admin.register(User)
class PremiereUserAdmin(UserAdmin):
    form = UserEditForm
    add_form = UserAddForm
    inlines = [*UserAdmin.inlines, ProfileInline]

    def get_inline_instances(self, request, obj=None):
        # An account gets its profile as it is made (handlers.profile_for_new_user): on the
        # add page the inline would make a second one and fail. Names are set on its page.
        return super().get_inline_instances(request, obj) if obj is not None else []
