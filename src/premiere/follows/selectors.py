"""Reads for the follow button, the header's unread count, My Premiere, a reader's calendar
file and a reader's data."""

import logging
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse

from premiere.catalog.models import Company, Credit, Franchise, Person, Release, Title
from premiere.newsroom.models import Article, Section

from . import release_types
from .audience import settings_of
from .models import Email, Follow, Notice, NoticeSettings

log = logging.getLogger(__name__)

# What a reader can follow, by model: the Follow field that points to it.
TARGETS = {
    Title: "title",
    Franchise: "franchise",
    Person: "person",
    Company: "company",
    Section: "section",
}
TARGET_MODELS = {field: model for model, field in TARGETS.items()}


def target_field(target) -> str:
    """Return the Follow field for a title, franchise, person, company or section."""
    try:
        return TARGETS[type(target)]
    except KeyError:
        raise TypeError(f"{type(target).__name__} cannot be followed") from None


def follow_for(*, user, target) -> Follow | None:
    """Return `user`'s follow of `target`, if they follow it (one query; none when signed out)."""
    if not user.is_authenticated:
        return None
    return Follow.objects.filter(user=user, **{target_field(target): target}).first()


# The header's unread count: cached per reader, forgotten whenever their notices change, so
# a page costs no query for it most of the time (and one indexed COUNT otherwise).
UNREAD_KEY = "follows:unread:{}"
UNREAD_SECONDS = 60


def notices_unread_count(user) -> int:
    key = UNREAD_KEY.format(user.pk)
    try:
        count = cache.get(key)
    except Exception as error:  # an unreachable cache costs a query, not the page
        log.warning("Unread count not cached (%s)", error)
        count = None
    if count is None:
        count = Notice.objects.filter(user=user).unread().count()
        try:
            cache.set(key, count, UNREAD_SECONDS)
        except Exception as error:
            log.warning("Unread count not cached (%s)", error)
    return count


def notices_unread_forget(user_ids) -> None:
    try:
        cache.delete_many([UNREAD_KEY.format(pk) for pk in user_ids])
    except Exception as error:  # the cached counts expire by themselves within a minute
        log.warning("Unread counts not forgotten (%s)", error)


def platforms_known() -> list[str]:
    """Return the game platforms the catalog has releases on, A to Z."""
    return list(
        Release.objects.filter(medium=Release.Medium.PLATFORM)
        .exclude(channel="")
        .order_by("channel")
        .values_list("channel", flat=True)
        .distinct()
    )


# My Premiere ------------------------------------------------------------------------------


def _followed(follows) -> dict[str, set]:
    ids = defaultdict(set)
    for follow in follows:
        ids[follow.kind].add(getattr(follow, f"{follow.kind}_id"))
    return ids


def followed_articles(*, follows, limit: int = 12) -> list[Article]:
    """Return the latest live stories about what the reader follows: one query."""
    ids = _followed(follows)
    if not ids:
        return []
    links = {
        "title": Title.articles.through,
        "franchise": Franchise.articles.through,
        "person": Person.articles.through,
        "company": Company.articles.through,
    }
    about = Q(section_id__in=ids["section"])
    for kind, link in links.items():
        if ids[kind]:
            about |= Q(
                pk__in=link.objects.filter(**{f"{kind}_id__in": ids[kind]}).values("article_id")
            )
    return list(
        Article.objects.published()
        .filter(about)
        .select_related("section")
        .order_by("-publish_at", "-id")[:limit]
    )


