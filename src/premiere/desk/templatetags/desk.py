"""What the desk adds to pages of other apps, for staff."""

from django import template

from ..models import FactSuggestion

register = template.Library()


@register.inclusion_tag("desk/_held_facts.html")
def held_facts(title):
    """List the facts about `title` accepted from stories not out yet: pending publication."""
    facts = FactSuggestion.objects.filter(
        state=FactSuggestion.State.ACCEPTED,
        applied_at__isnull=True,
        payload__subject__kind="title",
        payload__subject__id=title.pk,
    ).select_related("article")
    return {"held_facts": list(facts)}
