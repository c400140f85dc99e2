import pytest

from premiere.catalog import services
from premiere.catalog.models import Company, Franchise, Person, Title
from premiere.desk import services as suggestions

pytestmark = pytest.mark.django_db


def test_the_story_proposes_its_facts_and_its_new_entities(draft):
    suggestions.article_suggest(article=draft)
    changes = set(draft.fact_suggestions.values_list("change", flat=True))
    assert {
        "Add the new title Ballerina, a film",
        "Add the new person Norman Reedus",
        "Credit Ana de Armas as cast on Ballerina",
        "Add a theatrical, worldwide release for Ballerina: June 7, 2024",
        "Place Ballerina between John Wick: Chapter 3 and John Wick: Chapter 4",
        "Record John Wick 5 as in development",
        "Credit Collider as this story's source",
    } <= changes


def test_rejected_suggestions_are_not_proposed_again(draft, editor, one):
    suggestions.article_suggest(article=draft)
    status = one(draft, "status", status="in_development")
    suggestions.suggestion_reject(suggestion=status, by=editor)
    suggestions.article_suggest(article=draft)
    assert draft.fact_suggestions.filter(kind="status", state="pending").count() == 0
    assert draft.fact_suggestions.filter(kind="status", state="rejected").count() == 1


def test_a_rejected_new_title_stays_rejected_when_the_edited_story_says_it_is_a_game(
    make_article, editor, one
):
    """Modelled on a game story: rejected as a film, the same name came back as a game once
    an added paragraph named its platform."""
    article = make_article(
        publish=False,
        headline="A space epic is dated",
        body='Studio Vantablack confirmed that "Starfall Protocol" arrives on September 6, 2027.',
    )
    suggestions.article_suggest(article=article)
    title = one(article, "new_title", name="Starfall Protocol")
    assert title.change.endswith("a film")
    suggestions.suggestion_reject(suggestion=title, by=editor)
    article.body += "\n\nStarfall Protocol launches on PS5 on September 6, 2027."
    article.save()
    suggestions.article_suggest(article=article)
    assert not article.fact_suggestions.filter(kind="new_title", state="pending").exists()


def test_what_was_decided_is_not_proposed_again_once_the_catalog_knows_its_names(
    draft, editor, one, publish
):
    """ "Look for facts again" on a published story: the title and person its accepted facts
    created are now known by id, and a credit rejected with its person stays rejected."""
    suggestions.article_suggest(article=draft)
    suggestions.suggestion_accept(suggestion=one(draft, "release"), by=editor)
    suggestions.suggestion_reject(
        suggestion=one(draft, "new_person", name="Norman Reedus"), by=editor
    )
    publish(draft)
    before = set(draft.fact_suggestions.filter(state="pending").values_list("change", flat=True))
    suggestions.article_suggest(article=draft)
    after = set(draft.fact_suggestions.filter(state="pending").values_list("change", flat=True))
    assert after <= before
    assert not any("release for Ballerina" in change for change in after)
    assert not any("Norman Reedus" in change for change in after)
    assert not draft.fact_suggestions.filter(
        kind="mention", subject_label="Ballerina", state="pending"
    )


def test_a_card_the_editor_put_right_is_not_proposed_again_as_the_story_said_it(
    make_article, editor, one
):
    """Modelled on two walk-throughs: a UK date accepted with its day put right and its
    channel added came back, as the story had it, on publishing; one "Accept all" then put
    the wrong day on the public page. A card undone with edits and then rejected came back
    too."""
    from premiere.newsroom import services as newsroom

    story = make_article(
        publish=False,
        headline="The Glass Orchard dated",
        body=(
            "The six-part thriller *The Glass Orchard* premieres January 14, 2027 on Sky "
            "Atlantic in the UK and the same week in Ireland, on January 17, 2027."
        ),
    )
    suggestions.article_suggest(article=story)
    uk = one(story, "release", region="GB")
    edits = {"date": "2027-01-15", "medium": "tv", "channel": "Sky Atlantic"}
    suggestions.suggestion_accept(suggestion=uk, by=editor, edits=edits)
    ireland = one(story, "release", region="IE")
    suggestions.suggestion_accept(suggestion=ireland, by=editor, edits={"medium": "tv"})
    suggestions.suggestion_undo(suggestion=ireland, by=editor)
    suggestions.suggestion_reject(suggestion=story.fact_suggestions.get(pk=ireland.pk), by=editor)
    newsroom.article_publish(article=story, by=editor)
    suggestions.article_suggest(article=story)
    assert not story.fact_suggestions.filter(kind="release", state="pending").exists()
    assert story.fact_suggestions.filter(kind="release").count() == 2


