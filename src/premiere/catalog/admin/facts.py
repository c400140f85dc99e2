"""Sourced facts on the catalog desk. Each form asks where the fact comes from, and each save
goes through the catalog service for that fact, which records the evidence and the history."""

from django import forms
from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline

from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.extraction.regions import region_choices

from .. import services
from ..evidence import article_model, source_model
from ..models import Claim, Credit, Placement, Relation, Release, ReleaseChange


class EvidenceForm(forms.ModelForm):
    """Adds "where does this come from?" to a fact's form; one of article or source is needed.

    Only a published story can be cited here: a draft's facts are accepted on its review page
    and go public with it.
    """

    evidence_article = forms.ModelChoiceField(queryset=None, required=False, label="Our article")
    evidence_source = forms.ModelChoiceField(queryset=None, required=False, label="Outside source")
    evidence_url = forms.URLField(required=False, label="Source URL", assume_scheme="https")
    evidence_quote = forms.CharField(
        required=False, label="Quote", widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Asked per form: "published" means published as of now.
        self.fields["evidence_article"].queryset = article_model().objects.published()
        self.fields["evidence_source"].queryset = source_model().objects.all()

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


EVIDENCE_FIELDSET = (
    "Evidence",
    {"fields": ["evidence_article", "evidence_source", "evidence_url", "evidence_quote"]},
)


class SourcedFactAdmin(admin.ModelAdmin):
    """What every sourced fact's admin shares: its claims listed, its evidence asked for, and
    a save that goes through `write(form, request)`, the fact's own service."""

    inlines = [ClaimInline]

    def write(self, form, request):
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        saved = self.write(form, request)
        obj.pk = saved.pk
        obj.refresh_from_db()


class ReleaseForm(EvidenceForm):
    date = forms.CharField(
        help_text="2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2025-H1, 2026 or TBA."
    )
    region = forms.ChoiceField(choices=region_choices, initial="WW")
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
            return FuzzyDate.parse_entered(self.cleaned_data["date"])
        except InvalidDate as error:
            raise forms.ValidationError(str(error)) from None


@admin.register(Release)
class ReleaseAdmin(SourcedFactAdmin):
    form = ReleaseForm
    list_display = ["title", "region", "medium", "channel", "display_date", "confidence"]
    list_filter = ["medium", "region", "confidence", "precision"]
    list_select_related = ["title"]
    search_fields = ["title__name", "channel"]
    autocomplete_fields = ["title"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "region", "medium", "channel", "date", "confidence", "reason"]},
        ),
        EVIDENCE_FIELDSET,
    ]

    @admin.display(description="Date", ordering="date_end")
    def display_date(self, obj):
        return str(obj.when)

    def get_readonly_fields(self, request, obj=None):
        # Where and how a release happens identifies it; a new date is a move, not an edit.
        return ["title", "region", "medium", "channel"] if obj else []

    def write(self, form, request):
        data, obj = form.cleaned_data, form.instance
        return services.release_set(
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


class CreditForm(EvidenceForm):
    class Meta:
        model = Credit
        fields = ["title", "person", "company", "role", "character", "billing"]


@admin.register(Credit)
class CreditAdmin(SourcedFactAdmin):
    form = CreditForm
    list_display = ["title", "credited", "role", "character", "billing"]
    list_filter = ["role"]
    list_select_related = ["title", "person", "company"]
    search_fields = ["title__name", "person__name", "company__name", "character"]
    autocomplete_fields = ["title", "person", "company"]

    def get_readonly_fields(self, request, obj=None):
        # Who is credited for what is what the claims vouch for; a different one is a new credit.
        return ["title", "person", "company", "role"] if obj else []

    def write(self, form, request):
        data, obj = form.cleaned_data, form.instance
        if obj.pk:
            return services.credit_correct(
                credit=obj,
                character=data.get("character", ""),
                billing=data.get("billing"),
                evidence=form.evidence(),
                by=request.user,
            )
        return services.credit_add(
            title=data["title"],
            person=data.get("person"),
            company=data.get("company"),
            role=data["role"],
            character=data.get("character", ""),
            billing=data.get("billing"),
            evidence=form.evidence(),
            by=request.user,
        )


class PlacementForm(EvidenceForm):
    class Meta:
        model = Placement
        fields = ["title", "kind", "anchor", "anchor_end"]


@admin.register(Placement)
class PlacementAdmin(SourcedFactAdmin):
    form = PlacementForm
    list_display = ["__str__"]
    list_select_related = ["title", "anchor", "anchor_end"]
    autocomplete_fields = ["title", "anchor", "anchor_end"]
    search_fields = ["title__name"]

    def write(self, form, request):
        data = form.cleaned_data
        return services.placement_set(
            title=data["title"],
            kind=data["kind"],
            anchor=data["anchor"],
            anchor_end=data.get("anchor_end"),
            evidence=form.evidence(),
            by=request.user,
        )


class RelationForm(EvidenceForm):
    class Meta:
        model = Relation
        fields = ["title", "kind", "other"]


@admin.register(Relation)
class RelationAdmin(SourcedFactAdmin):
    form = RelationForm
    list_display = ["__str__"]
    list_select_related = ["title", "other"]
    autocomplete_fields = ["title", "other"]
    search_fields = ["title__name", "other__name"]

    def write(self, form, request):
        data = form.cleaned_data
        return services.relation_add(
            title=data["title"],
            kind=data["kind"],
            other=data["other"],
            evidence=form.evidence(),
            by=request.user,
        )


@admin.register(ReleaseChange)
class ReleaseChangeAdmin(admin.ModelAdmin):
    list_display = ["release", "__str__", "changed_at"]
    list_select_related = ["release__title"]
    search_fields = ["release__title__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
