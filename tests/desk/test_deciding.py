from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from premiere.catalog import services
from premiere.catalog.models import Claim, Release, Title
from premiere.desk import services as suggestions
from premiere.desk.deciding import needs, other_names_offered, still_said, story_words
from premiere.desk.models import FactSuggestion
from premiere.extraction.dates import FuzzyDate
from premiere.follows.models import CatalogEvent
from premiere.follows.wording import event_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def live(draft, publish):
    """The Ballerina story, out: facts accepted from it are written at once."""
    return publish(draft)


def test_accepting_on_a_live_story_writes_sourced_facts(live, editor, one):
    suggestions.article_suggest(article=live)
    for kind in ("source", "release", "placement"):
        for row in live.fact_suggestions.filter(kind=kind):
            suggestions.suggestion_accept(suggestion=row, by=editor)
    ballerina = Title.objects.get(name="Ballerina")  # came along with its release
    release = Release.objects.get(title=ballerina)
    assert str(release.when) == "June 7, 2024" and release.is_worldwide
    claim = release.claims.get()
    assert claim.article == live and claim.source.name == "Collider"
    assert "June 7, 2024" in claim.quote
    assert one(live, "new_title", name="Ballerina").state == FactSuggestion.State.ACCEPTED
    placement = ballerina.placements.get()
    assert (placement.anchor.installment, placement.anchor_end.installment) == (
        "Chapter 3",
        "Chapter 4",
    )
    assert live in ballerina.articles.all()


def test_a_date_the_editor_corrected_is_not_shown_with_a_sentence_saying_another(live, editor, one):
    """The sentence says June 7, the editor knows better: the title page cites the story,
    not a quote that contradicts the date beside it."""
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(
        suggestion=one(live, "release"), by=editor, edits={"date": "2024-06-14"}
    )
    claim = Release.objects.get(title__name="Ballerina").claims.get()
    assert claim.article == live and claim.quote == ""