def followed_releases(
    *, follows, region: str, today, limit: int = 30, elsewhere: bool = False
) -> list[Release]:
    """Return the releases of what the reader follows not over before `today`, as their region
    sees them (its own dates, else the worldwide ones; `elsewhere`, else another country's),
    of the kinds each follow chose: two queries."""
    ids = _followed(follows)
    people, companies = ids["person"], ids["company"]
    credits = defaultdict(set)  # title -> the followed people and companies credited on it
    if people or companies:
        for title, person, company in Credit.objects.filter(
            Q(person_id__in=people) | Q(company_id__in=companies)
        ).values_list("title_id", "person_id", "company_id"):
            credits[title] |= {("person", person), ("company", company)}
    if not (ids["title"] or ids["franchise"] or credits):
        return []
    releases = (
        (
            Release.objects.upcoming(today).for_region_else_elsewhere(region)
            if elsewhere
            else Release.objects.upcoming(today).for_region(region)
        )
        .filter(
            Q(title_id__in=ids["title"] | set(credits))
            | Q(title__parent_id__in=ids["title"])
            | Q(title__franchise_id__in=ids["franchise"])
            | Q(title__parent__franchise_id__in=ids["franchise"])
        )
        .select_related("title", "title__parent")
        .chronological()[: limit * 4]
    )
    by_target = defaultdict(list)
    for follow in follows:
        by_target[(follow.kind, getattr(follow, f"{follow.kind}_id"))].append(follow)
    wanted = []
    for release in releases:
        title = release.title
        covering = [
            *by_target[("title", title.pk)],
            *by_target[("title", title.parent_id)],
            *by_target[("franchise", title.franchise_id)],
            *by_target[("franchise", title.parent and title.parent.franchise_id)],
            *(follow for key in credits.get(title.pk, ()) for follow in by_target[key]),
        ]
        kind = release_types.release_type(release.medium, release.channel)
        if any(follow.accepts(kind) for follow in covering):
            wanted.append(release)
    return wanted[:limit]


def my_premiere(*, user, region: str, today) -> dict:
    """Return what My Premiere shows: the reader's notices, stories and coming releases
    about what they follow, and the follows themselves. A fixed number of queries."""
    follows = list(
        Follow.objects.filter(user=user).select_related(
            "title", "franchise", "person", "company", "section"
        )
    )
    return {
        "follows": follows,
        "notices": list(Notice.objects.for_reader(user)[:30]),
        "articles": followed_articles(follows=follows),
        "releases": followed_releases(follows=follows, region=region, today=today, elsewhere=True),
        "region": region,
    }


def calendar_of(*, key: str, since, limit: int) -> tuple[NoticeSettings, list[Release]] | None:
    """Return the reader whose calendar address holds `key` (their notice settings) and the
    releases of what they follow from `since`, in their region; None for an unknown key."""
    if not key:
        return None
    chosen = NoticeSettings.objects.select_related("user").filter(calendar_key=key).first()
    if chosen is None or not chosen.user.is_active:
        return None
    follows = Follow.objects.filter(user=chosen.user).select_related("title", "franchise")
    releases = followed_releases(follows=follows, region=chosen.region, today=since, limit=limit)
    return chosen, releases


# A reader's data --------------------------------------------------------------------------


def follows_data(*, user, site_url: str = "") -> dict:
    """Return the reader's follows, notice settings, notices and notice e-mails, for the
    download of their data (community's export): four queries."""
    follows = Follow.objects.filter(user=user).select_related(
        "title", "franchise", "person", "company", "section"
    )
    settings = settings_of(user)
    return {
        "notice_settings": settings.pk
        and {
            "email": settings.email,
            "region": settings.region,
            "calendar_url": settings.calendar_key
            and site_url + reverse("follows:calendar_file", args=[settings.calendar_key]),
            "updated_at": settings.updated_at,
        },
        "follows": [
            {
                "kind": follow.kind,
                "name": str(follow.target),
                "url": site_url + follow.target.get_absolute_url(),
                "since": follow.created_at,
                "releases": "every" if follow.every_release else follow.release_types,
                "remind_days_before": follow.remind_days,
            }
            for follow in follows.order_by("created_at", "id")
        ],
        "notices": [
            {"text": notice.text, "created_at": notice.created_at, "read_at": notice.read_at}
            for notice in Notice.objects.filter(user=user).order_by("created_at", "id")
        ],
        "notice_emails": [
            {"kind": email.kind, "state": email.state, "sent_at": email.sent_at}
            for email in Email.objects.filter(user=user).order_by("created_at", "id")
        ],
    }


# The follow button ------------------------------------------------------------------------


def follow_button_context(*, user, target, next_url: str, follow=None, lookup=True) -> dict:
    """Return what follows/_follow_button.html needs: whether `user` follows `target` (one
    query for a signed-in reader unless `follow` is given with lookup=False; none otherwise)."""
    if lookup:
        follow = follow_for(user=user, target=target)
    return {
        "target": target,
        "kind": target_field(target),
        "follow": follow,
        "signed_in": user.is_authenticated,
        "next": next_url,
    }


def saved_region(user) -> str | None:
    """The region a reader keeps in their settings, or None when they never saved any."""
    return NoticeSettings.objects.filter(user=user).values_list("region", flat=True).first()
