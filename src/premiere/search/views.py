"""The results page and the suggestions a reader sees while typing in the header's box."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from premiere.core import ratelimit

from . import selectors


@require_safe
def results(request):
    found = selectors.search_results(
        text=request.GET.get("q", ""),
        kind=request.GET.get("kind", ""),
        page_number=request.GET.get("page"),
    )
    return render(
        request, "search/results.html", {"results": found, "search_text": found.query.text}
    )


@require_safe
def suggestions(request):
    """Answer the header box's script as its reader types: JSON, limited per address."""
    try:
        ratelimit.hit(
            "search-suggest",
            ratelimit.client_ip(request),
            settings.PREMIERE_SEARCH_SUGGEST_RATE_IP,
        )
    except ratelimit.RateLimited as error:
        response = JsonResponse({"suggestions": [], "retry_after": error.retry_after}, status=429)
        response["Retry-After"] = str(error.retry_after)
        return response
    hits = selectors.search_suggestions(text=request.GET.get("q", ""))
    return JsonResponse(
        {
            "suggestions": [
                {"name": hit.name, "kind": hit.kind_label, "detail": hit.detail, "url": hit.url}
                for hit in hits
            ]
        }
    )