def test_a_date_put_right_is_quoted_from_the_sentence_of_the_story_that_states_it(
    make_article, universe, editor, one
):
    """The card read the first date; the editor knows the story's fact is the Japanese one,
    which a later sentence states: the title page quotes that sentence, not nothing."""
    story = make_article(
        headline="Ballerina is dated",
        body=(
            "Ballerina arrives in theaters on June 7, 2024.\n\n"
            "The studio’s Tokyo office said the Japanese premiere follows on June 14, 2024."
        ),
        at=timezone.make_aware(timezone.datetime(2024, 3, 1, 9)),
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(
        suggestion=one(story, "release", date="2024-06-07"),
        by=editor,
        edits={"date": "2024-06-14", "region": "JP"},
    )
    claim = Release.objects.get(title__name="Ballerina", region="JP").claims.get()
    assert claim.quote == (
        "The studio’s Tokyo office said the Japanese premiere follows on June 14, 2024."
    )


def test_the_new_title_joins_its_franchise_as_a_spin_off(live, editor, one):
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(suggestion=one(live, "new_title", name="Ballerina"), by=editor)
    ballerina = Title.objects.get(name="Ballerina")
    assert ballerina.franchise.name == "John Wick"
    assert ballerina.relations.get().kind == "spin_off"


def test_an_edited_suggestion_is_saved_and_said_as_edited(live, editor, one):
    suggestions.article_suggest(article=live)
    done = suggestions.suggestion_accept(
        suggestion=one(live, "release"), by=editor, edits={"region": "gb", "date": "2024-06-14"}
    )
    saved = Release.objects.get(title__name="Ballerina")
    assert (saved.region, str(saved.when)) == ("GB", "June 14, 2024")
    assert done.message == (
        "Saved: Add a theatrical, United Kingdom release for Ballerina: June 14, 2024; "
        "with it: Add the new title Ballerina, a film."
    )


@pytest.mark.parametrize(
    "edits, field",
    [
        ({"date": "soon"}, "date"),
        ({"region": "UK"}, "region"),  # ISO codes only: the United Kingdom is GB
        ({"medium": ""}, "medium"),
        ({"medium": "platform", "channel": ""}, "channel"),
    ],
)
def test_a_bad_edit_is_refused_with_its_field_and_nothing_is_written(
    live, editor, one, edits, field
):
    suggestions.article_suggest(article=live)
    release = one(live, "release")
    with pytest.raises(ValidationError) as error:
        suggestions.suggestion_accept(suggestion=release, by=editor, edits=edits)
    assert field in error.value.message_dict
    assert not Release.objects.filter(title__name="Ballerina").exists()
    assert not Title.objects.filter(name="Ballerina").exists()
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_a_new_title_can_be_said_to_be_one_the_catalog_knows(live, editor, one):
    known = services.title_create(kind="film", name="Ballerina (2025 film)")
    suggestions.article_suggest(article=live)
    new_title = one(live, "new_title", name="Ballerina")
    edits = {"existing_id": str(known.pk)}
    suggestions.suggestion_accept(suggestion=new_title, by=editor, edits=edits)
    suggestions.suggestion_accept(suggestion=one(live, "release"), by=editor)
    assert not Title.objects.filter(name="Ballerina").exists()
    assert Release.objects.get(title=known).title == known
    assert not Release.objects.filter(title__name="Ballerina").exists()


def test_a_status_for_an_unknown_title_creates_it(live, editor, one):
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(suggestion=one(live, "status"), by=editor)
    five = Title.objects.get(name="John Wick 5")
    assert five.status == "in_development"
    assert five.status_history.get().claims.get().article == live


def test_undo_withdraws_the_fact_and_what_it_created(live, editor, one):
    suggestions.article_suggest(article=live)
    release = one(live, "release")
    suggestions.suggestion_accept(suggestion=release, by=editor)
    assert Release.objects.filter(title__name="Ballerina").exists()
    done = suggestions.suggestion_undo(suggestion=release, by=editor)
    assert done.suggestion.state == FactSuggestion.State.PENDING
    assert not Release.objects.filter(title__name="Ballerina").exists()
    assert not release.claims.exists()
    # the title came with the release: the undo takes it back too
    assert one(live, "new_title", name="Ballerina").state == FactSuggestion.State.PENDING
    assert not Title.objects.filter(name="Ballerina").exists()
    assert not Claim.objects.filter(article=live).exists()


def test_undo_of_a_move_puts_the_old_date_back(
    make_article, universe, said_by, day, editor, publish, one
):
    game = services.title_create(kind="game", name="Ironvale II")
    services.release_set(
        title=game, medium="platform", channel="PC", when=day("2027-03-12"), evidence=said_by()
    )
    article = make_article(
        publish=False,
        headline="Ironvale II slips",
        body="Hollowforge has pushed Ironvale II from March 12 to May 21, 2027.",
    )
    publish(article, at=timezone.now() - timedelta(days=1))
    suggestions.article_suggest(article=article)
    move = one(article, "release_move")
    assert (
        move.change == "Move Ironvale II's PC, worldwide date from March 12, 2027 to May 21, 2027"
    )
    suggestions.suggestion_accept(suggestion=move, by=editor)
    release = game.releases.get()
    assert str(release.when) == "May 21, 2027"
    assert release.history.last().describe() == "delayed from March 12 to May 21, 2027"
    suggestions.suggestion_undo(suggestion=move, by=editor)
    release.refresh_from_db()
    assert str(release.when) == "March 12, 2027" and release.history.count() == 1
    assert release.claims.get().state == Claim.State.CURRENT


def test_accept_all_confident_takes_one_entity_s_facts(live, editor, one):
    suggestions.article_suggest(article=live)
    decisions, failed = suggestions.suggestions_accept_confident(
        article=live, by=editor, subject_label="Ballerina"
    )
    assert failed == []
    accepted = {d.suggestion.kind for d in decisions}
    assert {"release", "placement"} <= accepted
    assert one(live, "new_title", name="Ballerina").state == "accepted"  # came with them
    assert not live.fact_suggestions.filter(subject_label="John Wick 5", state="accepted")
    assert Release.objects.filter(title__name="Ballerina").exists()


def test_deciding_needs_the_right_whoever_calls(live, make_user, one):
    suggestions.article_suggest(article=live)
    writer = make_user("writer", is_staff=True)
    row = one(live, "release")
    for decide in (suggestions.suggestion_accept, suggestions.suggestion_reject):
        with pytest.raises(suggestions.DecidingDenied):
            decide(suggestion=row, by=writer)
    row.refresh_from_db()
    assert row.state == FactSuggestion.State.PENDING


def test_a_new_season_is_made_under_its_show(make_article, editor, one, publish):
    show = services.title_create(kind="series", name="Harbor Lights")
    story = publish(
        make_article(
            publish=False,
            headline="Harbor Lights is back",
            body="The network has officially renewed Harbor Lights for Season 3.",
        )
    )
    suggestions.article_suggest(article=story)
    proposed = one(story, "new_title", name="Harbor Lights — Season 3")
    assert proposed.change == (
        "Add the new title Harbor Lights — Season 3, a season of Harbor Lights"
    )
    suggestions.suggestion_accept(suggestion=proposed, by=editor)
    season = Title.objects.get(name="Harbor Lights — Season 3")
    assert (season.kind, season.parent, season.installment) == ("season", show, "Season 3")


# A new title or person and the facts that rest on it ---------------------------------------


def test_rejecting_a_new_title_rejects_its_facts_and_it_never_goes_public(
    draft, editor, one, publish
):
    suggestions.article_suggest(article=draft)
    done = suggestions.suggestion_reject(
        suggestion=one(draft, "new_title", name="Ballerina"), by=editor
    )
    facts = draft.fact_suggestions.filter(subject_label="Ballerina").exclude(kind="new_title")
    assert facts and {row.state for row in facts} == {FactSuggestion.State.REJECTED}
    assert done.message == (
        f"Rejected: {done.suggestion.change}, and the {len(facts)} facts about it."
    )
    publish(draft)
    assert not Title.objects.filter(name="Ballerina").exists()


def test_a_fact_about_a_rejected_title_cannot_bring_it_back(draft, editor, one):
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_reject(suggestion=one(draft, "new_title", name="Ballerina"), by=editor)
    release = one(draft, "release")
    suggestions.suggestion_undo(suggestion=release, by=editor)
    with pytest.raises(ValidationError, match="was rejected"):
        suggestions.suggestion_accept(suggestion=release, by=editor)
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING


def test_undoing_a_new_title_takes_back_the_facts_that_brought_it(draft, editor, one, publish):
    suggestions.article_suggest(article=draft)
    release = one(draft, "release")
    suggestions.suggestion_accept(suggestion=release, by=editor)  # the title comes along
    title = one(draft, "new_title", name="Ballerina")
    done = suggestions.suggestion_undo(suggestion=title, by=editor)
    assert done.message.endswith("and the 1 fact about it, are back in the list.")
    release.refresh_from_db()
    assert release.state == FactSuggestion.State.PENDING
    publish(draft)
    assert not Title.objects.filter(name="Ballerina").exists()


def test_undoing_a_fact_takes_back_the_new_title_it_brought_along(draft, editor, one, publish):
    """Found in a browser walk: Undo on a release that brought its new title put the release
    back in the list, and the title stayed accepted, to be created on publication."""
    suggestions.article_suggest(article=draft)
    release = one(draft, "release")
    suggestions.suggestion_accept(suggestion=release, by=editor)  # the title comes along
    done = suggestions.suggestion_undo(suggestion=release, by=editor)
    assert "; with it: Add the new title Ballerina" in done.message
    assert done.message.endswith("are back in the list.")
    title = one(draft, "new_title", name="Ballerina")
    assert title.state == FactSuggestion.State.PENDING
    publish(draft)
    assert not Title.objects.filter(name="Ballerina").exists()


def test_a_new_title_two_facts_brought_goes_back_with_the_last_of_them_undone(
    draft, editor, one, publish
):
    suggestions.article_suggest(article=draft)
    release, placement = one(draft, "release"), one(draft, "placement")
    suggestions.suggestion_accept(suggestion=release, by=editor)  # the title comes along
    suggestions.suggestion_accept(suggestion=placement, by=editor)
    title = one(draft, "new_title", name="Ballerina")
    suggestions.suggestion_undo(suggestion=release, by=editor)
    title.refresh_from_db()
    assert title.state == FactSuggestion.State.ACCEPTED  # the placement rests on it
    done = suggestions.suggestion_undo(suggestion=placement, by=editor)
    assert "; with it: Add the new title Ballerina" in done.message
    title.refresh_from_db()
    assert title.state == FactSuggestion.State.PENDING
    publish(draft)
    assert not Title.objects.filter(name="Ballerina").exists()


def test_a_show_stays_while_another_of_its_new_seasons_rests_on_it(make_article, editor, one):
    story = make_article(
        publish=False,
        headline="Tin Harbour returns twice",
        body=(
            "The second season of Tin Harbour premieres on Netflix on June 9, 2027. The third "
            "season of Tin Harbour follows on Netflix on July 9, 2027."
        ),
    )
    suggestions.article_suggest(article=story)
    second, third = sorted(
        story.fact_suggestions.filter(kind="release"), key=lambda row: row.payload["value"]["date"]
    )
    suggestions.suggestion_accept(suggestion=second, by=editor)  # its season and show come along
    suggestions.suggestion_accept(suggestion=third, by=editor)  # its season comes along
    season = one(story, "new_title", name="Tin Harbour — Season 2")
    suggestions.suggestion_undo(suggestion=season, by=editor)  # and its release with it
    show = one(story, "new_title", name="Tin Harbour")
    assert show.state == FactSuggestion.State.ACCEPTED  # the third season is under it


def test_undoing_a_fact_keeps_a_new_title_accepted_on_its_own(draft, editor, one):
    suggestions.article_suggest(article=draft)
    title = one(draft, "new_title", name="Ballerina")
    suggestions.suggestion_accept(suggestion=title, by=editor)  # the editor's own decision
    release = one(draft, "release")
    suggestions.suggestion_accept(suggestion=release, by=editor)
    done = suggestions.suggestion_undo(suggestion=release, by=editor)
    assert "with it" not in done.message
    title.refresh_from_db()
    assert title.state == FactSuggestion.State.ACCEPTED


def test_a_new_title_named_otherwise_keeps_the_story_s_name_for_the_next_story(
    draft, editor, one, make_article, publish
):
    """Modelled on a walk-through: renamed on accepting, the title forgot the name the story
    used, and the next story saying it was proposed as a new title again."""
    suggestions.article_suggest(article=draft)
    done = suggestions.suggestion_accept(
        suggestion=one(draft, "new_title", name="Ballerina"),
        by=editor,
        edits={"name": "From the World of John Wick: Ballerina"},
    )
    assert "a film (also called Ballerina)" in done.message
    publish(draft)
    title = Title.objects.get(name="From the World of John Wick: Ballerina")
    assert [a.name for a in title.aliases.all()] == ["Ballerina"]
    later = make_article(
        publish=False, headline="Later", body="Ballerina opens in theaters on June 4, 2027."
    )
    suggestions.article_suggest(article=later)
    assert not later.fact_suggestions.filter(kind="new_title").exists()
    assert later.fact_suggestions.get(kind="release").subject_label == title.name


def test_undone_cards_come_back_as_the_editor_left_them(draft, editor, one):
    """Undo after correcting a new title's name and a date's region: the cards keep the
    corrections, and the message names what was undone as it was saved."""
    suggestions.article_suggest(article=draft)
    title = one(draft, "new_title", name="Ballerina")
    suggestions.suggestion_accept(
        suggestion=title, by=editor, edits={"name": "From the World of John Wick: Ballerina"}
    )
    release = one(draft, "release")
    suggestions.suggestion_accept(
        suggestion=release, by=editor, edits={"region": "US", "medium": "theatrical"}
    )
    done = suggestions.suggestion_undo(suggestion=title, by=editor)
    assert done.message.startswith(
        "Undone: Add the new title From the World of John Wick: Ballerina, a film (also called "
        "Ballerina), and the 1 fact"
    )
    title.refresh_from_db()
    release.refresh_from_db()
    assert release.state == title.state == FactSuggestion.State.PENDING
    assert title.payload["value"]["name"] == "From the World of John Wick: Ballerina"
    assert release.payload["value"]["region"] == "US"
    assert "United States" in release.change
    # Accepted again as it stands, it is saved as corrected.
    suggestions.suggestion_accept(suggestion=title, by=editor)
    title.refresh_from_db()
    assert title.value["name"] == "From the World of John Wick: Ballerina"


def test_undoing_a_rejection_brings_back_the_facts_rejected_with_it(draft, editor, one):
    suggestions.article_suggest(article=draft)
    title = one(draft, "new_title", name="Ballerina")
    suggestions.suggestion_reject(suggestion=title, by=editor)
    suggestions.suggestion_undo(suggestion=title, by=editor)
    states = set(draft.fact_suggestions.filter(subject_label="Ballerina").values_list("state"))
    assert states == {(FactSuggestion.State.PENDING,)}


# Caught when accepting, not when the story goes out ----------------------------------------


@pytest.mark.parametrize(
    "typed, said",
    [
        ("0202-07-14", "202 is not a year a release can have"),  # a slip of the keyboard
        ("June 14", "February 5, 2027"),  # no year: how to write one
    ],
)
def test_a_date_that_cannot_be_a_release_s_is_refused_saying_why(live, editor, one, typed, said):
    suggestions.article_suggest(article=live)
    with pytest.raises(ValidationError) as error:
        suggestions.suggestion_accept(
            suggestion=one(live, "release"), by=editor, edits={"date": typed}
        )
    assert said in error.value.message_dict["date"][0]
    assert not Release.objects.filter(title__name="Ballerina").exists()


@pytest.mark.parametrize("typed", ["June 14, 2027", "14 June 2027", "Jun. 14, 2027"])
def test_a_date_typed_as_the_desk_writes_it_is_taken(live, editor, one, typed):
    """The cards say "June 7, 2024"; a date typed the same way had been refused for not being
    2027-06-14."""
    suggestions.article_suggest(article=live)
    done = suggestions.suggestion_accept(
        suggestion=one(live, "release"), by=editor, edits={"date": typed}
    )
    assert "June 14, 2027" in done.message
    assert str(Release.objects.get(title__name="Ballerina").when) == "June 14, 2027"


@pytest.mark.parametrize("typed", ["H1 2027", "2027-H1", "the first half of 2027"])
def test_a_half_of_a_year_typed_on_a_card_is_kept_as_a_half(live, editor, one, typed):
    """A walk-through's game "in early 2028" was only "2028" on its card: the half is a date
    the desk takes and the title page shows."""
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(suggestion=one(live, "release"), by=editor, edits={"date": typed})
    assert str(Release.objects.get(title__name="Ballerina").when) == "H1 2027"


def _delay_of_an_undated_title(make_article, one, kind: str, name: str, to: str):
    """A draft saying a title the catalog has no date for is delayed: its move suggestion."""
    services.title_create(kind=kind, name=name)
    article = make_article(
        publish=False, headline=f"{name} slips", body=f"The studio has delayed {name} to {to}."
    )
    suggestions.article_suggest(article=article)
    return article, one(article, "release_move")


def test_a_move_of_a_title_new_to_the_catalog_records_its_date_and_the_old_one(
    make_article, editor, one
):
    """A walk-through's reshuffle: a title the story introduces "will now open on March 3,
    2028" after being dated for November 19, 2027. The card read "(which release? none is on
    the old date)" and warned that no release was on it: there is none to move, one to add."""
    article = make_article(
        headline="Reshuffle",
        body="The studio moved Halcyon Drift from November 19, 2027 to March 3, 2028.",
    )
    suggestions.article_suggest(article=article)
    move = one(article, "release_move")
    assert (
        move.change
        == "Record Halcyon Drift's date as moved from November 19, 2027 to March 3, 2028"
    )
    assert needs(move).startswith("Say how it is released")
    suggestions.suggestion_accept(suggestion=move, by=editor, edits={"medium": "theatrical"})
    release = Release.objects.get(title__name="Halcyon Drift")
    assert str(release.when) == "March 3, 2028" and release.medium == "theatrical"


def test_a_move_with_nothing_to_move_asks_for_the_release_on_a_draft_too(
    make_article, editor, one, publish
):
    article, move = _delay_of_an_undated_title(
        make_article, one, "film", "Harbor Lights", "November 2027"
    )
    assert (
        move.change
        == "Date Harbor Lights November 2027: a move, but none of its releases is on the old date; "
        "say which it is"
    )
    with pytest.raises(ValidationError) as error:
        suggestions.suggestion_accept(suggestion=move, by=editor)
    assert "no release on the old date" in error.value.message_dict["medium"][0]
    move.refresh_from_db()
    assert move.state == FactSuggestion.State.PENDING
    # Said which release it is, the date is held, and recorded as that release on publishing.
    suggestions.suggestion_accept(suggestion=move, by=editor, edits={"medium": "theatrical"})
    publish(article)
    move.refresh_from_db()
    assert move.problem == "" and move.applied_at is not None
    release = Release.objects.get(title__name="Harbor Lights")
    assert (str(release.when), release.medium) == ("November 2027", "theatrical")


def test_undoing_a_rejection_counts_only_the_facts_it_brings_back(draft, editor, one):
    suggestions.article_suggest(article=draft)
    title = one(draft, "new_title", name="Ballerina")
    rejected = suggestions.suggestion_reject(suggestion=title, by=editor)
    assert rejected.along >= 2
    suggestions.suggestion_undo(suggestion=one(draft, "release"), by=editor)
    done = suggestions.suggestion_undo(suggestion=title, by=editor)
    assert done.along == rejected.along - 1
    assert f"and the {done.along} fact" in done.message


def test_accepting_a_fact_says_the_new_title_that_came_with_it(make_article, editor, one):
    article = make_article(
        publish=False,
        headline="Ironvale Tactics is dated",
        body='Hollowforge Games confirmed that "Ironvale Tactics" will launch on PS5 on '
        "March 3, 2027.",
    )
    suggestions.article_suggest(article=article)
    title = one(article, "new_title", name="Ironvale Tactics")
    assert title.change == "Add the new title Ironvale Tactics, a game"  # dated on a platform
    done = suggestions.suggestion_accept(suggestion=one(article, "release"), by=editor)
    assert "; with it: Add the new title Ironvale Tactics, a game — public when" in done.message


def test_a_delay_the_catalog_knew_nothing_of_is_recorded_as_moved(
    make_article, editor, one, publish
):
    """The editor says which release the delay is and its old date: the title page tells the
    delay, and undoing it takes the release away again."""
    article, move = _delay_of_an_undated_title(
        make_article, one, "game", "Lantern Street", "April 10, 2027"
    )
    edits = {"from": "2027-03-03", "medium": "platform", "channel": "PS5"}
    done = suggestions.suggestion_accept(suggestion=move, by=editor, edits=edits)
    assert done.message.startswith(
        "Saved: Record Lantern Street's PS5, worldwide date as moved from March 3, 2027 to "
        "April 10, 2027"
    )
    publish(article)
    release = Release.objects.get(title__name="Lantern Street")
    assert str(release.when) == "April 10, 2027"
    assert release.history.last().describe() == "delayed from March 3 to April 10, 2027"
    suggestions.suggestion_undo(suggestion=move, by=editor)
    assert not Release.objects.filter(title__name="Lantern Street").exists()


def test_a_fact_is_said_with_the_name_the_editor_gave_its_new_title(draft, editor, one):
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(
        suggestion=one(draft, "new_title", name="Ballerina"),
        by=editor,
        edits={"name": "From the World of John Wick: Ballerina"},
    )
    done = suggestions.suggestion_accept(suggestion=one(draft, "release"), by=editor)
    assert "release for From the World of John Wick: Ballerina: June 7, 2024" in done.message


def _dates_by_region(title) -> dict[str, str]:
    return {r.region: str(r.when) for r in Release.objects.filter(title=title)}


def _delay_of_a_dated_title(make_article, one, said_by, name: str, when, body: str):
    """A film with a worldwide theatrical date, and a draft telling its delay: the title, the
    draft and its move suggestion."""
    title = services.title_create(kind="film", name=name)
    services.release_set(title=title, medium="theatrical", when=when, evidence=said_by())
    article = make_article(publish=False, headline=f"{name} moves", body=body)
    suggestions.article_suggest(article=article)
    return title, article, one(article, "release_move")


def test_a_delay_in_one_country_leaves_the_worldwide_date_for_everyone_else(
    make_article, editor, one, publish, said_by
):
    """Modelled on a delay story with a line for the UK: the country gets its own date, moved
    from the worldwide one, and the worldwide date does not move."""
    title, article, move = _delay_of_a_dated_title(
        make_article,
        one,
        said_by,
        "The Lantern Keepers",
        FuzzyDate.parse("2026-12-08"),
        "In the UK, The Lantern Keepers moves from 8 December 2026 to 15 January 2027.",
    )
    assert move.payload["value"]["region"] == "GB"
    assert move.change == (
        "Give The Lantern Keepers its own United Kingdom theatrical date, moved from "
        "December 8, 2026 to January 15, 2027 (the worldwide date stays)"
    )
    suggestions.suggestion_accept(suggestion=move, by=editor)
    publish(article)
    assert _dates_by_region(title) == {"WW": "December 8, 2026", "GB": "January 15, 2027"}
    british = Release.objects.get(title=title, region="GB")
    assert british.history.last().describe() == "delayed from December 8, 2026 to January 15, 2027"
    suggestions.suggestion_undo(suggestion=move, by=editor)
    assert _dates_by_region(title) == {"WW": "December 8, 2026"}


def test_a_delay_from_a_day_the_catalog_only_knew_as_tba_keeps_the_old_day(
    make_article, editor, one, publish, said_by
):
    """Modelled on a delay story for a film the catalog had as 'TBA': the history tells the
    story's old day, then the delay, not 'narrowed from TBA'."""
    title, article, move = _delay_of_a_dated_title(
        make_article,
        one,
        said_by,
        "Harbor Lights",
        FuzzyDate.tba(),
        "Harbor Lights has been delayed from May 21, 2027 to September 24, 2027.",
    )
    assert move.change == (
        "Record Harbor Lights' theatrical, worldwide date as moved from May 21, 2027 to "
        "September 24, 2027 (it was TBA)"
    )
    suggestions.suggestion_accept(suggestion=move, by=editor)
    publish(article)
    release = Release.objects.get(title=title)
    assert str(release.when) == "September 24, 2027"
    assert [c.describe() for c in release.history.all()][-2:] == [
        "dated May 21, 2027",
        "delayed from May 21 to September 24, 2027",
    ]
    suggestions.suggestion_undo(suggestion=move, by=editor)
    release.refresh_from_db()
    assert release.when.is_tba


def test_a_move_the_editor_puts_in_one_country_is_that_country_s_delay(
    make_article, editor, one, publish, said_by
):
    """Modelled on a walk-through: the editor gave a worldwide move a country and a medium,
    and it was saved as a new date 'announced' there, not a delay from the date it had."""
    title, article, move = _delay_of_a_dated_title(
        make_article,
        one,
        said_by,
        "The Lantern Keepers",
        FuzzyDate.parse("2026-12-08"),
        "The studio has delayed The Lantern Keepers to 2027.",
    )
    edits = {"to": "2027-02-05", "region": "US", "medium": "theatrical"}
    done = suggestions.suggestion_accept(suggestion=move, by=editor, edits=edits)
    assert done.message.startswith(
        "Saved: Give The Lantern Keepers its own United States theatrical date, moved from "
        "December 8, 2026 to February 5, 2027 (the worldwide date stays)"
    )
    publish(article)
    assert _dates_by_region(title) == {"WW": "December 8, 2026", "US": "February 5, 2027"}
    american = Release.objects.get(title=title, region="US")
    assert american.history.last().describe() == "delayed from December 8, 2026 to February 5, 2027"


def test_a_dlc_is_attached_to_the_game_the_editor_names(make_article, editor, one, publish):
    """Modelled on a walk-through: a DLC made on the desk had no game (its card had no field
    for one); a game the catalog does not have is said at once, not dropped."""
    game = services.title_create(kind="game", name="Ironvale II")
    article = make_article(
        publish=False,
        headline="An expansion is dated",
        body="The Drowned Court expansion arrives on PS5 on March 14, 2028.",
    )
    suggestions.article_suggest(article=article)
    add_on = one(article, "new_title")
    with pytest.raises(ValidationError) as error:
        suggestions.suggestion_accept(
            suggestion=add_on, by=editor, edits={"title_kind": "dlc", "parent": "Ironvale 9"}
        )
    assert "No title called “Ironvale 9” in the catalog" in error.value.message_dict["parent"][0]
    suggestions.suggestion_accept(
        suggestion=add_on, by=editor, edits={"title_kind": "dlc", "parent": "Ironvale II"}
    )
    publish(article)
    made = Title.objects.get(kind="dlc")
    assert made.parent == game


def test_a_corrected_country_date_moves_the_country_s_own_not_the_worldwide_again(
    make_article, editor, one, publish, said_by
):
    """Modelled on a walk-through: a story's UK date corrected after publishing (15 to 22
    January) was applied as a new split from the worldwide date, and the UK history read
    'moved up to December 8', which never happened."""
    title, article, move = _delay_of_a_dated_title(
        make_article,
        one,
        said_by,
        "Copper Meridian",
        FuzzyDate.parse("2027-12-08"),
        "In the UK, Copper Meridian moves from 8 December 2027 to 15 January 2028.",
    )
    suggestions.suggestion_accept(suggestion=move, by=editor)
    publish(article)
    article.body = article.body.replace("15 January", "22 January")
    article.save()
    suggestions.article_suggest(article=article)
    corrected = article.fact_suggestions.get(kind="release_move", state="pending")
    assert corrected.change == (
        "Correct Copper Meridian's theatrical, United Kingdom date from January 15, 2028 to "
        "January 22, 2028 (only this story gave January 15, 2028: a correction, not a delay)"
    )
    suggestions.suggestion_accept(suggestion=corrected, by=editor)
    british = Release.objects.get(title=title, region="GB")
    assert str(british.when) == "January 22, 2028"
    history = [c.describe() for c in british.history.all()]
    assert "moved up" not in " ".join(history)
    # The story put its own figure right: the release was never delayed by a week.
    assert history[-1] == "corrected from January 15 to January 22, 2028"
    assert str(Release.objects.get(title=title, region="WW").when) == "December 8, 2027"


def test_a_story_correcting_its_own_date_is_a_correction_not_a_delay(live, editor, one):
    """A published story's date fixed by its editor (June 7 was a slip for June 14): the
    release's history and its followers hear of a correction, not of a week's delay."""
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(suggestion=one(live, "release"), by=editor)
    live.body = live.body.replace("June 7", "June 14")
    live.save()
    suggestions.article_suggest(article=live)
    fixed = one(live, "release", date="2024-06-14")
    assert fixed.change.startswith(
        "Correct Ballerina's theatrical, worldwide date from June 7, 2024 to June 14, 2024"
    )
    suggestions.suggestion_accept(suggestion=fixed, by=editor)
    release = Release.objects.get(title__name="Ballerina")
    assert release.history.last().describe() == "corrected from June 7 to June 14, 2024"
    event = CatalogEvent.objects.filter(kind=CatalogEvent.Kind.RELEASE_MOVED).get()
    assert event_text(event).startswith(
        "Correction: Ballerina comes out June 14, 2024, not June 7 as first reported"
    )


def test_a_date_another_source_also_gave_moves_as_before(live, editor, one, said_by):
    """Where the old date stood on another source too, the story's new date is news: a move."""
    suggestions.article_suggest(article=live)
    suggestions.suggestion_accept(suggestion=one(live, "release"), by=editor)
    release = Release.objects.get(title__name="Ballerina")
    services.release_set(
        title=release.title, medium=release.medium, when=release.when, evidence=said_by()
    )
    live.body = live.body.replace("June 7", "June 14")
    live.save()
    suggestions.article_suggest(article=live)
    moved = one(live, "release", date="2024-06-14")
    assert (
        moved.change
        == "Move Ballerina's theatrical, worldwide date from June 7, 2024 to June 14, 2024"
    )
    suggestions.suggestion_accept(suggestion=moved, by=editor)
    assert release.history.last().describe() == "delayed from June 7 to June 14, 2024"


def test_the_season_of_a_show_new_to_the_catalog_brings_the_show(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: a renewal of a show nobody catalogued proposed its season
    alone, and accepting it made a season of no show."""
    story = publish(
        make_article(
            publish=False,
            headline="Lowtide is back",
            body="Lowtide season 3 will premiere on Netflix in fall 2027.",
        )
    )
    suggestions.article_suggest(article=story)
    done = suggestions.suggestion_accept(
        suggestion=one(story, "release", date="2027-fall"), by=editor
    )
    show = Title.objects.get(name="Lowtide")
    season = Title.objects.get(name="Lowtide — Season 3")
    assert (show.kind, season.kind, season.parent) == ("series", "season", show)
    assert str(season.releases.get().when) == "Fall 2027"
    assert "Add the new title Lowtide, a series" in done.message


def test_a_french_card_in_guillemets_can_be_accepted_and_quotes_the_story(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: the card of "« Les Ombres de Lisbonne » : 11 février
    2028 …" was "No longer in the story" from the start and could never be accepted."""
    story = publish(
        make_article(
            headline="Les films repoussés de la semaine",
            body="« Les Ombres de Lisbonne » : 11 février 2028 (ancienne sortie au cinéma : "
            "16 juillet 2027)",
        )
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(suggestion=one(story, "release"), by=editor)
    release = Release.objects.get(title__name="Les Ombres de Lisbonne")
    assert str(release.when) == "February 11, 2028"
    assert release.claims.get().quote.startswith("« Les Ombres de Lisbonne »")


def test_a_credit_stays_said_when_its_sentence_s_date_is_corrected(live, editor, one):
    """Modelled on a walk-through: correcting the date in "…, from director X, opens on 15
    January" marked the director's credit "No longer in the story"."""
    live.body = (
        "Winter Postcard, from director Callum Ashdown, opens in UK cinemas on 15 January 2027."
    )
    live.save()
    suggestions.article_suggest(article=live)
    credit = one(live, "credit", person="Callum Ashdown")
    live.body = live.body.replace("15 January", "22 January")
    live.save()
    assert still_said(credit, story_words(live))
    live.body = "Winter Postcard, from director Ben Ode, opens in UK cinemas on 22 January 2027."
    assert not still_said(credit, story_words(live))
    # A date's card is not: the date is what it says.
    live.body = (
        "Winter Postcard, from director Callum Ashdown, opens in UK cinemas on 15 January 2027."
    )
    suggestions.article_suggest(article=live)
    release = one(live, "release")
    live.body = live.body.replace("15 January", "22 January")
    assert not still_said(release, story_words(live))


def test_a_new_title_read_from_a_listing_s_row_can_be_put_right_and_accepted(live, editor, one):
    """Modelled on a walk-through: a listing row's new title, read as a name the row does not
    spell out word for word, was marked "No longer in the story" as soon as it was proposed,
    and accepting it with the name put right was refused."""
    live.body = "New this month:\n\n- Night Train (working title) Redux — January 8, 2027"
    live.save()
    suggestions.article_suggest(article=live)
    card = one(live, "new_title", name="Night Train Redux")
    assert still_said(card, story_words(live))
    suggestions.suggestion_accept(suggestion=card, by=editor, edits={"name": "Night Train"})
    assert Title.objects.filter(name="Night Train").exists()
    live.body = "New this month: nothing."
    assert not still_said(card, story_words(live))


def test_a_move_that_no_release_is_on_asks_which_before_accepting(
    make_article, editor, one, said_by
):
    """Modelled on a walk-through: "X moves to July 16th (from Feb 5th)" for a film the
    catalog had on another date was counted in "Accept all confident", which then failed;
    once told which release, its new date was still labelled as the old one's "confirmed"."""
    film = services.title_create(kind="film", name="Lantern Keepers")
    services.release_set(
        title=film,
        medium="theatrical",
        when=FuzzyDate.parse("2027-12-08"),
        evidence=said_by(),
        confidence="confirmed",
    )
    story = make_article(
        headline="Moves", body="Lantern Keepers moves to July 16th (from Feb 5th)."
    )
    suggestions.article_suggest(article=story)
    move = one(story, "release_move")
    assert needs(move).startswith("No release is on the old date")
    suggestions.suggestion_accept(suggestion=move, by=editor, edits={"medium": "theatrical"})
    release = Release.objects.get(title=film)
    assert (str(release.when), release.confidence) == ("July 16, 2027", "reported")


def test_a_move_given_its_channel_moves_the_release_and_followers_hear_once(
    make_article, editor, one, said_by
):
    """Modelled on two walk-throughs: "BBC One" typed on a move card made a second UK
    release beside the one it moved (two rows on the title page, the calendar and My
    Premiere); a delay "from July 16" of a release known as "July" told followers twice,
    "narrowed" and then "delayed"."""
    from premiere.follows.models import Follow

    show = services.title_create(kind="series", name="Harbor Lights Nine")
    Follow.objects.create(user=editor, title=show)
    services.release_set(
        title=show,
        region="GB",
        medium="tv",
        when=FuzzyDate.parse("2027-07"),
        evidence=said_by(),
    )
    CatalogEvent.objects.all().delete()
    story = make_article(
        headline="Harbor Lights Nine slips",
        body="Harbor Lights Nine, due on BBC One in the UK on July 16, 2027, has been "
        "delayed to September 3, 2027.",
    )
    suggestions.article_suggest(article=story)
    move = one(story, "release_move")
    suggestions.suggestion_accept(
        suggestion=move, by=editor, edits={"medium": "tv", "region": "GB", "channel": "BBC One"}
    )
    [release] = Release.objects.filter(title=show)
    assert (release.channel, str(release.when)) == ("BBC One", "September 3, 2027")
    [told] = CatalogEvent.objects.all()
    assert event_text(told) == (
        "Harbor Lights Nine delayed from July 16 to September 3, 2027 (BBC One, United "
        "Kingdom), per Premiere."
    )


def test_a_new_company_s_credit_is_accepted_with_the_company_it_brings(
    make_article, editor, one, client
):
    """Modelled on a walk-through: the developer and publisher a game story names were never
    proposed; accepted, the credit brings the new company, shown on the title's page."""
    from premiere.catalog.models import Company, Credit

    services.title_create(kind="game", name="Saltmarsh Requiem", slug="saltmarsh-requiem")
    story = make_article(
        headline="Saltmarsh Requiem dated",
        body="Saltmarsh Requiem is developed by Greywater Interactive and published by "
        "Halcyon Publishing.",
    )
    suggestions.article_suggest(article=story)
    developer = one(story, "credit", role="developer")
    assert developer.change == "Credit Greywater Interactive as developer on Saltmarsh Requiem"
    suggestions.suggestion_accept(suggestion=developer, by=editor)
    company = Company.objects.get(name="Greywater Interactive")
    assert Credit.objects.get(company=company).title.name == "Saltmarsh Requiem"
    assert one(story, "new_company", name="Greywater Interactive").state == "accepted"
    publisher = one(story, "credit", role="publisher")
    client.force_login(editor)
    panel = client.get(f"/admin/newsroom/article/{story.pk}/facts/").content.decode()
    assert "Credit Halcyon Publishing as publisher on Saltmarsh Requiem" in panel
    assert 'name="edit_company"' in panel
    client.logout()
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(suggestion=publisher, by=editor, edits={"company": " "})
    assert refused.value.message_dict == {"company": ["Name the company."]}
    page = client.get("/titles/saltmarsh-requiem/").content.decode()
    assert "Greywater Interactive" in page


def test_a_date_edited_in_the_story_keeps_where_the_editor_said_it_comes_out(
    make_article, editor, one
):
    """Modelled on a walk-through: a date accepted as "Peacock, United States" (the story
    said neither) came back after the story's edit as a worldwide date with no service, a
    second release beside the first."""
    services.title_create(kind="series", name="Marrowgate")
    story = make_article(
        headline="Marrowgate returns", body="Marrowgate will debut on June 3, 2027."
    )
    suggestions.article_suggest(article=story)
    market = {"region": "US", "medium": "streaming", "channel": "Peacock"}
    suggestions.suggestion_accept(suggestion=one(story, "release"), by=editor, edits=market)
    story.body = story.body.replace("June 3", "June 10")
    story.save()
    suggestions.article_suggest(article=story)
    card = one(story, "release", date="2027-06-10")
    assert {name: card.payload["value"][name] for name in market} == market
    assert card.change.startswith(
        "Correct Marrowgate's Peacock, United States date from June 3, 2027 to June 10, 2027"
    )
    suggestions.suggestion_accept(suggestion=card, by=editor)
    [release] = Release.objects.filter(title__name="Marrowgate")
    assert release.history.last().describe() == "corrected from June 3 to June 10, 2027"
    # And once more: the market stays the editor's.
    story.body = story.body.replace("June 10", "June 17")
    story.save()
    suggestions.article_suggest(article=story)
    assert one(story, "release", date="2027-06-17").payload["value"]["channel"] == "Peacock"


def test_a_game_s_english_title_is_kept_as_its_other_name(make_article, editor, one, publish):
    """The story gives the game's English title: accepted, the game is found by either."""
    story = make_article(
        publish=False,
        headline="Hotaru no Michi dated",
        body=(
            "Tsukimori Games has dated its action game Hotaru no Michi, which will be released "
            "outside Japan under the English title Path of Fireflies. The game launches in "
            "Japan on May 20, 2027 for PlayStation 5."
        ),
    )
    suggestions.article_suggest(article=story)
    done = suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="Hotaru no Michi"), by=editor
    )
    assert "(also called Path of Fireflies)" in done.message
    publish(story)
    game = Title.objects.get(name="Hotaru no Michi")
    assert [a.name for a in game.aliases.all()] == ["Path of Fireflies"]


def test_a_new_title_s_date_edited_in_the_story_keeps_the_market_the_editor_gave(
    make_article, editor, one
):
    """Modelled on a walk-through: the same, for a title the story introduced. Accepted, the
    title had an id when the story was read again, and the editor's "United States" was
    looked up under its id while it was kept under its name."""
    story = make_article(
        headline="Tin Orchard is dated",
        body="The drama Tin Orchard opens in theaters on March 12, 2027.",
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(suggestion=one(story, "new_title"), by=editor)
    suggestions.suggestion_accept(
        suggestion=one(story, "release"), by=editor, edits={"region": "US"}
    )
    story.body = story.body.replace("March 12", "March 19")
    story.save()
    suggestions.article_suggest(article=story)
    card = one(story, "release", date="2027-03-19")
    assert card.payload["value"]["region"] == "US"
    assert card.change.startswith("Correct Tin Orchard's theatrical, United States date")


def test_the_editor_gives_or_takes_away_a_new_title_s_other_names(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: a title read cut short ("Kagerou") and renamed kept the
    short name as an alias, and the card had no way to add the English title."""
    story = make_article(
        publish=False,
        headline="Kagerou dated",
        body="The samurai game Kagerou launches in Japan on May 20, 2027 on PlayStation 5.",
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="Kagerou"),
        by=editor,
        edits={"name": "Kagerou no Tsurugi", "aliases": "Blade of the Heat Haze, , Blade"},
    )
    publish(story)
    game = Title.objects.get(name="Kagerou no Tsurugi")
    assert sorted(a.name for a in game.aliases.all()) == ["Blade", "Blade of the Heat Haze"]


def test_a_credit_read_for_the_wrong_title_is_put_on_the_right_one(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: "Iron Meadow (Castlegate Pictures), a Western starring
    Dorian Achebe-Wolfe" once credited a title "Western"; the card had no way to put the
    credit on Iron Meadow, only to reject it."""
    services.title_create(kind="film", name="Iron Meadow")
    story = make_article(
        publish=False,
        headline="Iron Meadow opens",
        body=(
            "The drama Copper Valley, starring Dorian Achebe-Wolfe, is in the works. Iron "
            "Meadow opens Friday."
        ),
    )
    suggestions.article_suggest(article=story)
    credit = one(story, "credit", person="Dorian Achebe-Wolfe")
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(suggestion=credit, by=editor, edits={"title": "Iron Medow"})
    assert "No title called “Iron Medow”" in refused.value.message_dict["title"][0]
    done = suggestions.suggestion_accept(
        suggestion=credit, by=editor, edits={"title": "Iron Meadow"}
    )
    assert "Iron Meadow" in done.message and "Copper Valley" not in done.message
    assert one(story, "new_title", name="Copper Valley").state == FactSuggestion.State.PENDING
    publish(story)
    credit = Title.objects.get(name="Iron Meadow").credits.get()
    assert credit.person.name == "Dorian Achebe-Wolfe" and credit.role == "cast"
    assert not Title.objects.filter(name="Copper Valley").exists()


def test_a_date_read_for_the_wrong_title_is_put_on_the_right_one(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: a date card read for a wrong title (a studio's name, a
    second name of the same film) could only be rejected, and the date was lost."""
    services.title_create(kind="film", name="Iron Meadow")
    story = make_article(
        publish=False,
        headline="Copper Valley is dated",
        body="The drama Copper Valley opens in theaters on May 7, 2027.",
    )
    suggestions.article_suggest(article=story)
    done = suggestions.suggestion_accept(
        suggestion=one(story, "release"), by=editor, edits={"title": "Iron Meadow"}
    )
    assert "Iron Meadow" in done.message and "Copper Valley" not in done.message
    assert one(story, "new_title", name="Copper Valley").state == FactSuggestion.State.PENDING
    publish(story)
    [release] = Release.objects.filter(title__name="Iron Meadow")
    assert str(release.when) == "May 7, 2027"
    assert not Title.objects.filter(name="Copper Valley").exists()


def test_a_fact_put_on_a_new_title_by_its_other_name_is_that_title_s(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: a credit put on the English name the editor had kept as
    the new title's other name was refused, or created a second title."""
    story = make_article(
        publish=False,
        headline="Hotaru no Michi dated",
        body=(
            "Tsukimori Games has dated its action game Hotaru no Michi, which launches in Japan "
            "on May 20, 2027 for PlayStation 5. The drama Copper Valley, starring Aoi Kirishima, "
            "is in the works."
        ),
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="Hotaru no Michi"),
        by=editor,
        edits={"aliases": "Path of Fireflies"},
    )
    suggestions.suggestion_accept(
        suggestion=one(story, "credit", person="Aoi Kirishima"),
        by=editor,
        edits={"title": "Path of Fireflies"},
    )
    publish(story)
    game = Title.objects.get(name="Hotaru no Michi")
    assert [c.person.name for c in game.credits.all()] == ["Aoi Kirishima"]
    assert not Title.objects.filter(name="Path of Fireflies").exists()


MARROWBY_SPECIAL = (
    "The Marrowby Family is coming back for the holidays. Disney+ will stream *A Very Marrowby "
    "Christmas*, a 45-minute holiday special of the animated comedy, on Friday, December 18. "
    "Series creator Joanna Pell wrote the special."
)


@pytest.mark.parametrize("series_is_new", [False, True])
def test_a_special_of_a_series_is_said_and_published_as_that_series_special(
    make_article, editor, one, publish, series_is_new
):
    """Modelled on a walk-through: a card made a special of a series was saved as "a season
    of" it, and the special went public with no series."""
    body = MARROWBY_SPECIAL
    if series_is_new:  # a series the story introduces: its card comes along
        body += " Disney+ has also renewed The Marrowby Family for a fourth season."
    else:
        services.title_create(kind="series", name="The Marrowby Family")
    story = make_article(publish=False, headline="The Marrowby Family returns", body=body)
    suggestions.article_suggest(article=story)
    done = suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="A Very Marrowby Christmas"),
        by=editor,
        edits={"title_kind": "special", "parent": "The Marrowby Family"},
    )
    assert done.message.startswith(
        "Saved: Add the new title A Very Marrowby Christmas, a special of The Marrowby Family"
    )
    publish(story)
    special = Title.objects.get(name="A Very Marrowby Christmas")
    assert special.kind == "special"
    assert special.parent == Title.objects.get(name="The Marrowby Family", kind="series")


KITCHEN = "*Kitchen Confidential Canada, Season Two* opens in theaters on March 3, 2028."


@pytest.mark.parametrize(
    "other_names",
    [
        None,  # as offered: the story's name for it
        # …and the show's name kept among them: the card passed for the show's own
        "Kitchen Confidential Canada",
    ],
)
def test_a_season_of_a_show_the_story_names_brings_the_show(
    make_article, editor, one, publish, other_names
):
    """Modelled on a browser walk: a card read as the film "Kitchen Confidential Canada,
    season 2" was made a season, "Part of" a show neither catalogued nor carded; saved "a
    season of Kitchen Confidential Canada", it was published with no show at all."""
    story = make_article(publish=False, headline="Back in the kitchen", body=KITCHEN)
    suggestions.article_suggest(article=story)
    edits = {"title_kind": "season", "parent": "Kitchen Confidential Canada"}
    if other_names is not None:
        edits["aliases"] = other_names
    done = suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="Kitchen Confidential Canada, Season Two"),
        by=editor,
        edits=edits,
    )
    assert "a season of Kitchen Confidential Canada; with it: Add the new title Kitchen " in (
        done.message
    )
    publish(story)
    show = Title.objects.get(name="Kitchen Confidential Canada")
    season = Title.objects.get(name="Kitchen Confidential Canada, Season Two")
    assert (show.kind, season.kind, season.parent) == ("series", "season", show)
    # a later story naming the show finds the show, not its season
    assert not season.aliases.exists()


