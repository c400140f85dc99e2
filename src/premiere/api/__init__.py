"""The read-only JSON API at /api/ (django-ninja), with its OpenAPI document and docs page.

It sits above every other app and only reads: catalog and newsroom selectors and querysets,
so what it shows is what the site shows (`Article.objects.published()`, catalog rows only).

main.py         the NinjaAPI: routers, problem handlers, the OpenAPI document, the docs page
articles.py titles.py franchises.py people.py companies.py calendar.py search.py
                one router per resource
schemas.py      what the API answers, as pydantic schemas
selectors.py    the API's reads, composed from the catalog's and the newsroom's
pagination.py   cursor pagination: opaque, signed keyset cursors over a stable order
problems.py     RFC 9457 problem responses for every error under /api/
throttling.py   requests per address (core.ratelimit on Django's cache)
cors.py etags.py  middleware for /api/: CORS for reads; ETag, 304 and HEAD
"""
