"""Who is told about a change: the readers whose follows cover it and who want to hear it.

A follow covers a title when it follows the title itself, the series a season belongs to
(or the game of a DLC), the franchise of either, or a person or company credited on it. Date
changes and statuses go to everyone whose follow covers the title; a new title in a franchise
goes to the franchise's followers, a new credit to the person's or company's. A follow hears
only what happens after it was made, and for a release only the kinds it chose
(release_types.py) in the reader's region or worldwide (a reader whose region is worldwide
hears every region's dates); where the title has no date of that kind for the reader's region
nor worldwide, the other regions' dates are the only news of it there is, and they hear those.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q

from premiere.catalog.models import Credit, Release, Title
from premiere.extraction.regions import WORLDWIDE

from . import release_types
from .models import CatalogEvent, Follow, NoticeSettings

Kind = CatalogEvent.Kind


@dataclass(frozen=True)
class Reader:
    user: object
    settings: NoticeSettings


def settings_of(user) -> NoticeSettings:
    """Return the reader's settings; a reader who never chose has the defaults (unsaved)."""
    try:
        return user.notice_settings
    except ObjectDoesNotExist:
        return NoticeSettings(user=user)


def _follows(condition: Q):
    return Follow.objects.filter(condition, user__is_active=True).select_related(
        "user", "user__notice_settings"
    )


def follows_covering(title_ids) -> dict[int, list[Follow]]:
    """Return, for each title, the follows that cover it: three queries however many."""
    title_ids = set(title_ids)
    titles = [
        (pk, parent, {franchise, parent_franchise} - {None})
        for pk, parent, franchise, parent_franchise in Title.objects.filter(
            pk__in=title_ids
        ).values_list("pk", "parent_id", "franchise_id", "parent__franchise_id")
    ]
    credits = list(
        Credit.objects.filter(title_id__in=title_ids).values_list(
            "title_id", "person_id", "company_id"
        )
    )
    follows = _follows(
        Q(title_id__in=title_ids | {parent for _, parent, _ in titles if parent})
        | Q(franchise_id__in={f for _, _, franchises in titles for f in franchises})
        | Q(person_id__in={person for _, person, _ in credits if person})
        | Q(company_id__in={company for _, _, company in credits if company})
    )
    by_target = defaultdict(list)
    for follow in follows:
        by_target[(follow.kind, getattr(follow, f"{follow.kind}_id"))].append(follow)
    covering = defaultdict(list)
    for pk, parent, franchises in titles:
        covering[pk] += by_target[("title", pk)] + by_target[("title", parent)]
        for franchise in franchises:
            covering[pk] += by_target[("franchise", franchise)]
    for title, person, company in credits:
        covering[title] += by_target[("person", person)] + by_target[("company", company)]
    return covering


def region_matches(reader_region: str, release_region: str, dated=frozenset()) -> bool:
    """True when a reader in `reader_region` hears of a date in `release_region`, the title
    having dates of that kind in the regions `dated`: their own region's and worldwide dates,
    or any region's while neither of those is known."""
    if release_region in (reader_region, WORLDWIDE) or reader_region == WORLDWIDE:
        return True
    return not dated & {reader_region, WORLDWIDE}


def _regions_dated(title_id: int, kind: str) -> set[str]:
    """The regions where the title has a date of this kind of release, as the catalog is now."""
    rows = Release.objects.filter(title_id=title_id).values_list("region", "medium", "channel")
    return {
        region
        for region, medium, channel in rows
        if release_types.release_type(medium, channel) == kind
    }


def _readers(follows, event: CatalogEvent, wants) -> dict[int, Reader]:
    readers = {}
    for follow in follows:
        if follow.user_id in readers or follow.created_at > event.happened_at:
            continue
        settings = settings_of(follow.user)
        if wants(follow, settings):
            readers[follow.user_id] = Reader(follow.user, settings)
    return readers


def _about_the_title(event: CatalogEvent) -> dict[int, Reader]:
    if event.title_id is not None:
        follows = follows_covering([event.title_id]).get(event.title_id, [])
    elif event.franchise_id is not None:
        # The title went (a story that made it came down) before the worker got here: its own
        # follows and credits went with it, its franchise's followers are still to be told.
        follows = list(_follows(Q(franchise_id=event.franchise_id)))
    else:
        return {}
    if not event.release_type:
        return _readers(follows, event, lambda follow, settings: True)
    dated = _regions_dated(event.title_id, event.release_type) if event.title_id else set()
    return _readers(
        follows,
        event,
        lambda follow, settings: (
            follow.accepts(event.release_type)
            and region_matches(settings.region, event.region, dated)
        ),
    )


def _franchise_followers(event: CatalogEvent) -> dict[int, Reader]:
    if event.franchise_id is None or event.title_id is None:
        return {}
    return _readers(_follows(Q(franchise_id=event.franchise_id)), event, lambda f, s: True)


def _credited_followers(event: CatalogEvent) -> dict[int, Reader]:
    if event.title_id is None or (event.person_id is None and event.company_id is None):
        return {}
    condition = Q(person_id=event.person_id) if event.person_id else Q(company_id=event.company_id)
    return _readers(_follows(condition), event, lambda f, s: True)


AUDIENCE = {
    Kind.RELEASE_DATED: _about_the_title,
    Kind.RELEASE_MOVED: _about_the_title,
    Kind.RELEASE_WITHDRAWN: _about_the_title,
    Kind.STATUS_CHANGED: _about_the_title,
    Kind.JOINED_FRANCHISE: _franchise_followers,
    Kind.CREDIT_ADDED: _credited_followers,
}


def audience(event: CatalogEvent) -> dict[int, Reader]:
    """Return the readers to tell about `event`, by user id (each once, however many of
    their follows cover it)."""
    return AUDIENCE[Kind(event.kind)](event)
