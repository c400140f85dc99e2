"""The NinjaAPI: its routers, the problem handlers, the OpenAPI document and the docs page."""

from django.conf import settings
from django.views.decorators.http import require_safe
from ninja import NinjaAPI, Swagger

from . import articles, calendar, companies, franchises, people, problems, search, titles
from .throttling import PerAddress

DESCRIPTION = """
Premiere's catalog and published stories, read-only. Everything here is public: stories
appear when they go live, and facts only once the story that reports them has.

**Lists** are paged with cursors: follow `next` (or pass `next_cursor` as `cursor`) until it
is null. `limit` sets the page size (at most {max_page}). Lists keep a fixed order, so a page
neither repeats nor skips rows that changed meanwhile.

**Caching**: every answer has an `ETag`; send it back as `If-None-Match` and an unchanged
answer is a `304 Not Modified` with no body.

**Limits**: {rate} requests per address (COUNT/SECONDS). Past it: `429` with `Retry-After`.

**Errors** are RFC 9457 problems (`application/problem+json`): `type`, `title`, `status`,
`detail`, `instance`. A bad parameter is a `400` of type `/api/problems/invalid-request`
whose `errors` list each parameter and why; other errors have type `about:blank` (the
status says it all). CORS: any origin may read (`GET`, `HEAD`, `OPTIONS`; no credentials).
"""

ERRORS = {
    "400": "A parameter is not valid (type `/api/problems/invalid-request`; see `errors`).",
    "404": "Nothing has this slug, or nothing is at this address.",
    "429": "Too many requests from this address: wait `Retry-After` seconds.",
    "500": "Something went wrong on our side.",
    "503": "The catalog cannot be read right now: try again after `Retry-After` seconds.",
}
RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}}


class PremiereAPI(NinjaAPI):
    """A NinjaAPI whose OpenAPI document also states the answers every operation may give
    besides its own: 304, and the problems."""

    _schema = None

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        if self._schema is None:  # the API does not change while the process runs
            schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
            self._schema = with_problems(schema)
        return self._schema


def with_problems(schema: dict) -> dict:
    problem = problems.Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(problem.pop("$defs", {}))
    components["Problem"] = problem
    content = {problems.CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in schema["paths"].values():
        for operation in operations.values():
            responses = operation["responses"]
            responses["304"] = {"description": "Not Modified: the `If-None-Match` tag matches."}
            for status, description in ERRORS.items():
                responses[status] = {"description": description, "content": content}
                if status in ("429", "503"):
                    responses[status]["headers"] = RETRY_AFTER
    return schema


api = PremiereAPI(
    title=f"{settings.PREMIERE_SITE_NAME} API",
    version="1",
    description=DESCRIPTION.format(
        max_page=settings.PREMIERE_API_MAX_PAGE_SIZE, rate=settings.PREMIERE_API_RATE_IP
    ),
    urls_namespace="api",
    # Swagger UI from our static files (ninja is in INSTALLED_APPS), and no badge fetched
    # from swagger.io's validator: the site makes no third-party requests.
    docs=Swagger(settings={"validatorUrl": None}),
    docs_decorator=require_safe,  # the document and its page are read-only too
    throttle=[PerAddress()],
)
problems.install(api)
api.add_router("/articles", articles.router)
api.add_router("/titles", titles.router)
api.add_router("/franchises", franchises.router)
api.add_router("/people", people.router)
api.add_router("/companies", companies.router)
api.add_router("/calendar", calendar.router)
api.add_router("/search", search.router)
