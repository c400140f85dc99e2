"""Every URL the site answers, for every kind of visitor, against one table of what each may do.

URLs are discovered from the URLconf, so a new view cannot skip the table: an unknown URL name
fails the test until its row is written. Writes go as POSTs with an empty body (nothing valid
to save): allowed ones answer with a form or a redirect, refused ones change nothing at all.
"""

import os
import re
from collections import Counter

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver

ROLES = ["anonymous", "reader", "moderator", "editor", "staff", "superuser"]
SIGNED_IN = {"anonymous": 302}  # sent to sign in; everyone else as listed
ANYONE = {}


# What each visitor gets from each site URL (GET, POST): a status for every role, by default
# the one given as `default`, with the exceptions listed.
def row(get_default, get_except=ANYONE, post_default=405, post_except=ANYONE):
    return {
        "GET": {role: get_except.get(role, get_default) for role in ROLES},
        "POST": {role: post_except.get(role, post_default) for role in ROLES},
    }


MODERATORS = {"anonymous": 302, "reader": 403, "editor": 403, "staff": 403}
STAFF_REFUSED = {"anonymous": 302, "editor": 403, "staff": 403, "superuser": 403}
SIGNED_IN_SENT_ON = {role: 302 for role in ROLES if role != "anonymous"}
POST_ONLY_SIGNED_IN = {"anonymous": 302}
SITE = {
    # A signed-in visitor is sent on from the sign-in page.
    "community:login": row(200, SIGNED_IN_SENT_ON, 200, SIGNED_IN_SENT_ON),
    "community:logout": row(405, post_default=302),
    "community:signup": row(
        200,
        {"reader": 302, "moderator": 302, "editor": 302, "staff": 302, "superuser": 302},
        200,
        {"reader": 302, "moderator": 302, "editor": 302, "staff": 302, "superuser": 302},
    ),
    "community:signup_done": row(200),
    "community:account_activate": row(200, post_default=200),  # a link that no longer works
    "community:profile_edit": row(200, SIGNED_IN, 302, ANYONE),  # one's own profile
    "community:account_export": row(302, ANYONE, 200, SIGNED_IN),
    "community:account_delete": row(200, STAFF_REFUSED, 400, STAFF_REFUSED),
    "community:password_change": row(200, SIGNED_IN, 200, SIGNED_IN),
    "community:password_change_done": row(200, SIGNED_IN, 405, SIGNED_IN),
    "community:password_reset": row(200, post_default=200),
    "community:password_reset_done": row(200),
    "community:password_reset_confirm": row(200, post_default=200),
    "community:password_reset_complete": row(200),
    "community:profile": row(200),
    "community:comment_permalink": row(302),  # to the page of comments that shows it
    "community:comment_replies": row(200),  # a thread on a page of its own
    "community:comment_post": row(405, post_default=400, post_except={"anonymous": 302}),
    "community:comment_edit": row(403, SIGNED_IN, 403, SIGNED_IN),  # not their comment
    "community:comment_delete": row(403, SIGNED_IN, 403, SIGNED_IN),
    "community:comment_report": row(200, SIGNED_IN, 400, SIGNED_IN),
    "community:comment_hide": row(405, POST_ONLY_SIGNED_IN, 302, MODERATORS),
    "community:comment_restore": row(405, POST_ONLY_SIGNED_IN, 302, MODERATORS),
    "community:comment_feature": row(405, POST_ONLY_SIGNED_IN, 302, MODERATORS),
    "follows:me": row(200, SIGNED_IN),
    "follows:follow": row(405, post_default=400, post_except={"anonymous": 302}),
    "follows:follow_edit": row(404, SIGNED_IN, 404, SIGNED_IN),  # another reader's follow
    "follows:notices_read": row(405, post_default=400, post_except={"anonymous": 302}),
    "follows:settings": row(200, SIGNED_IN, 400, SIGNED_IN),
    "follows:unsubscribe": row(400, post_default=400),  # a token we did not make
    "follows:calendar_reset": row(405, post_default=400, post_except={"anonymous": 302}),
    "follows:calendar_file": row(404),  # a key no reader has
    "sitemap": row(200),
    "sitemap_news": row(200),
    "sitemap_section": row(200),
    "robots": row(200),
    "catalog:titles": row(200),
    "catalog:title": row(200),
    "catalog:title_ics": row(200),
    "catalog:person": row(200),
    "catalog:person_ics": row(200),
    "catalog:company": row(200),
    "catalog:franchise": row(200),
    "catalog:franchise_ics": row(200),
    "catalog:calendar": row(200),
    "catalog:calendar_ics": row(200),
    "catalog:region": row(405, post_default=400),
    "search:results": row(200),
    "search:suggestions": row(200),
    "newsroom:home": row(200),
    "newsroom:feed": row(200),
    "newsroom:section": row(200),
    "newsroom:section_feed": row(200),
    "newsroom:tag": row(200),
    "newsroom:article": row(200),
    # The read beacon: anyone may POST (no token: it only counts), nobody GETs.
    "newsroom:read": row(405, post_default=204),
    "newsroom:title_feed": row(200),
    "newsroom:franchise_feed": row(200),
    "newsroom:person_feed": row(200),
    "newsroom:preview": row(403, {"anonymous": 302, "editor": 200, "superuser": 200}),
    "media": row(200),
    # The JSON API reads only: anyone may GET, and any other method is a 405 problem.
    **{
        f"api:{name}": row(200)
        for name in (
            "openapi-json",
            "openapi-view",
            "articles",
            "article",
            "titles",
            "title",
            "franchises",
            "franchise",
            "people",
            "person",
            "person_credits",
            "companies",
            "company",
            "company_credits",
            "calendar",
        )
    },
    "api:search": row(400),  # without the words to look for
    "api:api-root": row(404, post_default=404),  # nothing at /api/ itself: see /api/docs
}
# The desk's own views beyond Django's model pages, and who may use them.
DESK_VIEWS = {
    "admin:newsroom_article_facts": ("GET", "newsroom.change_article"),
    "admin:newsroom_article_facts_refresh": ("POST", "newsroom.change_article"),
    "admin:newsroom_article_facts_accept_confident": ("POST", "desk.decide_factsuggestion"),
    "admin:newsroom_article_fact_decide": ("POST", "desk.decide_factsuggestion"),
    "admin:wire_wireitem_start_article": ("POST", "newsroom.add_article"),
}


