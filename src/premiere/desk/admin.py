"""The review page of an article's suggested facts: the editor's desk.

Grouped by the entity each fact is about (a new entity first in its group); accept as
suggested, edit then accept, or reject, in place; "Accept all confident" per entity; the
decisions below with Undo. Works as plain forms (each answer brings the editor back to where
they were) and, with JavaScript, without reloading the page.
"""

import logging
from itertools import groupby

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST, require_safe

from premiere.catalog.extraction import describe
from premiere.catalog.models import Company, Credit, Franchise, Person, Release, Title
from premiere.extraction import Kind
from premiere.extraction.regions import region_choices
from premiere.extraction.text import normalize_name
from premiere.extraction.vocabulary import STREAMERS
from premiere.newsroom.admin import ArticleAdmin
from premiere.newsroom.models import Article

from . import services as suggestions
from .deciding import (
    CONFIDENT,
    accepted_unsaid,
    needs,
    other_names_offered,
    still_said,
    story_words,
)
from .models import FactSuggestion

logger = logging.getLogger(__name__)

FRAGMENT_HEADER = "X-Review-Fragment"  # sent by review.js: answer with the panel only

_MEDIA = [("", "— say how —")] + list(Release.Medium.choices)
_MOVE_MEDIA = [("", "Every release on the old date")] + list(Release.Medium.choices)
# Platforms and services an editor picks from most (free text is allowed too).
CHANNELS = [
    "PS5",
    "PS4",
    "Xbox Series X|S",
    "Xbox One",
    "PC",
    "Switch",
    "Switch 2",
    "Mac",
    "iOS",
    "Android",
    *STREAMERS,
]

TITLE_LABEL = "Title it belongs to (any the catalog or this story names)"
# What an editor may change before accepting, per kind: (name, label, choices or None).
EDITABLE = {
    Kind.RELEASE: [
        ("date", "Date (2024-06-07, 2025-Q3, 2026, TBA…)", None),
        ("title", TITLE_LABEL, None),
        ("region", "Region", region_choices),
        ("medium", "How", lambda: _MEDIA),
        ("channel", "Platform or service", None),
        # How sure the source is, not the desk (whose reading the card's percentage says)
        ("confidence", "The source calls it", lambda: list(Release.Confidence.choices)),
    ],
    Kind.RELEASE_MOVE: [
        ("to", "New date", None),
        ("title", TITLE_LABEL, None),
        ("from", "Old date", None),
        ("region", "Region", region_choices),
        ("medium", "Which release", lambda: _MOVE_MEDIA),
        ("channel", "Platform or service", None),
    ],
    Kind.STATUS: [
        ("status", "Status", lambda: list(Title.Status.choices)),
        ("title", TITLE_LABEL, None),
    ],
    Kind.CREDIT: [
        ("title", TITLE_LABEL, None),
        ("person", "Person", None),
        ("company", "Company", None),
        ("role", "Role", lambda: list(Credit.Role.choices)),
    ],
    Kind.NEW_TITLE: [
        ("name", "Name", None),
        ("title_kind", "Kind", lambda: list(Title.Kind.choices)),
        ("parent", "Part of (a season's or a special's show, a DLC's game)", None),
        (
            "aliases",
            "Other names, comma between (the story's, kept if you rename it; an English title)",
            None,
        ),
    ],
    Kind.NEW_PERSON: [("name", "Name", None)],
    Kind.NEW_COMPANY: [("name", "Name", None)],
    Kind.NEW_FRANCHISE: [("name", "Name", None)],
}


def _fields(row: FactSuggestion, posted: dict | None = None, errors: dict | None = None):
    value = row.payload.get("value", {})
    fields = []
    for name, label, choices in EDITABLE.get(Kind(row.kind), []):
        if row.kind == Kind.CREDIT and name in ("person", "company") and name not in value:
            continue  # a company's credit names no person, a person's no company
        said = value.get(name, "") or ""
        if name == "title" and not said:  # the title the fact was read for
            said = (row.payload.get("subject") or {}).get("name", "")
        if name == "aliases":  # the story's own name among them, to keep or take out
            said = other_names_offered(row)
        current = (posted or {}).get(f"edit_{name}", said)
        if isinstance(current, list):
            current = ", ".join(current)  # other names, as the editor types them
        fields.append(
            {
                "name": name,
                "label": label,
                "choices": choices() if choices else None,
                "value": str(current),
                "error": " ".join((errors or {}).get(name, [])),
                "list": "review-channels" if name == "channel" else "",
            }
        )
    return fields