RENEWAL = (
    "Netflix has renewed *Saltwick* for a third season, and the coastal crime drama will "
    "premiere on Friday, March 12, 2027, the streamer announced on Thursday.\n\n"
    "Newcomer Teo Marsh joins the cast as a marine biologist with a secret.\n\n"
    "Creator Ilse Brandvold, who serves as showrunner alongside executive producer Ravi Okoro, "
    "said the new episodes would go further out to sea."
)


def test_a_credit_put_on_another_title_is_not_proposed_again_when_the_story_is_edited(
    make_article, editor, publish
):
    """Modelled on a walk-through: credits accepted after being moved between a show and its
    season ("Saltwick", "Saltwick — Season 3") came back as new cards at 85% once the
    published story's date was edited and the story read again."""
    story = publish(
        make_article(
            publish=False,
            headline="Saltwick Renewed for Season 3 at Netflix, Returns March 12",
            standfirst="The coastal crime drama from creator Ilse Brandvold returns.",
            body=RENEWAL,
        )
    )
    suggestions.article_suggest(article=story)
    for card in story.fact_suggestions.filter(kind="credit"):
        other = "Saltwick" if card.subject_label != "Saltwick" else "Saltwick — Season 3"
        suggestions.suggestion_accept(suggestion=card, by=editor, edits={"title": other})
    credited = set(story.fact_suggestions.filter(kind="credit").values_list("pk", flat=True))
    story.headline = story.headline.replace("March 12", "March 19")
    story.body = story.body.replace("March 12", "March 19")
    story.save()
    suggestions.article_suggest(article=story)
    again = story.fact_suggestions.filter(kind="credit").exclude(pk__in=credited)
    assert [card.change for card in again] == []
    # A credit the story now words otherwise is news again.
    story.body = story.body.replace("Ravi Okoro", "Ravi Okafor")
    story.save()
    suggestions.article_suggest(article=story)
    assert [card.change for card in story.fact_suggestions.filter(state="pending", kind="credit")]


def test_running_again_on_an_edited_article_is_idempotent(draft, editor):
    suggestions.article_suggest(article=draft)
    before = draft.fact_suggestions.count()
    suggestions.article_suggest(article=draft)
    assert draft.fact_suggestions.count() == before
    draft.body = draft.body.replace("And John Wick 5 is back on the table.\n\n", "")
    draft.save()
    suggestions.article_suggest(article=draft)
    assert not draft.fact_suggestions.filter(kind="status").exists()
    assert not draft.fact_suggestions.filter(subject_label="John Wick 5").exists()


def test_a_story_s_own_source_is_not_suggested_again(make_article, universe, collider):
    article = make_article(
        publish=False, body="Ballerina is set for 2025.\n\nSource | Collider", source=collider
    )
    suggestions.article_suggest(article=article)
    assert not article.fact_suggestions.filter(kind="source").exists()


def test_the_newsroom_itself_is_not_proposed_as_a_story_s_source(make_article, settings):
    """Modelled on a walk-through: "…, the creative director told Premiere." proposed
    crediting Premiere as the story's source."""
    settings.PREMIERE_SITE_NAME = "Premiere"
    article = make_article(
        publish=False,
        body='"We wanted the console versions out first," the studio\'s head told Premiere.',
    )
    suggestions.article_suggest(article=article)
    assert not article.fact_suggestions.filter(kind="source").exists()
    article.body = article.body.replace("told Premiere", "told Collider")
    suggestions.article_suggest(article=article)
    assert article.fact_suggestions.filter(kind="source").exists()


def test_a_new_name_close_to_a_known_one_offers_the_known_one(make_article, universe):
    services.title_create(kind="film", name="Ballerina")
    article = make_article(
        publish=False, body="Lionsgate is developing a sequel called Balerina Returns."
    )
    suggestions.article_suggest(article=article)
    new = article.fact_suggestions.get(kind="new_title")
    assert new.payload["value"]["name"] == "Balerina Returns"
    assert new.payload["value"]["similar"] == []  # a different title, not a typo
    typo = make_article(publish=False, body="A spin-off called Balerina arrives in 2026.")
    suggestions.article_suggest(article=typo)
    offered = typo.fact_suggestions.get(kind="new_title")
    assert [s["name"] for s in offered.payload["value"]["similar"]] == ["Ballerina"]


