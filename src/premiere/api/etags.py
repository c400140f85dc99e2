"""Conditional GET for the API: an ETag on every answer, 304 Not Modified when the client's
If-None-Match still matches, and HEAD answered as GET without the body.

The ETag is a hash of the body, as Django's ConditionalGetMiddleware makes it (that middleware
is not in the site's stack, and the site's pages do not want it): correct by construction, since
anything that changes what a client would read changes the tag. A 304 saves the client the
transfer, not the server the work. Answers may be stored but must be revalidated
(`Cache-Control: no-cache`), so a story that goes live shows at once.
"""

from django.utils.cache import get_conditional_response, set_response_etag

from .problems import is_api

CACHE_CONTROL = "public, no-cache"


class ConditionalGetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request) or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            # The operations are declared for GET only (one operation id each in the OpenAPI
            # document); HEAD is the same answer without its body.
            request.method = "GET"
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming:
            if not response.has_header("ETag"):
                set_response_etag(response)
            response.setdefault("Cache-Control", CACHE_CONTROL)
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        if head:
            request.method = "HEAD"
            if not response.streaming:
                response["Content-Length"] = str(len(response.content))
                response.content = b""
        return response
