from django.utils.functional import SimpleLazyObject

from .models import Section


def sections(request):
    # Lazy: pages that never show the menu never run the query; others run it once.
    return {"nav_sections": SimpleLazyObject(lambda: list(Section.objects.all()))}