def test_a_season_named_as_its_show_is_refused_saying_so(make_article, editor, one):
    story = make_article(publish=False, headline="Back in the kitchen", body=KITCHEN)
    suggestions.article_suggest(article=story)
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(
            suggestion=one(story, "new_title", name="Kitchen Confidential Canada, Season Two"),
            by=editor,
            edits={
                "name": "Kitchen Confidential Canada",
                "title_kind": "season",
                "parent": "Kitchen Confidential Canada",
            },
        )
    assert "its show" in refused.value.message_dict["name"][0]
    assert not story.fact_suggestions.filter(state="accepted").exists()


def test_a_special_of_a_series_nobody_has_is_refused_saying_so(make_article, editor, one):
    story = make_article(publish=False, headline="A special", body=MARROWBY_SPECIAL)
    suggestions.article_suggest(article=story)
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(
            suggestion=one(story, "new_title", name="A Very Marrowby Christmas"),
            by=editor,
            edits={"title_kind": "special", "parent": "The Marowby Family"},
        )
    assert "No title called “The Marowby Family”" in refused.value.message_dict["parent"][0]


@pytest.mark.parametrize(
    "renamed, other_names, kept",
    [
        # Modelled on a walk-through: said "(also called Brackenmoor)", published with none.
        ("Brackenmoor (2028)", None, ["Brackenmoor"]),
        # …and a misread name put right, its Other names field emptied: no alias of it.
        ("Copper Spur — Season 2", "", []),
        ("Brackenmoor (2028)", "Brackenmoor Reborn", ["Brackenmoor Reborn"]),
    ],
)
def test_a_renamed_new_title_keeps_exactly_the_other_names_its_card_says(
    make_article, editor, one, publish, renamed, other_names, kept
):
    story = make_article(
        publish=False,
        headline="Brackenmoor reboot ordered",
        body=(
            "HBO has ordered a reboot of *Brackenmoor*, the 1990s fantasy drama, to series. "
            "Wenna Castell has been cast as the lead."
        ),
    )
    suggestions.article_suggest(article=story)
    card = one(story, "new_title", name="Brackenmoor")
    assert other_names_offered(card) == ["Brackenmoor"]  # what the card's field shows
    edits = {"name": renamed}
    if other_names is not None:
        edits["aliases"] = other_names
    done = suggestions.suggestion_accept(suggestion=card, by=editor, edits=edits)
    said = f" (also called {', '.join(kept)})" if kept else ""
    # (a show ordered to series is a series)
    assert done.message.startswith(f"Saved: Add the new title {renamed}, a series{said} —")
    publish(story)
    title = Title.objects.get(name=renamed)
    assert [a.name for a in title.aliases.all()] == kept


