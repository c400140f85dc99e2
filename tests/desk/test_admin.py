"""The review page of an article's suggested facts, as an editor uses it without JavaScript
(the browser tests drive it with JavaScript)."""

import re
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from premiere.catalog import services
from premiere.catalog.models import Release, Title
from premiere.desk import services as suggestions
from premiere.desk.admin import FRAGMENT_HEADER
from premiere.desk.models import FactSuggestion
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Article

pytestmark = pytest.mark.django_db

BODY = (
    "The studio confirmed that Starfall Protocol will be released in theaters worldwide on "
    "July 9, 2027. John Wick 5 is back on the table."
)


@pytest.fixture
def desk(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def story(make_article):
    services.title_create(kind="film", name="Starfall Protocol")
    article = make_article(headline="Starfall Protocol is dated", body=BODY)
    suggestions.article_suggest(article=article)
    return article


def test_a_story_of_hundreds_of_suggestions_comes_up_a_few_names_at_a_time(desk, make_article):
    names = [f"Lantern Street {n}" for n in range(1, 36)]
    for name in names:
        services.title_create(kind="film", name=name)
    body = "\n\n".join(
        f"{name} will be released in theaters on July {9 + n % 20}, 2027."
        for n, name in enumerate(names)
    )
    article = make_article(headline="The studio's whole slate", body=body)
    suggestions.article_suggest(article=article)
    url = reverse("admin:newsroom_article_facts", args=[article.pk])
    page = desk.get(url).content.decode()
    assert page.count('class="review-group"') == 30
    assert "And 5 more names with suggestions" in page
    assert ">Lantern Street 1<" in page and ">Lantern Street 35<" not in page
    # Deciding the first name brings the next one up.
    first = article.fact_suggestions.filter(subject_label="Lantern Street 1")
    for row in first:
        desk.post(_decide(article, row), {"decision": "reject"})
    page = desk.get(url).content.decode()
    assert ">Lantern Street 1<" not in page and ">Lantern Street 31<" in page
    assert "And 4 more names" in page


def _decide(story, row):
    return reverse("admin:newsroom_article_fact_decide", args=[story.pk, row.pk])


def test_saving_an_article_proposes_facts_once_it_commits(
    make_article, django_capture_on_commit_callbacks
):
    services.title_create(kind="film", name="Starfall Protocol")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(publish=False, body=BODY)
    assert article.fact_suggestions.filter(kind="release").exists()


def test_the_article_form_points_to_the_review_at_its_top(desk, story):
    page = desk.get(reverse("admin:newsroom_article_change", args=[story.pk])).content.decode()
    summary = page.index("Suggested facts:")
    assert summary < page.index('name="headline"')
    assert "to review" in page[summary : summary + 300]
    assert reverse("admin:newsroom_article_facts", args=[story.pk]) in page


def test_the_review_page_groups_facts_by_entity_new_ones_marked(desk, story):
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    starfall = page.index(">Starfall Protocol<")
    five = page.index('>John Wick 5 <span class="badge new">new to the catalog</span>')
    assert "Add a theatrical, worldwide release for Starfall Protocol: July 9, 2027" in page
    assert "Record John Wick 5 as in development" in page
    assert starfall < five  # titles in the order the story names them
    assert "Accept all confident" in page
    # each card says in words what kind of fact it is
    assert re.search(r'<span class="meta">New title · the desk is \d+% sure of its reading', page)
    assert re.search(r'<span class="meta">Release date · the desk is \d+% sure', page)


def test_a_card_s_fields_say_what_they_change(desk, story):
    # found in a browser walk: the title field read "put it on another the catalog or this
    # story has"
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "Title it belongs to (any the catalog or this story names)" in page
    assert re.search(
        r'<input id="s\d+-channel" name="edit_channel" value="[^"]*" '
        r'list="review-channels">',
        page,
    )
    assert '<datalist id="review-channels"><option value="PS5">' in page


def test_a_date_card_shows_what_the_catalog_already_says_of_the_title(
    desk, make_article, said_by, day
):
    """A walk-through accepted "Add a United States release … December 11, 2026" not knowing
    the catalog had July 2027 there: it became a move, and followers heard it moved up."""
    title = services.title_create(kind="film", name="Starfall Protocol")
    services.release_set(
        title=title, region="US", medium="theatrical", when=day("2027-07"), evidence=said_by()
    )
    article = make_article(headline="Dated", body=BODY)
    suggestions.article_suggest(article=article)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert (
        '<p class="catalog-has">In the catalog now: July 2027 (Theatrical, United States)</p>'
        in page
    )
    assert page.count('class="catalog-has"') == 1  # the date card only; none on John Wick 5


def test_a_date_given_by_a_roundup_s_heading_shows_the_heading_and_the_line(desk, make_article):
    services.title_create(kind="film", name="Starfall Protocol")
    article = make_article(
        headline="Opening in cinemas this weekend",
        body="Starfall Protocol\n\nHollow Crown\n\nBoth are reviewed below, at some length.",
    )
    suggestions.article_suggest(article=article)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert ">Opening in cinemas this weekend<br>Starfall Protocol</blockquote>" in page


def test_accepting_an_edited_fact_comes_back_to_the_next_card(desk, story):
    release = story.fact_suggestions.get(kind="release")
    response = desk.post(
        _decide(story, release),
        {
            "decision": "accept",
            "edit_region": "GB",
            "edit_date": "2027-07-16",
            "edit_medium": "theatrical",
            "edit_channel": "",
            "edit_confidence": "confirmed",
        },
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:newsroom_article_facts", args=[story.pk]))
    assert "#s-" in response.url or response.url.endswith("#decided")
    saved = Release.objects.get(title__name="Starfall Protocol")
    assert (saved.region, str(saved.when), saved.confidence) == ("GB", "July 16, 2027", "confirmed")
    page = desk.get(response.url).content.decode()
    saved_message = "Saved: Add a theatrical, United Kingdom release for Starfall Protocol: July 16"
    assert saved_message in page
    assert "Public" in page and "Undo" in page


def test_with_javascript_the_answer_is_the_panel_with_what_was_saved(desk, story):
    release = story.fact_suggestions.get(kind="release")
    response = desk.post(
        _decide(story, release), {"decision": "accept"}, headers={FRAGMENT_HEADER: "1"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="review"')
    assert "Saved: Add a theatrical, worldwide release for Starfall Protocol: July 9, 2027." in html


def test_rejecting_then_undoing_brings_it_back(desk, story):
    status = story.fact_suggestions.get(kind="status")
    desk.post(_decide(story, status), {"decision": "reject"})
    status.refresh_from_db()
    assert status.state == FactSuggestion.State.REJECTED
    desk.post(_decide(story, status), {"decision": "undo"})
    status.refresh_from_db()
    assert status.state == FactSuggestion.State.PENDING
    assert not Title.objects.filter(name="John Wick 5").exists()


def test_a_new_title_renamed_on_accepting_is_called_so_on_its_other_cards(desk, make_article):
    """Modelled on a roundup's heading misread as a title: the editor accepts it under its
    real name, and the group and its remaining cards say that name, not the misread one."""
    article = make_article(
        headline="Dated",
        body="Studio Vantablack confirmed that Starfall Protocol 2 will open in theaters on "
        "July 9, 2027. Starfall Protocol 2 is filming now.",
    )
    suggestions.article_suggest(article=article)
    title = article.fact_suggestions.get(kind="new_title")
    desk.post(_decide(article, title), {"decision": "accept", "edit_name": "Starfall Protocol II"})
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert '>Starfall Protocol II <span class="meta">(suggested as Starfall Protocol 2)' in page
    assert "release for Starfall Protocol II: July 9, 2027" in page
    assert 'name="subject_label" value="Starfall Protocol 2"' in page
    # Undone, the card keeps the name given, and so do its group and the cards under it.
    suggestions.suggestion_undo(suggestion=title, by=article.author)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert '>Starfall Protocol II <span class="meta">(suggested as Starfall Protocol 2)' in page
    response = desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[article.pk]),
        {"subject_label": "Starfall Protocol 2"},
        follow=True,
    )
    assert "Accepted" in response.content.decode()


def test_a_bad_edit_shows_the_field_error_and_keeps_the_suggestion(desk, story):
    release = story.fact_suggestions.get(kind="release")
    response = desk.post(_decide(story, release), {"decision": "accept", "edit_date": "whenever"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Not saved" in page and 'aria-invalid="true"' in page
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_accept_all_confident_for_one_entity(desk, story):
    response = desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[story.pk]),
        {"subject_label": "Starfall Protocol"},
        follow=True,
    )
    assert "Accepted" in response.content.decode()
    assert Release.objects.filter(title__name="Starfall Protocol").exists()
    assert story.fact_suggestions.get(kind="status").state == "pending"


def test_accept_all_confident_for_the_whole_story(desk, make_article):
    """A walk-through's round-up had a dozen names, each with its own button: one press takes
    every name's confident cards, and leaves the unsure ones."""
    services.title_create(kind="film", name="Starfall Protocol")
    services.title_create(kind="film", name="Harbor Lights")
    article = make_article(
        headline="Two dates",
        body=(
            "Starfall Protocol opens in theaters worldwide on July 9, 2027. Harbor Lights "
            "opens in theaters worldwide on August 13, 2027. John Wick 5 is back on the table."
        ),
    )
    suggestions.article_suggest(article=article)
    article.fact_suggestions.filter(kind="status").update(confidence=0.5)
    review = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    # each title's link and date, and the new title: not its unsure status
    assert "Accept all confident in this story (5)" in review
    labels = re.findall(r'name="subject_label" value="([^"]+)"', review.split("review-group")[0])
    response = desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[article.pk]),
        {"subject_label": labels},
        follow=True,
    )
    assert "Accepted 5 about the names shown" in response.content.decode()
    assert (
        Release.objects.filter(title__name__in=["Starfall Protocol", "Harbor Lights"]).count() == 2
    )
    assert article.fact_suggestions.get(kind="status").state == "pending"


