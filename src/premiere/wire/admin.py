from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from premiere.newsroom.models import Section

from . import services
from .models import Feed, WireItem
from .safety import UnsafeURL, check_url
from .tasks import fetch_feed


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["source", "url", "active"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            check_url(url)
        except UnsafeURL as error:
            raise forms.ValidationError(f"This feed cannot be fetched: {error}.") from None
        return url


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    form = FeedForm
    list_display = ["source", "url", "active", "last_checked_at", "last_status", "failures"]
    list_filter = ["active", "source"]
    list_select_related = ["source"]
    search_fields = ["url", "source__name"]
    autocomplete_fields = ["source"]
    actions = ["fetch_now"]

    @admin.action(description="Fetch the selected feeds now", permissions=["change"])
    def fetch_now(self, request, queryset):
        # Never inside the request: a slow feed would hold a web worker. The worker fetches.
        feeds = list(queryset.select_related("source"))
        for feed in feeds:
            fetch_feed.enqueue(feed.pk)
        names = ", ".join(feed.source.name for feed in feeds)
        messages.success(
            request,
            f"Queued: {names}. The worker fetches them in the background; the results show "
            "in each feed's status within a minute.",
        )


class HasFactsFilter(admin.SimpleListFilter):
    title = "what it may hold"
    parameter_name = "holds"

    def lookups(self, request, model_admin):
        return [("new", "Possible new facts"), ("moves", "Possible date changes")]

    def queryset(self, request, queryset):
        if self.value() == "new":
            return queryset.filter(new_facts__gt=0)
        if self.value() == "moves":
            return queryset.filter(date_changes__gt=0)
        return queryset


@admin.register(WireItem)
class WireItemAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "feed_source",
        "published_at",
        "new_facts",
        "date_changes",
        "article_link",
    ]
    list_filter = [HasFactsFilter, "feed__source"]
    list_select_related = ["feed__source", "article"]
    search_fields = ["title", "summary"]
    readonly_fields = [
        "feed",
        "url_link",
        "title",
        "summary",
        "published_at",
        "fetched_at",
        "found",
        "article_link",
    ]
    fields = readonly_fields
    change_form_template = "admin/wire/wireitem_change_form.html"

    def has_add_permission(self, request):
        return False

    @admin.display(description="Source", ordering="feed__source__name")
    def feed_source(self, obj):
        return obj.feed.source.name

    @admin.display(description="Link")
    def url_link(self, obj):
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', obj.url, obj.url)

    @admin.display(description="Our story")
    def article_link(self, obj):
        if not obj.article_id:
            return "—"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:newsroom_article_change", args=[obj.article_id]),
            obj.article.headline,
        )

    @admin.display(description="Possible facts (start an article to review and accept them)")
    def found(self, obj):
        if not obj.suggestions:
            return "None found"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} <q>{}</q></li>",
                ((s.get("change") or s["kind"], s["sentence"]) for s in obj.suggestions),
            ),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/start-article/",
                self.admin_site.admin_view(self.start_article),
                name="wire_wireitem_start_article",
            )
        ] + super().get_urls()

    def start_article(self, request, pk):
        if request.method != "POST":
            return redirect(reverse("admin:wire_wireitem_change", args=[pk]))
        item = get_object_or_404(WireItem.objects.select_related("feed__source"), pk=pk)
        if not request.user.has_perm("newsroom.add_article"):
            raise PermissionDenied("Starting an article needs the right to add articles.")
        section = Section.objects.filter(pk=request.POST.get("section") or None).first()
        try:
            article = services.wire_item_start_article(item=item, by=request.user, section=section)
        except ValidationError as error:
            messages.error(request, f"Could not start a draft: {' '.join(error.messages)}")
            return redirect(reverse("admin:wire_wireitem_change", args=[pk]))
        messages.success(
            request, f"Draft started in {article.section.name}; the source is filled in."
        )
        return redirect(reverse("admin:newsroom_article_change", args=[article.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = WireItem.objects.filter(pk=object_id).first() if object_id.isdigit() else None
        extra = {
            "sections": Section.objects.all(),
            "suggested_section": services.section_for(item) if item else None,
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, extra)
