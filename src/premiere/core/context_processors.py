from django.conf import settings


def site(request):
    return {
        "site_name": settings.PREMIERE_SITE_NAME,
        # The search box takes no more than a query is read: a pasted page made a request
        # line the server refuses with a bare error.
        "search_max_length": settings.PREMIERE_SEARCH_MAX_LENGTH,
    }