def test_accept_all_confident_says_the_new_title_a_fact_brought_along(desk, make_article):
    """The title itself less sure than its date (a name read off a headline): accepting the
    date accepts the title too, and the message says so, its count the button's (a
    walk-through read "Accept all confident (1)", then "Accepted 2")."""
    article = make_article(
        headline="Dated",
        body="Night Orchard opens in theaters on July 9, 2027.",
    )
    suggestions.article_suggest(article=article)
    article.fact_suggestions.filter(kind="new_title").update(confidence=0.5)
    review = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk]))
    assert "Accept all confident (1)" in review.content.decode()
    response = desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[article.pk]),
        {"subject_label": "Night Orchard"},
        follow=True,
    )
    page = response.content.decode()
    # what was saved, then what came along with it
    assert (
        "Accepted 1 about Night Orchard: Add a theatrical, worldwide release for Night Orchard: "
        "July 9, 2027; with them: Add the new title Night Orchard, a film." in page
    )
    assert not article.fact_suggestions.filter(state="pending").exists()


def test_accept_all_confident_leaves_the_cards_still_asking_for_something(desk, make_article):
    """A date that does not say how it comes out is not one press's to accept: the button
    neither counts it nor tries it (it failed the same way at every press), and its card
    asks for the medium."""
    services.title_create(kind="series", name="Harbor Lights")
    article = make_article(headline="Harbor Lights returns", body="Harbor Lights arrives on May 5.")
    suggestions.article_suggest(article=article)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert "Accept all confident (1)" in page  # the mention, not the date

    response = desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[article.pk]),
        {"subject_label": "Harbor Lights"},
        follow=True,
    )

    page = response.content.decode()
    assert "Accepted 1 about Harbor Lights: Link this article to Harbor Lights." in page
    assert "needs a look" not in page
    assert "Accept all confident" not in page
    card = page[page.index('id="s-' + str(article.fact_suggestions.get(kind="release").pk)) :]
    card = card[: card.index("</li>")]
    assert "Say how it is released" in card


