"""CORS for the API: any web page may read it, and nothing else.

Every answer to a GET or HEAD under /api/ (304s and problems included, so a page can read
why it failed) says `Access-Control-Allow-Origin: *` and exposes ETag and Retry-After. A
preflight (OPTIONS) is answered here with the read methods only. No credentials: the API
reads no cookie, so `*` is safe and there is no origin list to keep. Thirty lines did not call
for django-cors-headers.
"""

from django.http import HttpResponse

from .problems import METHODS, is_api

# Request headers a page may send beyond the CORS-safelisted ones: revalidating needs the first.
ALLOWED_HEADERS = "If-None-Match, If-Modified-Since"
EXPOSED_HEADERS = "ETag, Retry-After"
PREFLIGHT_MAX_AGE = 24 * 60 * 60


class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request):
            return self.get_response(request)
        if request.method == "OPTIONS":
            return self.options(request)
        response = self.get_response(request)
        if request.method in ("GET", "HEAD"):
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response

    def options(self, request) -> HttpResponse:
        response = HttpResponse(status=204)
        response["Allow"] = ", ".join(METHODS)
        if "Access-Control-Request-Method" in request.headers:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = ", ".join(METHODS)
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
        return response