def test_a_fact_is_put_on_a_renamed_new_title_by_the_name_the_editor_gave_it(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: after renaming a misread card, another card's fact put on
    the title by its new name was refused ("No title called …"); only the old name worked."""
    story = make_article(
        publish=False,
        headline="Brackenmoor reboot ordered",
        body=(
            "HBO has ordered a reboot of *Brackenmoor*, the 1990s fantasy drama, to series. "
            "Wenna Castell has been cast as the lead."
        ),
    )
    suggestions.article_suggest(article=story)
    suggestions.suggestion_accept(
        suggestion=one(story, "new_title", name="Brackenmoor"),
        by=editor,
        edits={"name": "Brackenmoor (2028)", "aliases": ""},
    )
    done = suggestions.suggestion_accept(
        suggestion=one(story, "credit", person="Wenna Castell"),
        by=editor,
        edits={"title": "Brackenmoor (2028)"},
    )
    assert "on Brackenmoor (2028)" in done.message
    publish(story)
    title = Title.objects.get(name="Brackenmoor (2028)")
    assert [c.person.name for c in title.credits.all()] == ["Wenna Castell"]
    assert Title.objects.count() == 1


SLATE = (
    "Marlow Pictures dated *Northbound Lantern* for December 25, 2027, in theaters.\n\n"
    'Finally, the family adventure "Pip and the Sky Whale" has been pulled from the schedule '
    "entirely. It had been set for July 2, 2027, and no new date has been announced."
)


def test_a_title_pulled_from_the_schedule_is_recorded_as_tba_as_the_story_implies(
    make_article, editor, one, publish
):
    """Modelled on a walk-through: "pulled from the schedule" could not be accepted without
    the editor inventing how the film is released; the story's other dates say theaters."""
    story = make_article(publish=False, headline="Marlow reshuffles", body=SLATE)
    suggestions.article_suggest(article=story)
    pulled = one(story, "release_move", to="TBA")
    assert pulled.payload["value"]["medium"] == "theatrical"  # as the story's other dates
    assert needs(pulled) == ""
    suggestions.suggestion_accept(suggestion=pulled, by=editor)
    publish(story)
    release = Release.objects.get(title__name="Pip and the Sky Whale")
    assert (str(release.when), release.medium) == ("TBA", "theatrical")


def test_a_title_pulled_from_the_schedule_with_no_medium_implied_says_why_it_asks(
    make_article, editor, one
):
    story = make_article(publish=False, headline="Pulled", body=SLATE.split("\n\n")[1])
    suggestions.article_suggest(article=story)
    pulled = one(story, "release_move", to="TBA")
    assert "the catalog keeps" in needs(pulled)
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(suggestion=pulled, by=editor)
    assert "the catalog keeps" in refused.value.message_dict["medium"][0]


def test_a_fact_is_put_on_a_title_the_story_names_that_no_card_proposed(
    make_article, editor, one, publish
):
    """Modelled on a walk-through's awards story: a credit read for the wrong film could not
    be put on "The Ferryman's Daughter", which the story names but no card proposed ("No
    title called …"), short of making the title by hand in the catalog."""
    story = make_article(
        publish=False,
        headline="Iron Meadow wins",
        body=(
            "The drama Copper Valley, starring Dorian Achebe-Wolfe, is in the works. We also "
            "liked Salt Lanterns, which is already streaming."
        ),
    )
    suggestions.article_suggest(article=story)
    credit = one(story, "credit", person="Dorian Achebe-Wolfe")
    with pytest.raises(ValidationError) as refused:
        suggestions.suggestion_accept(
            suggestion=credit, by=editor, edits={"title": "Salt Lantern Road"}
        )
    assert "in its words" in refused.value.message_dict["title"][0]
    done = suggestions.suggestion_accept(
        suggestion=credit, by=editor, edits={"title": "Salt Lanterns"}
    )
    assert "Salt Lanterns" in done.message
    made = one(story, "new_title", name="Salt Lanterns")
    assert made.state == FactSuggestion.State.ACCEPTED
    assert "We also liked Salt Lanterns" in made.sentence
    publish(story)
    credit = Title.objects.get(name="Salt Lanterns").credits.get()
    assert credit.person.name == "Dorian Achebe-Wolfe"