def test_readers_cannot_open_or_decide(client, make_user, story):
    client.force_login(make_user())
    release = story.fact_suggestions.get(kind="release")
    assert client.get(reverse("admin:newsroom_article_facts", args=[story.pk])).status_code == 302
    client.post(_decide(story, release), {"decision": "accept"})
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_deciding_needs_catalog_rights_and_only_offered_fields_change(client, make_user, story):
    from django.contrib.auth.models import Permission

    writer = make_user("writer", is_staff=True)
    writer.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_article", "view_article"])
    )
    client.force_login(writer)
    release = story.fact_suggestions.get(kind="release")
    page = client.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "An editor with the right to accept facts decides on these." in page
    assert client.post(_decide(story, release), {"decision": "accept"}).status_code == 403
    assert not Release.objects.exists()

    writer.user_permissions.add(Permission.objects.get(codename="decide_factsuggestion"))
    client.post(
        _decide(story, release),
        {
            "decision": "accept",
            "edit_region": "GB",
            "edit_relation": "remake",
            "edit_title_id": "999",
        },
    )
    saved = Release.objects.get()
    assert (saved.region, saved.title.name) == ("GB", "Starfall Protocol")


def test_just_after_saving_the_form_says_the_story_is_being_read(
    desk, make_article, settings, django_capture_on_commit_callbacks
):
    """The worker reads a saved story for facts: until it has, "none waiting" would be a lie."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    services.title_create(kind="film", name="Starfall Protocol")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(publish=False, body=BODY)
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    assert "reading the story for facts" in desk.get(change).content.decode()
    job = DBTaskResult.objects.get()  # what the worker does with it, in this process
    job.claim("test-worker")
    job.set_successful(job.task.call(*job.task_result.args))
    page = desk.get(change).content.decode()
    assert "reading the story" not in page and "to review" in page


def test_a_date_that_does_not_say_how_it_comes_out_asks_before_accept_is_pressed(
    desk, make_article
):
    services.title_create(kind="series", name="Harbor Lights")
    article = make_article(headline="Harbor Lights returns", body="Harbor Lights arrives on May 5.")
    suggestions.article_suggest(article=article)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    release = article.fact_suggestions.get(kind="release")
    card = page[page.index(f'id="s-{release.pk}"') :]
    card = card[: card.index("</li>")]
    assert "Say how it is released" in card and "<details open>" in card


def test_the_review_page_of_a_scheduled_story_says_when_it_goes_out(desk, make_article):
    when = timezone.make_aware(datetime(2031, 3, 14, 9, 30))
    article = make_article(headline="Dated", body=BODY, publish=False)
    type(article).objects.filter(pk=article.pk).update(status="scheduled", publish_at=when)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert "This story goes out on" in page
    assert "March 14, 2031, 9:30 a.m." in page


def test_a_fact_the_edited_story_no_longer_says_is_flagged(desk, story):
    """Modelled on a walk-through: a live story's date was changed in its text and "Look for
    facts again" found nothing to propose, leaving the old date public without a word."""
    suggestions.suggestion_accept(
        suggestion=story.fact_suggestions.get(kind="release"), by=story.author
    )
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "No longer in the story" not in page
    story.body = story.body.replace("July 9, 2027", "July 23, 2027")
    story.save()
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "1 accepted fact is no longer said in the story" in page
    assert page.count('<span class="badge unsaid">No longer in the story</span>') == 1
    form = desk.get(reverse("admin:newsroom_article_change", args=[story.pk])).content.decode()
    assert "1 accepted but no longer said in the story" in form


