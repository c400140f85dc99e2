"""The catalog desk. Sourced facts are written through the services, so every edit made
here records its evidence and keeps history, exactly as imports and extraction do."""

from itertools import groupby

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.newsroom.admin import ArticleAdmin
from premiere.newsroom.models import Article, Source

from . import services, suggestions
from .models import (
    Claim,
    Company,
    Credit,
    FactSuggestion,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    StatusChange,
    Title,
    TitleAlias,
)


class EvidenceForm(forms.ModelForm):
    """Adds "where does this come from?" to a fact's form; one of article or source is needed."""

    evidence_article = forms.ModelChoiceField(
        Article.objects.all(), required=False, label="Our article"
    )
    evidence_source = forms.ModelChoiceField(
        Source.objects.all(), required=False, label="Outside source"
    )
    evidence_url = forms.URLField(required=False, label="Source URL", assume_scheme="https")
    evidence_quote = forms.CharField(
        required=False, label="Quote", widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self):
        cleaned = super().clean()
        if self.evidence_required() and not (
            cleaned.get("evidence_article") or cleaned.get("evidence_source")
        ):
            raise forms.ValidationError(
                "Say where this comes from: pick our article, an outside source, or both."
            )
        return cleaned

    def evidence_required(self) -> bool:
        return True

    def evidence(self) -> services.Evidence:
        data = self.cleaned_data
        return services.Evidence(
            article=data.get("evidence_article"),
            source=data.get("evidence_source"),
            source_url=data.get("evidence_url", ""),
            quote=data.get("evidence_quote", ""),
        )


