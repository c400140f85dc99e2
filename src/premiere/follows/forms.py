from django import forms

from premiere.catalog import regions

from . import release_types
from .models import REMINDER_DAYS, NoticeSettings

EVERY, CHOSEN = "every", "chosen"


def _days(n: int) -> str:
    if n == 1:
        return "1 day before"
    if n % 7 == 0:
        weeks = n // 7
        return f"{weeks} week{'s' * (weeks != 1)} before"
    return f"{n} days before"


class FollowChoiceForm(forms.Form):
    """What one follow hears about: which releases, and a reminder before a release day."""

    releases = forms.ChoiceField(
        label="Which releases",
        choices=[(EVERY, "Every release"), (CHOSEN, "Only the kinds ticked below")],
        widget=forms.RadioSelect,
    )
    kinds = forms.MultipleChoiceField(
        label="Kinds of release",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Dates and changes of other kinds are left out. Status changes and new "
        "titles always come.",
    )
    remind_days = forms.TypedChoiceField(
        label="Reminder before a release day",
        choices=[("", "No reminder")] + [(str(n), _days(n)) for n in REMINDER_DAYS],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Only for dates announced to the day, as your region sees them.",
    )

    def __init__(self, *args, follow, platforms=(), **kwargs):
        initial = {
            "releases": EVERY if follow.every_release else CHOSEN,
            "kinds": follow.release_types,
            "remind_days": follow.remind_days,
        }
        super().__init__(*args, initial=initial, **kwargs)
        # The platforms the catalog knows, and any the reader chose that it no longer has.
        choices = release_types.choices(platforms)
        known = {value for value, _ in choices}
        choices += [
            (kind, release_types.label(kind)) for kind in follow.release_types if kind not in known
        ]
        self.fields["kinds"].choices = choices

    def clean(self):
        data = super().clean()
        data["every_release"] = data.get("releases") == EVERY
        return data


class NoticeSettingsForm(forms.Form):
    email = forms.ChoiceField(
        label="E-mails about what you follow",
        choices=NoticeSettings.Email.choices,
        widget=forms.RadioSelect,
    )
    region = forms.ChoiceField(
        label="Your region",
        choices=list(regions.REGIONS.items()),
        help_text="Reminders and coming releases use this region's dates, or the worldwide "
        "ones where it has none.",
    )