def test_a_new_title_the_story_still_names_is_not_flagged_and_an_undone_old_card_waits(
    desk, make_article
):
    """Modelled on the check of the flag: a new title whose dated sentence changed was
    flagged though the story still names it; and the undone old date came back as a
    confident card, one press from being accepted again."""
    article = make_article(
        headline="A spring date",
        body="Studio Vantablack confirmed that Glass Orchard will open in theaters on "
        "March 5, 2027.",
    )
    suggestions.article_suggest(article=article)
    release = article.fact_suggestions.get(kind="release")
    suggestions.suggestion_accept(suggestion=release, by=article.author)  # the title with it
    article.body = article.body.replace("March 5", "March 12")
    article.save()
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert "1 accepted fact is no longer said in the story" in page  # the date, not the title
    suggestions.suggestion_undo(suggestion=release, by=article.author)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    card = page[page.index(f'id="s-{release.pk}"') :]
    assert "No longer in the story" in card[: card.index("</li>")]
    desk.post(
        reverse("admin:newsroom_article_facts_accept_confident", args=[article.pk]),
        {"subject_label": "Glass Orchard"},
    )
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING
    # Nor one press of its own: accepting it had put the date the story took back on the
    # title page, and told followers of a "correction" back to it.
    answer = desk.post(_decide(article, release), {"decision": "accept"}, follow=True)
    assert "The story no longer says this" in answer.content.decode()
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING
    assert not Release.objects.filter(
        title__name="Glass Orchard", date_start__month=3, date_start__day=5
    ).exists()