# A story of thousands of suggestions (a pasted web page) would make a page of megabytes: the
# panel shows the first entities, and the next come up as these are decided.
SHOWN_GROUPS = 30
SHOWN_DECIDED = 100
SAID_ONE_BY_ONE = 6  # "Accept all confident" names what it saved up to this many, else counts
_RANK = {"title": 0, "franchise": 1}  # titles and their dates first, then franchises, people…


def _group_order(items: list, first_seen: dict) -> tuple:
    kinds = {(r.payload.get("subject") or {}).get("kind") for r in items}
    label = items[0].subject_label.casefold()
    return (min(_RANK.get(kind, 2) for kind in kinds), first_seen[label])


def _renamed(rows: list) -> dict[tuple[str, str], str]:
    """The new titles and people the editor named otherwise than suggested, accepted or
    undone since: {(kind, suggested name's key): the name they gave}."""
    names = {}
    for row in rows:
        if row.state == FactSuggestion.State.REJECTED or row.kind not in (
            Kind.NEW_TITLE,
            Kind.NEW_PERSON,
            Kind.NEW_COMPANY,
        ):
            continue
        suggested = (row.payload.get("subject") or {}).get("name", "")
        # Accepted, the name saved; back in the list after an undo, the name it came back with.
        value = row.value if row.state == FactSuggestion.State.ACCEPTED else row.payload["value"]
        given = value.get("name", "")
        if given and normalize_name(given) != normalize_name(suggested):
            names[(row.kind, normalize_name(suggested))] = given
    return names


def _say_as_renamed(row: FactSuggestion, names: dict) -> None:
    """A card about a renamed new title or person says the name the editor gave it."""
    subject = dict(row.payload.get("subject") or {})
    value = dict(row.payload.get("value") or {})
    title = names.get((Kind.NEW_TITLE, normalize_name(subject.get("name", ""))))
    person = names.get((Kind.NEW_PERSON, normalize_name(value.get("person", ""))))
    company = names.get((Kind.NEW_COMPANY, normalize_name(value.get("company", ""))))
    if title and subject.get("id") is None:
        subject["name"] = title
    if person and value.get("person_id") is None:
        value["person"] = person
    if company and value.get("company_id") is None:
        value["company"] = company
    if (title or person or company) and not row.is_new_entity:
        row.change = describe(row.kind, subject, value, article_id=row.article_id) or row.change


RELEASE_KINDS = (Kind.RELEASE, Kind.RELEASE_MOVE)
SHOWN_RELEASES = 4


def _dated_title(row: FactSuggestion) -> int | None:
    subject = row.payload.get("subject") or {}
    if row.kind in RELEASE_KINDS and subject.get("kind") == "title":
        return subject.get("id")
    return None


def _releases_now(rows: list) -> dict[int, list[str]]:
    """What the catalog already says of each known title a date card is about, in one query:
    a card to add a date may in fact move one ("July 2027 (Theatrical, United States)")."""
    ids = {title for row in rows if (title := _dated_title(row))}
    releases = Release.objects.filter(title_id__in=ids).order_by("title_id", "date_start", "pk")
    said: dict[int, list[str]] = {}
    for release in releases:
        said.setdefault(release.title_id, []).append(f"{release.when} ({release.where})")
    return {title: lines[:SHOWN_RELEASES] for title, lines in said.items()}


def _read_again(before: set[int], found: list) -> str:
    """What reading the story again changed, so the editor knows the button did something."""
    new = sum(row.pk not in before for row in found)
    gone = len(before - {row.pk for row in found})
    changes = [
        f"{new} new" if new else "",
        f"{gone} gone (the story no longer says them)" if gone else "",
    ]
    said = "; ".join(change for change in changes if change) or "nothing new"
    return f"Read the story again: {said}. {_facts(len(found))} to review."


