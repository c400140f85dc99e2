"""The wire desk: poll outlets' feeds, store each story once, and flag possible facts."""

import calendar
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from premiere.catalog.extraction import extract_article
from premiere.catalog.gazetteer import gazetteer_current
from premiere.core.text import plain_text
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Article, Section

from .fetching import FetchError, fetch
from .models import Feed, WireItem
from .safety import UnsafeURL, check_url

# Which suggestions make an item worth an editor's look, and under which heading.
NEW_FACT_KINDS = {"release", "status", "credit", "placement", "new_title"}
DATE_CHANGE_KINDS = {"release_move"}


@dataclass
class FeedResult:
    feed: Feed
    new_items: int = 0
    skipped: int = 0
    not_modified: bool = False
    error: str = ""


@dataclass
class WireRun:
    results: list[FeedResult] = field(default_factory=list)

    @property
    def summary(self) -> str:
        new = sum(r.new_items for r in self.results)
        failed = sum(1 for r in self.results if r.error)
        unchanged = sum(1 for r in self.results if r.not_modified)
        return (
            f"{len(self.results)} feeds checked: {new} new items, {unchanged} unchanged, "
            f"{failed} failed."
        )


def feed_add(*, source, url: str) -> Feed:
    """Register a feed; unsafe URLs are refused before anything is stored."""
    check_url(url)
    feed = Feed(source=source, url=url)
    feed.full_clean()
    feed.save()
    return feed


def content_hash(title: str, summary: str) -> str:
    normalized = " ".join(f"{title}\n{summary}".split()).casefold()
    return hashlib.sha256(normalized.encode()).hexdigest()


def _published(entry) -> datetime | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC) if stamp else None


def feed_fetch(*, feed: Feed) -> FeedResult:
    """Fetch one feed and store its new items; a failure is recorded on the feed, not raised."""
    result = FeedResult(feed=feed)
    feed.last_checked_at = timezone.now()
    try:
        response = fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except (FetchError, UnsafeURL) as error:
        feed.failures += 1
        feed.last_status = result.error = str(error)[:300]
        feed.save(update_fields=["failures", "last_status", "last_checked_at"])
        return result
    feed.failures = 0
    if response.status == 304:
        result.not_modified = True
        feed.last_status = "304 not modified"
        feed.save(update_fields=["failures", "last_status", "last_checked_at"])
        return result
    parsed = feedparser.parse(response.body)
    gazetteer = gazetteer_current()
    for entry in parsed.entries:
        if _store(feed, entry, gazetteer):
            result.new_items += 1
        else:
            result.skipped += 1
    feed.etag, feed.last_modified = response.etag[:300], response.last_modified[:100]
    feed.last_status = f"{response.status}: {result.new_items} new, {result.skipped} known"
    feed.save()
    return result


def _store(feed: Feed, entry, gazetteer) -> bool:
    """Store an entry unless its URL or its text is already on the desk."""
    url = (entry.get("link") or "").strip()
    title = plain_text(entry.get("title") or "")[:500]
    summary = plain_text(entry.get("summary") or "")
    if not url.startswith(("http://", "https://")) or not title:
        return False
    digest = content_hash(title, summary)
    if WireItem.objects.filter(Q(url=url) | Q(content_hash=digest)).exists():
        return False
    published = _published(entry)
    found = extract_article(
        headline=title,
        standfirst="",
        body=summary,
        published=timezone.localdate(published or timezone.now()),
        gazetteer=gazetteer,
    )
    kept = [s.as_dict() for s in found if s.kind != "mention"]
    try:
        with transaction.atomic():
            WireItem.objects.create(
                feed=feed,
                url=url[:500],
                content_hash=digest,
                title=title,
                summary=summary,
                published_at=published,
                suggestions=kept,
                new_facts=sum(1 for s in found if s.kind in NEW_FACT_KINDS),
                date_changes=sum(1 for s in found if s.kind in DATE_CHANGE_KINDS),
            )
    except IntegrityError:
        return False  # another fetch stored it a moment ago
    return True


def wire_fetch_all(*, report=lambda message: None) -> WireRun:
    run = WireRun()
    feeds = list(Feed.objects.filter(active=True).select_related("source"))
    for number, feed in enumerate(feeds, 1):
        result = feed_fetch(feed=feed)
        run.results.append(result)
        state = result.error or ("unchanged" if result.not_modified else f"{result.new_items} new")
        report(f"[{number}/{len(feeds)}] {feed.source.name}: {state}")
    return run


def section_for(item: WireItem) -> Section | None:
    """Return the section that covers what a wire item is mostly about (the kinds of the
    titles its facts name: a game delay goes where games go), or None when nothing says."""
    kinds = Counter(
        (s.get("subject") or {}).get("subkind") or (s.get("value") or {}).get("title_kind")
        for s in item.suggestions
        if (s.get("subject") or {}).get("kind") == "title"
    )
    kinds.pop(None, None)
    kinds.pop("", None)
    sections = list(Section.objects.exclude(covers=""))
    for kind, _count in kinds.most_common():
        for section in sections:
            if kind in {k.strip() for k in section.covers.split(",")}:
                return section
    return None


FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def _standfirst_and_body(summary: str) -> tuple[str, str]:
    """The summary's first sentence over the rest: a story page printed the whole summary
    twice, as its standfirst and as its body. A one-sentence summary is both, for the editor
    to write the story under it."""
    parts = FIRST_SENTENCE.split(summary.strip(), maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ""
    if len(first) < 25:  # "Mr. Robot creator…": an abbreviation, not a sentence's end
        first, rest = summary.strip(), ""
    if len(first) > 400:  # cut for the standfirst: the body keeps every word
        return first[:399].rsplit(" ", 1)[0] + "…", summary
    return first, rest or summary


@transaction.atomic
def wire_item_start_article(*, item: WireItem, by, section: Section | None = None) -> Article:
    """Start a draft from a wire item, its source attribution filled in once, in the section
    that covers what it is about unless the editor picked one."""
    if item.article_id:
        return item.article
    section = section or section_for(item) or Section.objects.first()
    standfirst, body = _standfirst_and_body(item.summary) if item.summary else (item.title, "")
    article = newsroom.article_create(
        section=section,
        headline=item.title[:200],
        standfirst=standfirst,
        body=body,
        author=by,
        source=item.feed.source,
        source_url=item.url,
    )
    item.article = article
    item.save(update_fields=["article"])
    return article