def test_a_new_season_s_card_is_not_flagged_for_its_catalog_name(desk, make_article):
    """Modelled on a walk-through: "Saltmarsh — Season 3" (the catalog's style) is not in the
    story's words, and the new season's card read "No longer in the story" on a fresh story."""
    article = make_article(
        headline="Saltmarsh is back",
        body="Saltmarsh season 3 will premiere on Apple TV in fall 2027.",
    )
    suggestions.article_suggest(article=article)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content.decode()
    assert "Add the new title Saltmarsh — Season 3, a season of Saltmarsh" in page
    assert "No longer in the story" not in page


def test_a_card_gone_with_an_edit_says_so_instead_of_not_found(desk, story):
    """Modelled on a walk-through: Accept on a card the story's edit had taken away answered
    a bare "We couldn't find that page" (and, with JavaScript, a silent reload)."""
    row = story.fact_suggestions.get(kind="release")
    url = _decide(story, row)
    row.delete()  # as the desk does when the edited story no longer says it
    plain = desk.post(url, {"decision": "accept"}, follow=True)
    assert "That card is gone: the story was edited since this page was opened" in (
        plain.content.decode()
    )
    panel = desk.post(url, {"decision": "accept"}, headers={FRAGMENT_HEADER: "1"})
    assert panel.status_code == 409 and "That card is gone" in panel.content.decode()


def test_a_date_the_story_s_own_correction_replaced_is_not_left_to_undo(desk, story):
    """Modelled on a walk-through: after accepting "Correct … from July 9 to July 23", the
    page still asked the editor to undo the July 9 card; undoing it took its source off the
    title's history."""
    release = story.fact_suggestions.get(kind="release")
    suggestions.suggestion_accept(suggestion=release, by=story.author)
    story.body = story.body.replace("July 9, 2027", "July 23, 2027")
    story.save()
    suggestions.article_suggest(article=story)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "1 accepted fact is no longer said in the story" in page  # until it is corrected
    corrected = story.fact_suggestions.get(kind="release", state="pending")
    assert corrected.change.startswith("Correct Starfall Protocol")
    suggestions.suggestion_accept(suggestion=corrected, by=story.author)
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "no longer said in the story" not in page
    form = desk.get(reverse("admin:newsroom_article_change", args=[story.pk])).content.decode()
    assert "no longer said in the story" not in form


def test_looking_for_facts_again_says_what_it_changed(desk, story):
    """Modelled on a walk-through: the button answered with a count the editor could not
    tell from the one before, so they could not tell whether it had done anything."""
    refresh = reverse("admin:newsroom_article_facts_refresh", args=[story.pk])
    pending = story.fact_suggestions.filter(state=FactSuggestion.State.PENDING).count()
    page = desk.post(refresh, follow=True).content.decode()
    assert f"Read the story again: nothing new. {pending} suggested facts to review." in page
    # The text changed where no reading has run yet (the save's is still in the queue).
    Article.objects.filter(pk=story.pk).update(body=BODY.replace("July 9", "July 23"))
    page = desk.post(refresh, follow=True).content.decode()
    assert "Read the story again: 1 new; 1 gone (the story no longer says them)." in page
    assert "July 23, 2027" in page and "July 9, 2027" not in page