def _facts(count: int) -> str:
    return f"{count} suggested fact{'s' * (count != 1)}"


def review_groups(article: Article, *, failed=None) -> dict:
    """Return the page's content: pending suggestions grouped by entity (titles first, each
    kind in the order the story names them), and the decisions."""
    failed = failed or {}
    rows = list(article.fact_suggestions.select_related("decided_by").order_by("pk"))
    pending = [r for r in rows if r.state == FactSuggestion.State.PENDING]
    for row in pending:
        row.is_new_entity = Kind(row.kind).is_new_entity
    pending.sort(key=lambda r: (r.subject_label.casefold(), not r.is_new_entity, r.pk))
    grouped = [
        list(items) for _, items in groupby(pending, key=lambda r: r.subject_label.casefold())
    ]
    # Where the story first names each (decided suggestions count): deciding some of a
    # group's cards does not send it down the page.
    first_seen = {}
    for row in rows:
        first_seen.setdefault(row.subject_label.casefold(), row.pk)
    grouped.sort(key=lambda items: _group_order(items, first_seen))
    groups = []
    names = _renamed(rows)
    words = story_words(article)
    shown = [row for items in grouped[:SHOWN_GROUPS] for row in items]
    catalog_has = _releases_now(shown)
    for items in grouped[:SHOWN_GROUPS]:
        for row in items:
            row.catalog_has = catalog_has.get(_dated_title(row), [])
            if names:
                _say_as_renamed(row, names)
            posted, errors = failed.get(row.pk, (None, None))
            row.fields, row.errors = _fields(row, posted, errors), errors
            row.needs = needs(row)
            row.unsaid = not still_said(row, words)
            row.similar = (
                row.payload.get("value", {}).get("similar", []) if row.is_new_entity else []
            )
        label = items[0].subject_label
        groups.append(
            {
                "key": label,  # what "Accept all confident" finds the group's cards by
                "label": names.get((Kind.NEW_TITLE, normalize_name(label)), label),
                "suggested_as": label if (Kind.NEW_TITLE, normalize_name(label)) in names else "",
                "anchor": f"entity-{items[0].pk}",
                "rows": items,
                "is_new": any(r.is_new_entity for r in items),
                # The cards one press can accept: not those still asking for something.
                "confident": sum(
                    1 for r in items if r.confidence >= CONFIDENT and not (r.needs or r.unsaid)
                ),
            }
        )
    decided = [r for r in rows if r.state != FactSuggestion.State.PENDING]
    decided.sort(key=lambda r: r.decided_at or r.found_at, reverse=True)
    to_check = {row.pk for row in accepted_unsaid(decided, words)}
    for row in decided:
        row.unsaid = row.pk in to_check
    unsaid = len(to_check)
    return {
        "groups": groups,
        # One press for every name shown: the story's confident cards, as each group's button
        "confident_groups": [g for g in groups if g["confident"]],
        "confident_count": sum(g["confident"] for g in groups),
        "groups_later": len(grouped) - len(groups),
        "decided": decided[:SHOWN_DECIDED],
        "decided_count": len(decided),
        "unsaid_count": unsaid,
        "decided_earlier": max(0, len(decided) - SHOWN_DECIDED),
        "pending_count": len(pending),
        "held_count": sum(1 for r in decided if r.is_held),
        "channels": CHANNELS,
        "confident_at": CONFIDENT,
    }


PLURALS = {"Title": "Titles", "Person": "People", "Company": "Companies", "Franchise": "Franchises"}


def _link_inline(model, field, label):
    return type(
        f"{model.__name__}LinkInline",
        (admin.TabularInline,),
        {
            "model": model.articles.through,
            "extra": 0,
            "autocomplete_fields": [field],
            "verbose_name": label,
            "verbose_name_plural": f"{PLURALS[label]} in this story",
            # The row's own name is the link row's ("Title_articles object (4)"): the
            # entity's name is in its field already (review.css hides the other).
            "classes": ["entity-links"],
        },
    )


post_only = method_decorator(require_POST)

admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithFactsAdmin(ArticleAdmin):
    """The newsroom's article admin, plus the entities it links to and its review page."""

    change_form_template = "admin/desk/article_change_form.html"
    inlines = [
        _link_inline(Title, "title", "Title"),
        _link_inline(Person, "person", "Person"),
        _link_inline(Company, "company", "Company"),
        _link_inline(Franchise, "franchise", "Franchise"),
    ]

    def get_urls(self):
        def view(function, route, name):
            return path(route, self.admin_site.admin_view(function), name=name)

        return [
            view(self.review, "<int:pk>/facts/", "newsroom_article_facts"),
            view(self.refresh, "<int:pk>/facts/refresh/", "newsroom_article_facts_refresh"),
            view(
                self.accept_confident,
                "<int:pk>/facts/accept-confident/",
                "newsroom_article_facts_accept_confident",
            ),
            view(self.decide, "<int:pk>/facts/<int:suggestion>/", "newsroom_article_fact_decide"),
        ] + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        counts = {"pending": 0, "held": 0, "not_written": 0, "unsaid": 0, "reading": False}
        counts |= {"failed": False, "any": False}
        article = Article.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        if article is not None:
            rows = FactSuggestion.objects.filter(article=article)
            counts["pending"] = rows.filter(state=FactSuggestion.State.PENDING).count()
            held = rows.filter(state=FactSuggestion.State.ACCEPTED, applied_at__isnull=True)
            counts["not_written"] = held.exclude(problem="").count()
            counts["held"] = held.filter(problem="").count()
            counts["reading"] = suggestions.article_being_read(article=article)
            counts["failed"] = suggestions.article_reading_failed(article=article)
            counts["any"] = rows.exists()
            said = story_words(article)
            accepted = rows.filter(state=FactSuggestion.State.ACCEPTED)
            counts["unsaid"] = len(accepted_unsaid(accepted, said))
        extra = {"fact_counts": counts, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra)

    # The review page ------------------------------------------------------------------------

    def _article(self, request, pk) -> Article:
        article = get_object_or_404(Article.objects.select_related("source", "section"), pk=pk)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def _url(self, article, anchor="") -> str:
        url = reverse("admin:newsroom_article_facts", args=[article.pk])
        return f"{url}#{anchor}" if anchor else url

    def _render(self, request, article, *, status=200, failed=None, message=None):
        review = review_groups(article, failed=failed)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Facts in “{article.headline}”",
            "article": article,
            "opts": self.model._meta,
            "can_decide": request.user.has_perm("desk.decide_factsuggestion"),
            "message": message,
            # Asked only of an empty panel, the one place it is said: not on every decision
            "reading_failed": not review["groups"]
            and suggestions.article_reading_failed(article=article),
            **review,
        }
        fragment = request.headers.get(FRAGMENT_HEADER) == "1"
        template = "admin/desk/_review_panel.html" if fragment else "admin/desk/review.html"
        return TemplateResponse(request, template, context, status=status)

    @method_decorator(require_safe)
    def review(self, request, pk):
        return self._render(request, self._article(request, pk))

    def _answer(self, request, article, message, level, anchor, status=200, failed=None):
        """With JavaScript: the panel, with the message in it. Without: back to the place on
        the page the editor acted from, the message above it."""
        if request.headers.get(FRAGMENT_HEADER) == "1":
            return self._render(
                request,
                article,
                status=status,
                failed=failed,
                message={"text": message, "tag": messages.DEFAULT_TAGS[level]},
            )
        if failed:
            messages.add_message(request, level, message)
            return self._render(request, article, status=status, failed=failed)
        messages.add_message(request, level, message)
        return redirect(self._url(article, anchor))

    @post_only
    def refresh(self, request, pk):
        article = self._article(request, pk)
        before = set(
            article.fact_suggestions.filter(state=FactSuggestion.State.PENDING).values_list(
                "pk", flat=True
            )
        )
        try:
            found = suggestions.article_suggest(article=article)
        except Exception:
            # A fault in the extractor is the desk's to fix, not the editor's to puzzle over:
            # logged with the story's id, said plainly, the cards left as they were.
            logger.exception("Reading article %s for facts failed", article.pk)
            text = "Reading the story for facts failed: the error is in the site's log and the"
            text += " cards are as they were."
            return self._answer(request, article, text, messages.ERROR, "", status=500)
        return self._answer(request, article, _read_again(before, found), messages.INFO, "")

    @post_only
    def decide(self, request, pk, suggestion):
        article = self._article(request, pk)
        row = FactSuggestion.objects.filter(pk=suggestion, article=article).first()
        if row is None:
            # The story changed since the page was drawn and the card went with its words.
            return self._answer(
                request,
                article,
                "That card is gone: the story was edited since this page was opened, and its "
                "facts were read again. Here they are as the story says them now.",
                messages.WARNING,
                "",
                status=409,
            )
        following = self._next_anchor(article, row)
        allowed = {name for name, _, _ in EDITABLE.get(Kind(row.kind), [])}
        if row.kind == Kind.CREDIT:  # a person's card names no company, a company's no person
            allowed -= {"person", "company"} - set(row.payload.get("value", {}))
        edits = {
            key[5:]: value.strip()
            for key, value in request.POST.items()
            if key.startswith("edit_") and key[5:] in allowed
        }
        if row.kind in (Kind.NEW_TITLE, Kind.NEW_PERSON, Kind.NEW_COMPANY, Kind.NEW_FRANCHISE):
            edits["existing_id"] = request.POST.get("existing_id", "")
        decision = request.POST.get("decision")
        try:
            if decision == "reject":
                done = suggestions.suggestion_reject(suggestion=row, by=request.user)
            elif decision == "undo":
                done = suggestions.suggestion_undo(suggestion=row, by=request.user)
                following = f"s-{row.pk}"
            else:
                done = suggestions.suggestion_accept(suggestion=row, by=request.user, edits=edits)
        except suggestions.DecidingDenied:
            raise
        except ValidationError as error:
            errors = error.message_dict if hasattr(error, "error_dict") else {}
            text = " ".join(error.messages)
            return self._answer(
                request,
                article,
                f"Not saved — {text}",
                messages.ERROR,
                f"s-{row.pk}",
                status=400,
                failed={row.pk: (request.POST, errors)},
            )
        level = messages.SUCCESS if done.verb == "Accepted" else messages.INFO
        return self._answer(request, article, done.message, level, following)

    @post_only
    def accept_confident(self, request, pk):
        article = self._article(request, pk)
        labels = request.POST.getlist("subject_label")
        decisions, failed = suggestions.suggestions_accept_confident(
            article=article, by=request.user, subject_label=labels
        )
        # as many as the button said, about what it said
        about = labels[0] if len(labels) == 1 else "the names shown"
        text = f"Accepted {len(decisions)} about {about}"
        if 0 < len(decisions) <= SAID_ONE_BY_ONE:  # what was saved, as the card's own Accept says
            text += ": " + "; ".join(str(decision.suggestion) for decision in decisions)
        # A new title a fact brought along was decided too, though it was not on the list.
        if brought := [row for decision in decisions for row in decision.brought]:
            text += "; with them: " + "; ".join(row.decided_change or row.change for row in brought)
        if decisions and decisions[0].held:
            text += ", public when the story is published"
        if failed:
            needs = "needs" if len(failed) == 1 else "need"
            text += f"; {len(failed)} {needs} a look — " + "; ".join(
                f"{row.change}: {' '.join(error.messages).rstrip('.')}" for row, error in failed
            )
        level = messages.WARNING if failed else messages.SUCCESS
        # The cards that need a look open, their fields marked, as after a card's own Accept.
        cards = {
            row.pk: ({}, error.message_dict if hasattr(error, "error_dict") else {})
            for row, error in failed
        }
        return self._answer(request, article, text + ".", level, "decided", failed=cards)

    def _next_anchor(self, article, row) -> str:
        """The card after this one, where the editor's eyes go next."""
        pending = [r for group in review_groups(article)["groups"] for r in group["rows"]]
        ids = [r.pk for r in pending]
        if row.pk in ids and ids.index(row.pk) + 1 < len(ids):
            return f"s-{ids[ids.index(row.pk) + 1]}"
        return "decided"