class ClaimInline(GenericTabularInline):
    model = Claim
    extra = 0
    can_delete = False
    fields = ["value", "state", "article", "source", "source_url", "quote", "observed_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class ReleaseForm(EvidenceForm):
    date = forms.CharField(
        help_text="2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2026 or TBA.",
    )
    reason = forms.CharField(required=False, help_text="Why it moved, if it did.")

    class Meta:
        model = Release
        fields = ["title", "region", "medium", "channel", "confidence"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["date"].initial = self.instance.when.canonical()

    def clean_date(self):
        try:
            return FuzzyDate.parse(self.cleaned_data["date"])
        except InvalidDate as error:
            raise forms.ValidationError(str(error)) from None


@admin.register(Release)
class ReleaseAdmin(admin.ModelAdmin):
    form = ReleaseForm
    list_display = ["title", "region", "medium", "channel", "display_date", "confidence"]
    list_filter = ["medium", "region", "confidence", "precision"]
    list_select_related = ["title"]
    search_fields = ["title__name", "channel"]
    autocomplete_fields = ["title"]
    inlines = [ClaimInline]
    fieldsets = [
        (
            None,
            {"fields": ["title", "region", "medium", "channel", "date", "confidence", "reason"]},
        ),
        (
            "Evidence",
            {"fields": ["evidence_article", "evidence_source", "evidence_url", "evidence_quote"]},
        ),
    ]

    @admin.display(description="Date", ordering="date_end")
    def display_date(self, obj):
        return str(obj.when)

    def get_readonly_fields(self, request, obj=None):
        # Where and how a release happens identifies it; a new date is a move, not an edit.
        return ["title", "region", "medium", "channel"] if obj else []

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        saved = services.release_set(
            title=obj.title,
            region=obj.region,
            medium=obj.medium,
            channel=obj.channel,
            when=data["date"],
            confidence=data["confidence"],
            evidence=form.evidence(),
            by=request.user,
            reason=data.get("reason", ""),
        )
        obj.pk = saved.pk
        obj.refresh_from_db()


class CreditForm(EvidenceForm):
    class Meta:
        model = Credit
        fields = ["title", "person", "company", "role", "character", "billing"]


@admin.register(Credit)
class CreditAdmin(admin.ModelAdmin):
    form = CreditForm
    list_display = ["title", "credited", "role", "character", "billing"]
    list_filter = ["role"]
    list_select_related = ["title", "person", "company"]
    search_fields = ["title__name", "person__name", "company__name", "character"]
    autocomplete_fields = ["title", "person", "company"]
    inlines = [ClaimInline]

    def get_readonly_fields(self, request, obj=None):
        # Who is credited for what is what the claims vouch for; a different one is a new credit.
        return ["title", "person", "company", "role"] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            obj.save()  # billing or character corrections keep the credit's claims
            services.claim_record(
                fact=obj, value=str(obj), evidence=form.evidence(), by=request.user
            )
            return
        data = form.cleaned_data
        saved = services.credit_add(
            title=data["title"],
            person=data.get("person"),
            company=data.get("company"),
            role=data["role"],
            character=data.get("character", ""),
            billing=data.get("billing"),
            evidence=form.evidence(),
            by=request.user,
        )
        obj.pk = saved.pk


class PlacementForm(EvidenceForm):
    class Meta:
        model = Placement
        fields = ["title", "kind", "anchor", "anchor_end"]


@admin.register(Placement)
class PlacementAdmin(admin.ModelAdmin):
    form = PlacementForm
    list_display = ["__str__"]
    list_select_related = ["title", "anchor", "anchor_end"]
    autocomplete_fields = ["title", "anchor", "anchor_end"]
    search_fields = ["title__name"]
    inlines = [ClaimInline]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        saved = services.placement_set(
            title=data["title"],
            kind=data["kind"],
            anchor=data["anchor"],
            anchor_end=data.get("anchor_end"),
            evidence=form.evidence(),
            by=request.user,
        )
        obj.pk = saved.pk


class RelationForm(EvidenceForm):
    class Meta:
        model = Relation
        fields = ["title", "kind", "other"]


@admin.register(Relation)
class RelationAdmin(admin.ModelAdmin):
    form = RelationForm
    list_display = ["__str__"]
    list_select_related = ["title", "other"]
    autocomplete_fields = ["title", "other"]
    search_fields = ["title__name", "other__name"]
    inlines = [ClaimInline]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        saved = services.relation_add(
            title=data["title"],
            kind=data["kind"],
            other=data["other"],
            evidence=form.evidence(),
            by=request.user,
        )
        obj.pk = saved.pk


class AliasInline(admin.TabularInline):
    model = TitleAlias
    extra = 1
    fields = ["name"]


class ReleaseInline(admin.TabularInline):
    model = Release
    extra = 0
    fields = ["region", "medium", "channel", "display_date", "confidence"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    @admin.display(description="Date")
    def display_date(self, obj):
        return str(obj.when)

    def has_add_permission(self, request, obj=None):
        return False


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["status", "previous", "changed_at", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class TitleForm(EvidenceForm):
    class Meta:
        model = Title
        fields = [
            "kind",
            "name",
            "slug",
            "original_name",
            "synopsis",
            "status",
            "parent",
            "franchise",
            "installment",
            "poster",
        ]

    def evidence_required(self) -> bool:
        # Only a status change is a sourced fact here; names and synopses are editorial.
        return "status" in self.changed_data and bool(self.instance.pk)


@admin.register(Title)
class TitleAdmin(admin.ModelAdmin):
    form = TitleForm
    list_display = ["name", "kind", "status", "franchise", "first_release_display"]
    list_filter = ["kind", "status", "franchise"]
    list_select_related = ["franchise"]
    search_fields = ["name", "original_name", "aliases__normalized", "slug"]
    autocomplete_fields = ["parent", "franchise", "poster"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AliasInline, StatusChangeInline, ReleaseInline]
    fieldsets = [
        (None, {"fields": ["kind", "name", "slug", "original_name", "synopsis", "poster"]}),
        ("Place", {"fields": ["parent", "franchise", "installment"]}),
        (
            "Status",
            {
                "fields": [
                    "status",
                    "evidence_article",
                    "evidence_source",
                    "evidence_url",
                    "evidence_quote",
                ],
                "description": "A new status needs its evidence; the old one stays in the history.",
            },
        ),
    ]

    @admin.display(description="First release", ordering="first_release_end")
    def first_release_display(self, obj):
        return str(obj.first_release)

    def save_model(self, request, obj, form, change):
        new_status = obj.status
        status_changed = "status" in form.changed_data
        if change and status_changed:
            obj.status = form.initial["status"]  # the service records the change with history
        obj.save()
        has_evidence = form.cleaned_data.get("evidence_article") or form.cleaned_data.get(
            "evidence_source"
        )
        if (status_changed or not change) and has_evidence:
            services.title_status_set(
                title=obj, status=new_status, evidence=form.evidence(), by=request.user
            )
            obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        if formset.model is TitleAlias:
            for alias in formset.save(commit=False):
                services.title_alias_add(title=form.instance, name=alias.name)
            for alias in formset.deleted_objects:
                alias.delete()
            return
        super().save_formset(request, form, formset, change)


@admin.register(Franchise)
class FranchiseAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    exclude = ["articles"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    exclude = ["articles"]


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    exclude = ["articles"]


@admin.register(ReleaseChange)
class ReleaseChangeAdmin(admin.ModelAdmin):
    list_display = ["release", "__str__", "changed_at"]
    list_select_related = ["release__title"]
    search_fields = ["release__title__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# Articles link to catalog entities; the newsroom app stays unaware of the catalog.
def _link_inline(model, field, label):
    return type(
        f"{model.__name__}LinkInline",
        (admin.TabularInline,),
        {
            "model": model.articles.through,
            "extra": 0,
            "autocomplete_fields": [field],
            "verbose_name": label,
            "verbose_name_plural": f"{label}s in this story",
        },
    )


method_decorator_post = method_decorator(require_POST)

# What an editor may change on a suggestion before accepting it, per kind.
_MEDIA = [("", "—")] + list(Release.Medium.choices)
_CONFIDENCE = list(Release.Confidence.choices)
EDITABLE = {
    "release": [
        ("date", "Date (2024-06-07, 2025-Q3, 2026, TBA…)", None),
        ("region", "Region (WW or a country code)", None),
        ("medium", "Medium", _MEDIA),
        ("channel", "Platform or service", None),
        ("confidence", "Confidence", _CONFIDENCE),
    ],
    "release_move": [
        ("to", "New date", None),
        ("from", "Old date", None),
        ("region", "Region", None),
        ("medium", "Medium", _MEDIA),
        ("channel", "Platform or service", None),
    ],
    "status": [("status", "Status", list(Title.Status.choices))],
    "credit": [("person", "Person", None), ("role", "Role", list(Credit.Role.choices))],
    "new_title": [("name", "Name", None), ("title_kind", "Kind", list(Title.Kind.choices))],
}


def _editable(row: FactSuggestion) -> list[dict]:
    value = row.payload.get("value", {})
    return [
        {"name": name, "label": label, "choices": choices, "value": value.get(name, "")}
        for name, label, choices in EDITABLE.get(row.kind, [])
    ]


admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithEntitiesAdmin(ArticleAdmin):
    change_form_template = "admin/catalog/article_change_form.html"
    inlines = [
        _link_inline(Title, "title", "Title"),
        _link_inline(Person, "person", "Person"),
        _link_inline(Company, "company", "Company"),
        _link_inline(Franchise, "franchise", "Franchise"),
    ]

    def get_urls(self):
        own = [
            path(
                "<int:pk>/suggestions/refresh/",
                self.admin_site.admin_view(self.suggestions_refresh),
                name="newsroom_article_suggestions_refresh",
            ),
            path(
                "<int:pk>/suggestions/<int:suggestion>/",
                self.admin_site.admin_view(self.suggestion_decide),
                name="newsroom_article_suggestion_decide",
            ),
        ]
        return own + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        rows = list(
            FactSuggestion.objects.filter(article_id=object_id, state=FactSuggestion.State.PENDING)
        )
        for row in rows:
            row.editable = _editable(row)
        groups = [
            (label, list(items)) for label, items in groupby(rows, key=lambda r: r.subject_label)
        ]
        decided = (
            FactSuggestion.objects.filter(article_id=object_id)
            .exclude(state=FactSuggestion.State.PENDING)
            .count()
        )
        extra = {
            "suggestion_groups": groups,
            "decided_count": decided,
            "can_decide": request.user.has_perm("catalog.decide_factsuggestion"),
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, extra)

    def _article_for_change(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    @method_decorator_post
    def suggestions_refresh(self, request, pk):
        article = self._article_for_change(request, pk)
        found = suggestions.article_suggest(article=article)
        messages.info(request, f"{len(found)} suggested fact{'s' * (len(found) != 1)} to review.")
        return redirect(
            reverse("admin:newsroom_article_change", args=[pk]) + "#suggested-facts-heading"
        )

    @method_decorator_post
    def suggestion_decide(self, request, pk, suggestion):
        article = self._article_for_change(request, pk)
        if not request.user.has_perm("catalog.decide_factsuggestion"):
            raise PermissionDenied("Deciding suggested facts needs catalog rights.")
        row = get_object_or_404(FactSuggestion, pk=suggestion, article=article)
        # Only the fields the panel offers for this kind may be edited.
        allowed = {name for name, _, _ in EDITABLE.get(row.kind, [])}
        edits = {
            key[5:]: value.strip()
            for key, value in request.POST.items()
            if key.startswith("edit_") and key[5:] in allowed
        }
        try:
            if request.POST.get("decision") == "reject":
                suggestions.suggestion_reject(suggestion=row, by=request.user)
                messages.info(request, f"Rejected: {row.change}")
            else:
                suggestions.suggestion_accept(suggestion=row, by=request.user, edits=edits)
                messages.success(request, f"Accepted: {row.change}")
        except ValidationError as error:
            messages.error(request, f"Not accepted — {' '.join(error.messages)}")
        return redirect(
            reverse("admin:newsroom_article_change", args=[pk]) + "#suggested-facts-heading"
        )