def test_a_reading_that_failed_is_said_not_shown_as_nothing_waiting(
    desk, make_article, settings, django_capture_on_commit_callbacks
):
    """Modelled on a walk-through: a sentence the extractor could not read failed the
    worker's task, and the form said "none waiting", the review page "Nothing left"."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(publish=False, body=BODY)
    job = DBTaskResult.objects.get()
    job.claim("test-worker")
    job.set_failed(RuntimeError("the extractor could not read a sentence"))
    change = desk.get(reverse("admin:newsroom_article_change", args=[article.pk])).content
    assert "reading the story for facts failed" in change.decode()
    review = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content
    assert "Reading the story for facts failed" in review.decode()
    # Read again, successfully: the failure is history.
    job = DBTaskResult.objects.create(
        task_path=job.task_path,
        args_kwargs=job.args_kwargs,
        backend_name=job.backend_name,
        queue_name=job.queue_name,
        run_after=timezone.now(),
    )
    job.claim("test-worker")
    job.set_successful(job.task.call(*job.task_result.args))
    change = desk.get(reverse("admin:newsroom_article_change", args=[article.pk])).content
    assert "failed" not in change.decode() and "to review" in change.decode()


def test_a_fault_while_looking_again_is_said_in_the_panel(desk, story, monkeypatch):
    """A fault in the extractor (injected: none is known) answers the editor in the panel,
    leaves the cards as they were and is logged, instead of a bare server error."""
    pending = set(story.fact_suggestions.values_list("pk", flat=True))

    def broken(*, article):
        raise RuntimeError("a rule could not read a sentence")

    monkeypatch.setattr(suggestions, "article_suggest", broken)
    refresh = reverse("admin:newsroom_article_facts_refresh", args=[story.pk])
    response = desk.post(refresh, headers={FRAGMENT_HEADER: "1"})
    assert response.status_code == 500
    assert "Reading the story for facts failed" in response.content.decode()
    assert set(story.fact_suggestions.values_list("pk", flat=True)) == pending


def test_a_story_with_no_facts_says_so_rather_than_nothing_left(desk, make_article):
    article = make_article(body="Our critics argue about endings, as critics do.")
    suggestions.article_suggest(article=article)
    review = desk.get(reverse("admin:newsroom_article_facts", args=[article.pk])).content
    assert "The desk found no facts in this story." in review.decode()
    change = desk.get(reverse("admin:newsroom_article_change", args=[article.pk])).content
    assert "none found in this story" in change.decode()


def test_an_edit_flags_the_date_it_changed_not_the_one_beside_it(desk, make_article):
    """Modelled on a walk-through: changing the theatrical date in a sentence that also gave
    the festival date flagged both as "No longer in the story"."""
    services.title_create(kind="film", name="Starfall Protocol")
    story = make_article(
        headline="Starfall Protocol dated",
        body=(
            "Starfall Protocol premieres at the Sundance Film Festival on January 29, 2027 "
            "before opening in theaters on March 12, 2027."
        ),
    )
    suggestions.article_suggest(article=story)
    for row in story.fact_suggestions.filter(kind="release"):
        suggestions.suggestion_accept(suggestion=row, by=story.author)
    story.body = story.body.replace("March 12", "March 19")
    story.save()
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    assert "1 accepted fact is no longer said in the story" in page
    flagged = page[: page.index('<span class="badge unsaid">No longer in the story</span>')]
    assert flagged[flagged.rindex("<li") :].count("March 12, 2027") == 1


def test_a_relative_date_read_in_a_draft_is_flagged_once_the_story_is_scheduled_later(
    desk, make_article, editor
):
    """Modelled on a walk-through: "opens Friday" accepted in a draft meant the coming Friday;
    scheduled for ten days on, the story says another Friday, and the accepted date was
    about to go public unflagged."""
    services.title_create(kind="film", name="Iron Meadow")
    story = make_article(
        publish=False, headline="Iron Meadow is coming", body="Iron Meadow opens Friday."
    )
    suggestions.article_suggest(article=story)
    market = {"medium": "theatrical"}
    card = story.fact_suggestions.get(kind="release")
    suggestions.suggestion_accept(suggestion=card, by=editor, edits=market)
    review = reverse("admin:newsroom_article_facts", args=[story.pk])
    assert "No longer in the story" not in desk.get(review).content.decode()
    newsroom.article_publish(article=story, by=editor, at=timezone.now() + timedelta(days=10))
    page = desk.get(review).content.decode()
    assert "1 accepted fact is no longer said in the story" in page


def test_a_new_title_card_offers_its_other_names_to_edit(desk, make_article):
    story = make_article(
        publish=False,
        headline="Hotaru no Michi dated",
        body=(
            "Tsukimori Games has dated its action game Hotaru no Michi, which will be released "
            "outside Japan under the English title Path of Fireflies. It launches in Japan on "
            "May 20, 2027 for PlayStation 5."
        ),
    )
    suggestions.article_suggest(article=story)
    card = story.fact_suggestions.get(kind="new_title")
    page = desk.get(reverse("admin:newsroom_article_facts", args=[story.pk])).content.decode()
    field = re.search(rf'<input id="s{card.pk}-aliases" name="edit_aliases" value="([^"]*)"', page)
    assert field is not None and field.group(1) == "Hotaru no Michi, Path of Fireflies"
    assert "Add the new title Hotaru no Michi, a game (also called Path of Fireflies)" in page
