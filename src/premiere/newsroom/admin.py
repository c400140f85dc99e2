from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from reversion.admin import VersionAdmin

from . import services
from .models import STANDFIRST_NEEDED, Article, Image, Section, Source, Tag
from .pictures import picture_check
from .renditions import renditions_of

# A scheduled time this far gone is a slip, not the minute the form took to fill in.
SLIP = timedelta(minutes=2)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "covers"]
    list_editable = ["position", "covers"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name", "url"]


class PictureField(forms.FileField):
    """An upload field that takes what `picture_check` takes and shows why it refuses one.

    It stands in for Django's ImageField, whose own Pillow check tries every format Pillow
    knows and answers anything it dislikes with one vague message.
    """

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            picture_check(upload)
        return upload

    def widget_attrs(self, widget):
        # Only a hint to the browser's file picker; what a file is comes from its content.
        return {
            **super().widget_attrs(widget),
            "accept": "image/jpeg,image/png,image/webp,image/gif",
        }


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    formfield_overrides = {models.ImageField: {"form_class": PictureField}}
    list_display = ["thumbnail", "id", "caption", "credit", "size", "uploaded_at"]
    list_display_links = ["thumbnail", "id"]
    search_fields = ["caption", "alt_text", "credit"]
    readonly_fields = ["thumbnail", "size", "markdown"]
    fields = [
        "file",
        "thumbnail",
        "size",
        "alt_text",
        "caption",
        "credit",
        "focal_x",
        "focal_y",
        "markdown",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("renditions")

    @admin.display(description="Preview")
    def thumbnail(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" width="160">', renditions_of(obj)["src"], obj.alt_text
        )

    @admin.display(description="Original size")
    def size(self, obj):
        return f"{obj.width} × {obj.height}" if obj.pk else "—"

    @admin.display(description="Use in an article body")
    def markdown(self, obj):
        return f"[image:{obj.pk}]" if obj.pk else "Save first"

    def save_model(self, request, obj, form, change):
        services.image_save(
            image=obj,
            by=request.user,
            file_changed=change and bool({"file", "focal_x", "focal_y"} & set(form.changed_data)),
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The form checked the picture; storing it can still fail (a full disk, a media folder
        # that cannot be written). The service kept nothing: say why, back on the same form.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(request.get_full_path())


class ArticleAdminForm(forms.ModelForm):
    """The article form. Status and time are not model fields here: saving hands them to the
    publishing services, the one way a story is published, scheduled or taken down."""

    status = forms.ChoiceField(choices=Article.Status.choices, initial=Article.Status.DRAFT)
    publish_at = forms.SplitDateTimeField(
        required=False,
        widget=AdminSplitDateTime,
        label="Publish at",
        help_text="When readers first see it. Leave empty to publish now.",
    )
    # The version the editor opened: a save over a newer one (the review page set the story's
    # source meanwhile, a colleague edited it, or Back brought an old form) is refused, not
    # allowed to put the old values back.
    opened_version = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Article
        fields = [
            "headline",
            "slug",
            "section",
            "standfirst",
            "body",
            "link_mentions",
            "hero_image",
            "tags",
            "author",
            "source",
            "source_url",
        ]
        # The admin adds every field of its fieldsets to the form; these two must never be
        # copied onto the article by the form itself.
        exclude = ["status", "publish_at"]  # noqa: DJ006 - with `fields`, as the admin needs
        # A headline and a standfirst read whole as they are typed (the admin's 20em box cut
        # them off): the admin's own wide class, no inline style for the CSP to refuse.
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "standfirst": forms.Textarea(attrs={"class": "vLargeTextField", "rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["status"].initial = self.instance.status
            self.fields["publish_at"].initial = self.instance.publish_at
            self.fields["opened_version"].initial = self.instance.updated_at.isoformat()
        # Back to this page would have the browser put the values typed before over the ones
        # just loaded (a source set on the review page, emptied again on Save).
        for field in self.fields.values():
            getattr(field.widget, "widget", field.widget).attrs["autocomplete"] = "off"

    def clean_body(self):
        body = self.cleaned_data["body"]
        services.body_check(body)
        return body

    def clean(self):
        cleaned = super().clean()
        self._check_still_current(cleaned.get("opened_version"))
        going_out = cleaned.get("status") not in (None, Article.Status.DRAFT)
        if going_out and not (cleaned.get("standfirst") or "").strip():
            # (publishing is the service's, after the form: its check would come too late)
            self.add_error("standfirst", STANDFIRST_NEEDED)
        if cleaned.get("status") == Article.Status.SCHEDULED and not cleaned.get("publish_at"):
            self.add_error("publish_at", "A scheduled article needs a publication time.")
        elif self._scheduled_in_the_past(cleaned):
            # Scheduling means later: a time gone by is a slip (the day, a.m. for p.m.), and
            # saving it would put the story out at once, dated back.
            self.add_error(
                "publish_at",
                "That time has passed. Pick a later one, or choose Published to put the story "
                "out now dated at that time.",
            )
        return cleaned

    def _scheduled_in_the_past(self, cleaned) -> bool:
        at = cleaned.get("publish_at")
        if cleaned.get("status") != Article.Status.SCHEDULED or at is None:
            return False
        # Unchanged, it is the time it had: editing a scheduled story that went out since.
        return self.publication_changed() and at < timezone.now() - SLIP

    def _check_still_current(self, opened: str | None) -> None:
        if not self.instance.pk or not opened:
            return
        saved = Article.objects.filter(pk=self.instance.pk).values_list("updated_at", flat=True)
        latest = saved.first()
        if latest is not None and latest.isoformat() != opened:
            raise ValidationError(
                "This story was saved again after this page was opened (on its review page, "
                "another tab or by a colleague), so saving this page would undo that. Nothing "
                "was saved: copy what you changed, reload the page and make the change again."
            )

    def publication_changed(self) -> bool:
        """True when the editor asked for another status or time (the form shows whole seconds)."""
        at, stored = self.cleaned_data.get("publish_at"), self.instance.publish_at
        if self.cleaned_data.get("status") != self.instance.status or (at is None) != (
            stored is None
        ):
            return True
        return at is not None and abs((at - stored).total_seconds()) >= 1


@admin.register(Article)
class ArticleAdmin(VersionAdmin):
    form = ArticleAdminForm
    list_display = ["headline", "section", "status_label", "publish_at", "author", "preview_link"]
    list_filter = ["status", "section", "source"]
    list_select_related = ["section", "author"]
    date_hierarchy = "publish_at"
    search_fields = ["headline", "standfirst", "body", "slug"]
    autocomplete_fields = ["source", "tags", "hero_image"]
    prepopulated_fields = {"slug": ["headline"]}
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "headline",
                    "slug",
                    "section",
                    "standfirst",
                    "body",
                    "link_mentions",
                    "hero_image",
                    "tags",
                    "opened_version",
                ]
            },
        ),
        (
            "Publishing",
            {
                "fields": ["status", "publish_at", "author"],
                "description": "Scheduled stories appear by themselves at their time.",
            },
        ),
        ("Source", {"fields": ["source", "source_url"]}),
    ]

    def view_on_site(self, obj):
        # The story as readers have it once it is out; the staff preview until then.
        return obj.get_absolute_url() if obj.is_live else reverse("newsroom:preview", args=[obj.pk])

    @admin.display(description="Status", ordering="status")
    def status_label(self, obj):
        if obj.status == Article.Status.SCHEDULED and obj.is_live:
            return "Published (was scheduled)"
        return obj.get_status_display()

    @admin.display(description="Preview")
    def preview_link(self, obj):
        return format_html('<a href="{}">Preview</a>', reverse("newsroom:preview", args=[obj.pk]))

    def get_changeform_initial_data(self, request):
        return {"author": request.user.pk, **super().get_changeform_initial_data(request)}

    def delete_model(self, request, obj):
        services.article_delete(article=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article, by=request.user)

    def save_model(self, request, obj, form, change):
        status, at = form.cleaned_data["status"], form.cleaned_data.get("publish_at")
        if change and not form.publication_changed():
            services.article_save(article=obj, by=request.user, comment="Edited")
        elif status == Article.Status.DRAFT:
            if obj.pk and obj.status != Article.Status.DRAFT:
                services.article_unpublish(article=obj, by=request.user)
            else:
                services.article_save(article=obj, by=request.user, comment="Created")
        else:
            services.article_publish(article=obj, by=request.user, at=at)
