"""Titles, people, companies and franchises on the catalog desk. Saves go through the catalog
services (validation, history, the extractor's names), never straight to the rows."""

from django import forms
from django.contrib import admin

from .. import services
from ..models import Company, Franchise, Person, Release, StatusChange, Title, TitleAlias
from .facts import EvidenceForm


class ThroughServicesAdmin(admin.ModelAdmin):
    """Create with the entity's `create` service and change with `entity_update`, passing only
    the fields the editor changed, so the service sees what moved (a rename, say)."""

    create = None  # the service that makes a new one

    def editable(self, form) -> dict:
        allowed = services.EDITABLE_FIELDS[self.model]
        return {name: form.cleaned_data[name] for name in form.fields if name in allowed}

    def save_model(self, request, obj, form, change):
        if change:
            stored = type(obj).objects.get(pk=obj.pk)
            changed = {
                name: value
                for name, value in self.editable(form).items()
                if name in form.changed_data
            }
            saved = services.entity_update(entity=stored, **changed)
        else:
            saved = type(self).create(**self.editable(form))
        obj.pk = saved.pk
        obj.refresh_from_db()


class AliasInline(admin.TabularInline):
    model = TitleAlias
    extra = 1
    fields = ["name"]
    verbose_name, verbose_name_plural = "alias", "aliases"  # not Django's "title aliass"


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
class TitleAdmin(ThroughServicesAdmin):
    form = TitleForm
    create = services.title_create
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

    def editable(self, form) -> dict:
        fields = super().editable(form)
        if form.instance.pk is None:
            fields["status"] = form.cleaned_data["status"]  # where a new title starts
        return fields

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        has_evidence = form.cleaned_data.get("evidence_article") or form.cleaned_data.get(
            "evidence_source"
        )
        if "status" in form.changed_data and has_evidence:
            services.title_status_set(
                title=obj,
                status=form.cleaned_data["status"],
                evidence=form.evidence(),
                by=request.user,
            )
            obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        if formset.model is TitleAlias:
            for alias in formset.save(commit=False):
                services.title_alias_add(title=form.instance, name=alias.name)
            for alias in formset.deleted_objects:
                services.title_alias_remove(alias=alias)
            return
        super().save_formset(request, form, formset, change)


class AliasesField(forms.CharField):
    """Other names, one a line, stored as a list."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


class AliasesForm(forms.ModelForm):
    aliases = AliasesField(required=False, help_text="Other names, one a line.")


@admin.register(Franchise)
class FranchiseAdmin(ThroughServicesAdmin):
    create = services.franchise_create
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["picture"]
    exclude = ["articles"]


@admin.register(Person)
class PersonAdmin(ThroughServicesAdmin):
    form = AliasesForm
    create = services.person_create
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["portrait"]
    exclude = ["articles"]


@admin.register(Company)
class CompanyAdmin(ThroughServicesAdmin):
    form = AliasesForm
    create = services.company_create
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["picture"]
    exclude = ["articles"]
