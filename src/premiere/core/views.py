from django.conf import settings
from django.shortcuts import render
from django.views.static import serve


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def permission_denied(request, exception=None):
    return render(request, "403.html", {"reason": str(exception or "")}, status=403)


def rate_limited(request, error):
    response = render(request, "429.html", {"wait": error.wait_text}, status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


def serve_media(request, path):
    """Serve an upload (embedded profile); renditions never change, so they cache for a year."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith("renditions/"):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