def _patterns(resolver, prefix="", namespace=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _patterns(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = namespace + pattern.name if pattern.name else "media"
            yield prefix + str(pattern.pattern), name


@pytest.fixture
def world(transactional_db, make_user, tmp_path, settings):
    """The demo newsroom, one visitor of each kind, and a value for every URL parameter."""
    settings.MEDIA_ROOT = tmp_path / "media"
    with open(os.devnull, "w") as quiet:
        call_command("demo", stdout=quiet)
    from premiere.catalog.models import Company, Franchise, Person, Title
    from premiere.community.models import Comment
    from premiere.desk.models import FactSuggestion
    from premiere.newsroom.models import Article, Image, Section, Tag
    from premiere.wire.models import Feed, WireItem

    moderator = make_user("mod")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = make_user("ed", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    people = {
        "anonymous": None,
        "reader": make_user("reader"),
        "moderator": moderator,
        "editor": editor,
        "staff": make_user("clerk", is_staff=True),
        "superuser": make_user("root", is_staff=True, is_superuser=True),
    }
    comment = Comment.objects.filter(status="visible", parent=None).first()
    article = comment.article
    source = article.source or Article.objects.exclude(source=None).first().source
    feed = Feed.objects.create(source=source, url="https://feeds.example/rss")
    item = WireItem.objects.create(
        feed=feed, url="https://feeds.example/1", content_hash="x", title="A wire story"
    )
    # On the desk's first story, and decided already: "Look for facts again" keeps it, and a
    # bare POST on it is a 400, not a write.
    suggestion = FactSuggestion.objects.create(
        article=Article.objects.order_by("pk").first(),
        state="rejected",
        key="k",
        kind="status",
        payload={"value": {"status": "filming"}},
        sentence="It is filming.",
        confidence=0.9,
    )
    image = Image.objects.first()
    from reversion.models import Version

    first_story = Article.objects.order_by("pk").first()
    values = {
        "version": Version.objects.get_for_object(first_story).first().pk,
        "slug": {
            "api:title": Title.objects.first().slug,
            "api:person": Person.objects.first().slug,
            "api:company": Company.objects.first().slug,
            "api:franchise": Franchise.objects.first().slug,
            "api:article": Article.objects.published().first().slug,
            "catalog:title": Title.objects.first().slug,
            "catalog:person": Person.objects.first().slug,
            "catalog:company": Company.objects.first().slug,
            "catalog:franchise": Franchise.objects.first().slug,
            "newsroom:title_feed": Title.objects.first().slug,
            "newsroom:person_feed": Person.objects.first().slug,
            "newsroom:franchise_feed": Franchise.objects.first().slug,
            "newsroom:section": Section.objects.first().slug,
            "newsroom:section_feed": Section.objects.first().slug,
            "newsroom:tag": Tag.objects.first().slug,
            "default": article.slug,
        },
        "pk": {
            "community": comment.pk,
            "newsroom:preview": article.pk,
            "admin:wire": item.pk,
            "default": article.pk,
        },
        "suggestion": suggestion.pk,
        "section": "titles",
        "username": "maya",
        "uidb64": "MQ",
        "token": "set-password",
        "path": image.file.name,
    }
    return people, values


def _admin_object(name: str):
    """The id of an existing row of the model an admin URL is about, if there is one."""
    for model in admin.site._registry:
        meta = model._meta
        if name.startswith(f"admin:{meta.app_label}_{meta.model_name}_"):
            first = model._default_manager.order_by("pk").first()
            return first.pk if first else None
    return None


def _url(route: str, name: str, values: dict, admin_object) -> str:
    """Fill a route's parameters with an existing object's values."""

    def fill(match):
        key = match.group("key")
        value = values.get(key)
        if key == "object_id":
            return str(admin_object) if admin_object is not None else "1"
        if isinstance(value, dict):
            for prefix, candidate in value.items():
                if name.startswith(prefix):
                    return str(candidate)
            return str(value["default"])
        return str(value if value is not None else "1")

    url = "/" + re.sub(r"<(?:\w+:)?(?P<key>\w+)>", fill, route)
    if name == "media":
        url = "/media/" + values["path"]
    if name.startswith("admin:") and ("^" in url or "(" in url):  # re_path routes
        url = url.replace(r"(\d+)", str(values["version"]))
        url = url.replace("([^/]+)", str(admin_object or 1))
        url = re.sub(r"\(\?P<app_label>[^)]*\)", "catalog", url)
        url = re.sub(r"\(\?P<url>[^)]*\)", "nothing-here/", url)
        url = re.sub(r"\^|\$", "", url)
    return url


def _admin_expectation(name: str, method: str, user, request) -> set:
    """What the desk owes each visitor: its sign-in page to anyone not active staff, then each
    model admin's own rights (view or change to look; add, change, delete to write)."""
    if name == "admin:login":
        if user is None or not user.is_staff:
            return {200}
        return {302} if method == "GET" else {200, 302}
    if user is None or not user.is_staff:
        return {302}
    if name in DESK_VIEWS:
        needed_method, perm = DESK_VIEWS[name]
        if method != needed_method:
            return {302, 405} if user.has_perm(perm) else {302, 403, 405}
        return {200, 302, 400} if user.has_perm(perm) else {403}
    model_admin = next(
        (
            ma
            for m, ma in admin.site._registry.items()
            if name.startswith(f"admin:{m._meta.app_label}_{m._meta.model_name}_")
        ),
        None,
    )
    if model_admin is None:  # the index, password change, logout, app lists, autocomplete
        return {200, 302, 403, 404, 405}
    meta = model_admin.model._meta
    page = name.removeprefix(f"admin:{meta.app_label}_{meta.model_name}_")
    request.user = user
    checks = {
        "add": model_admin.has_add_permission,
        "recover": model_admin.has_add_permission,
        "recoverlist": model_admin.has_add_permission,
        "delete": model_admin.has_delete_permission,
    }
    if method == "POST" and page == "change":
        checks["change"] = model_admin.has_change_permission
    allowed = checks.get(page, model_admin.has_view_or_change_permission)(request)
    return {200, 302, 400, 404, 405} if allowed else {403}


def _fingerprint() -> Counter:
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = Counter()
        for table in tables:
            if table.startswith(
                ("django_session", "axes_", "django_admin_log", "community_privacylogentry")
            ):
                continue  # sessions, sign-in records and audit logs (of allowed exports)
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_every_url_for_every_visitor_answers_as_the_table_says(world, client):
    people, values = world
    routes = list(_patterns(get_resolver()))
    site_names = {name for _, name in routes if not name.startswith("admin:")}
    assert site_names == set(SITE), (
        f"URLs without a row in the table: {sorted(site_names - set(SITE))}; "
        f"rows for URLs that no longer exist: {sorted(set(SITE) - site_names)}"
    )
    from django.test import RequestFactory

    client.raise_request_exception = False
    request = RequestFactory().get("/admin/")
    wrong, before = [], _fingerprint()
    for method in ("GET", "POST"):
        for role in ROLES:
            signed_out = True
            client.logout()
            for route, name in routes:
                if signed_out and people[role] is not None:
                    client.force_login(people[role])
                signed_out = name in ("community:logout", "admin:logout")  # sign in again
                url = _url(route, name, values, _admin_object(name))
                send = client.get if method == "GET" else client.post
                # An address per visitor: the per-address limits are not what this tests.
                address = f"192.0.2.{ROLES.index(role) + 10}"
                status = send(url, REMOTE_ADDR=address).status_code
                if name.startswith("admin:"):
                    expected = _admin_expectation(name, method, people[role], request)
                    if _admin_object(name) is None and 403 in expected:
                        expected = expected | {302}  # no such row: sent back to the list
                else:
                    expected = {SITE[name][method][role]}
                if status not in expected:
                    wrong.append(f"{method} {url} as {role}: {status}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    # Refused writes changed nothing (allowed ones had an empty body: nothing valid to save).
    after = _fingerprint()
    assert after == before, {t: (before[t], after[t]) for t in after if after[t] != before[t]}
