from .models import Section


def sections(request):
    # Lazy: pages that never show the menu (JSON, feeds) never run the query.
    return {"nav_sections": Section.objects.all}