def test_describing_a_story_s_suggestions_costs_the_same_however_many(
    make_article, django_assert_max_num_queries
):
    def story(count):
        for n in range(count):
            services.title_create(kind="film", name=f"Harbor Lights {n}")
        body = " ".join(
            f"Harbor Lights {n} opens in theaters on June {n + 1}, 2031." for n in range(count)
        )
        return make_article(publish=False, headline=f"{count} dates", body=body)

    small, large = story(2), story(12)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        suggestions.article_suggest(article=small)
    with CaptureQueriesContext(connection) as many:
        suggestions.article_suggest(article=large)
    # Each suggestion costs its own row (written once), not another read of the catalog.
    extra_suggestions = large.fact_suggestions.count() - small.fact_suggestions.count()
    assert len(many) - len(few) <= extra_suggestions + 2


def test_a_roundup_written_in_markdown_dates_its_headings_not_its_distributors(make_article):
    """Modelled on a month's release listing typed into the admin: a "###" heading per film,
    the distributor's line under it, then the date. The films get the dates; the studios
    are not proposed as new films."""
    article = make_article(
        publish=False,
        headline="Coming to theaters in July",
        body="Coming to theaters\n\n"
        "### Night Orchard\n\nNorthlight Pictures (Wide)\n\nRelease date: July 9, 2027\n\n"
        "### Hollow Crown\n\n**Vantablack Films** (Limited)\n\nRelease date: July 16, 2027",
    )
    suggestions.article_suggest(article=article)
    new = set(
        article.fact_suggestions.filter(kind="new_title").values_list("subject_label", flat=True)
    )
    assert new == {"Night Orchard", "Hollow Crown"}
    dated = {
        (s.subject_label, s.payload["value"]["date"])
        for s in article.fact_suggestions.filter(kind="release")
    }
    assert dated == {("Night Orchard", "2027-07-09"), ("Hollow Crown", "2027-07-16")}


def test_a_card_says_how_a_date_comes_out_in_words(make_article):
    """Walked in the browser: a listing's "(Limited)" date read "Add a theatrical_limited,
    worldwide release", the catalog's code for it."""
    article = make_article(
        publish=False,
        headline="Coming to theaters",
        body="### Lantern Run\n\nNorthlight Pictures (Limited)\n\nRelease date: May 7, 2027",
    )
    suggestions.article_suggest(article=article)
    assert article.fact_suggestions.get(kind="release").change == (
        "Add a theatrical (limited), worldwide release for Lantern Run: May 7, 2027"
    )


def test_a_card_takes_the_article_its_channel_is_said_with(make_article):
    """Walked in the browser: "Add a HBO, United States release"."""
    article = make_article(
        publish=False,
        headline="Glass Orchard dated",
        body="*The Glass Orchard* premieres on HBO in the US on January 14, 2027.",
    )
    suggestions.article_suggest(article=article)
    assert article.fact_suggestions.get(kind="release").change == (
        "Add an HBO, United States release for The Glass Orchard: January 14, 2027"
    )


def test_a_title_the_editor_set_in_italics_is_proposed(make_article):
    article = make_article(
        headline="Switch 2 edition planned for November",
        body="Developer Quillstone said the *Cinderfall Tactics* Switch 2 edition is planned "
        "for November.",
    )
    suggestions.article_suggest(article=article)
    assert set(article.fact_suggestions.values_list("kind", "subject_label")) >= {
        ("new_title", "Cinderfall Tactics"),
        ("release", "Cinderfall Tactics"),
    }


def test_a_card_to_link_a_title_the_story_links_already_goes(draft):
    """A walk-through's story offered "Link this article to Glass Orchard" though its page
    already listed the title under "In this story" (linked by another card meanwhile)."""
    suggestions.article_suggest(article=draft)
    mention = draft.fact_suggestions.filter(kind="mention", state="pending").first()
    subject = mention.payload["subject"]
    models = {"title": Title, "person": Person, "franchise": Franchise, "company": Company}
    models[subject["kind"]].objects.get(pk=subject["id"]).articles.add(draft)
    suggestions.article_suggest(article=draft)
    assert not draft.fact_suggestions.filter(pk=mention.pk).exists()
