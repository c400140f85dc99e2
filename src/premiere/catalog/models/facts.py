"""Sourced facts about titles other than releases: status history, relations between titles,
story placements and credits."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from .claims import Sourced
from .entities import Company, Person, Title


class StatusChange(Sourced):
    """One step in a title's status history: "back in development, per Collider"."""

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="status_history")
    status = models.CharField(max_length=20, choices=Title.Status.choices)
    previous = models.CharField(max_length=20, choices=Title.Status.choices, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.title}: {self.get_status_display()}"


class Relation(Sourced):
    """How one title continues another: a sequel, a prequel, a spin-off, a remake."""

    class Kind(models.TextChoices):
        SEQUEL = "sequel", "Sequel of"
        PREQUEL = "prequel", "Prequel of"
        SPIN_OFF = "spin_off", "Spin-off of"
        REMAKE = "remake", "Remake of"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    other = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="related_from")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["title", "kind", "other"], name="unique_relation"),
            models.CheckConstraint(condition=~Q(title=models.F("other")), name="relation_not_self"),
        ]

    def __str__(self):
        return f"{self.title} — {self.get_kind_display().lower()} {self.other}"


class Placement(Sourced):
    """Where a title sits in its story: between two titles, after one, before one, alongside."""

    class Kind(models.TextChoices):
        BETWEEN = "between", "Set between"
        AFTER = "after", "Set after"
        BEFORE = "before", "Set before"
        SAME_TIME = "same_time", "Set at the same time as"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="placements")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    anchor = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="+")
    anchor_end = models.ForeignKey(
        Title,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The later title, for 'set between'.",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="between") & Q(anchor_end__isnull=False))
                | (~Q(kind="between") & Q(anchor_end__isnull=True)),
                name="placement_between_has_two_anchors",
            ),
        ]

    def __str__(self):
        if self.kind == self.Kind.BETWEEN:
            return f"{self.title}: set between {self.anchor} and {self.anchor_end}"
        return f"{self.title}: {self.get_kind_display().lower()} {self.anchor}"


class Credit(Sourced):
    class Role(models.TextChoices):
        CAST = "cast", "Cast"
        DIRECTOR = "director", "Director"
        WRITER = "writer", "Writer"
        PRODUCER = "producer", "Producer"
        COMPOSER = "composer", "Composer"
        CREATOR = "creator", "Creator"
        STUDIO = "studio", "Studio"
        DISTRIBUTOR = "distributor", "Distributor"
        PUBLISHER = "publisher", "Publisher"
        DEVELOPER = "developer", "Developer"
        NETWORK = "network", "Network"

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="credits"
    )
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.CASCADE, related_name="credits"
    )
    role = models.CharField(max_length=12, choices=Role.choices)
    character = models.CharField(max_length=200, blank=True)
    billing = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["role", models.F("billing").asc(nulls_last=True), "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, company__isnull=True)
                | Q(person__isnull=True, company__isnull=False),
                name="credit_person_or_company",
            ),
            models.UniqueConstraint(
                fields=["title", "person", "role", "character"],
                name="unique_person_credit",
                condition=Q(person__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["title", "company", "role"],
                name="unique_company_credit",
                condition=Q(company__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.person or self.company} — {self.get_role_display()} — {self.title}"

    @property
    def credited(self):
        return self.person or self.company
