"""The follow button on every page it joins, My Premiere, a follow's choices, settings and the
unsubscribe link, as a browser without JavaScript (and follows.js) uses them."""

import pytest
from django.test import Client
from django.urls import reverse

from premiere.catalog import services as catalog
from premiere.extraction.dates import FuzzyDate
from premiere.follows import services
from premiere.follows.models import Follow, Notice, NoticeSettings
from premiere.follows.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db

FOLLOW = reverse("follows:follow")
ME = reverse("follows:me")


@pytest.fixture
def pages(saga, section, said_by):
    """One page of each kind a reader can follow, and the target on it."""
    person = catalog.person_create(name="Ana de Armas")
    company = catalog.company_create(name="Lionsgate", kind="distributor")
    catalog.credit_add(title=saga["film"], person=person, role="cast", evidence=said_by())
    catalog.credit_add(title=saga["film"], company=company, role="distributor", evidence=said_by())
    return [saga["film"], saga["franchise"], person, company, section]


@pytest.fixture
def signed_in(client, reader, settings):
    settings.PREMIERE_FOLLOW_RATE_USER = "1000/60"
    client.force_login(reader)
    return client


def _kind(target) -> str:
    return type(target).__name__.lower()


def _follow(client, target, action="follow", **extra):
    data = {"kind": _kind(target), "id": target.pk, "action": action}
    return client.post(FOLLOW, data | extra.pop("data", {}), **extra)


def test_visitors_who_are_not_signed_in_are_asked_to_sign_in_on_every_page(client, pages):
    for target in pages:
        page = client.get(target.get_absolute_url()).content.decode()
        assert "Sign in to follow" in page, target
        assert f"{reverse('community:login')}?next={target.get_absolute_url()}" in page
        assert 'action="/me/follow/"' not in page


def test_a_reader_follows_and_unfollows_from_every_page_without_javascript(
    signed_in, reader, pages
):
    for target in pages:
        url = target.get_absolute_url()
        page = signed_in.get(url).content.decode()
        assert f'<span class="visually-hidden"> {target}</span></button>' in page
        response = _follow(signed_in, target, data={"next": url})
        assert response.status_code == 302 and response["Location"] == url
        page = signed_in.get(url).content.decode()
        assert f"You follow {target}." in page and "Unfollow" in page
        assert Follow.objects.filter(user=reader, **{_kind(target): target}).exists()
    assert Follow.objects.filter(user=reader).count() == 5
    for target in pages:
        assert _follow(signed_in, target, "unfollow").status_code == 302
    assert not Follow.objects.filter(user=reader).exists()


def test_following_again_or_unfollowing_twice_changes_nothing(signed_in, reader, saga):
    for _ in range(2):
        _follow(signed_in, saga["film"])
    assert Follow.objects.filter(user=reader).count() == 1
    for _ in range(2):
        _follow(signed_in, saga["film"], "unfollow")
    assert not Follow.objects.exists()


def test_follows_js_gets_the_new_button_back(signed_in, saga):
    response = _follow(signed_in, saga["film"], HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 200 and response["X-Follow-Fragment"] == "button"
    fragment = response.content.decode()
    assert "You follow Nightjar Rising." in fragment and "Choose what you hear about" in fragment
    assert "<html" not in fragment
    response = _follow(signed_in, saga["film"], "unfollow", HTTP_X_REQUESTED_WITH="fetch")
    assert ">Follow<span" in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [{}, {"kind": "article", "id": "1", "action": "follow"}, {"kind": "title", "id": "x"}],
)
def test_a_post_that_says_nothing_valid_is_refused(signed_in, data):
    assert signed_in.post(FOLLOW, data).status_code == 400
    assert not Follow.objects.exists()


def test_following_what_is_not_there_is_a_404(signed_in):
    assert (
        signed_in.post(FOLLOW, {"kind": "title", "id": "999999", "action": "follow"}).status_code
        == 404
    )


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(client, saga):
    response = _follow(client, saga["film"], data={"next": saga["film"].get_absolute_url()})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("community:login"))
    assert not Follow.objects.exists()


def test_following_too_fast_is_a_429(signed_in, saga, settings):
    settings.PREMIERE_FOLLOW_RATE_USER = "2/60"
    _follow(signed_in, saga["film"])
    _follow(signed_in, saga["film"], "unfollow")
    response = _follow(signed_in, saga["film"])
    assert response.status_code == 429 and "Retry-After" in response


def test_a_reader_chooses_digital_releases_only_and_a_reminder(signed_in, reader, saga):
    _follow(signed_in, saga["franchise"])
    follow = Follow.objects.get(user=reader)
    edit = reverse("follows:follow_edit", args=[follow.pk])
    page = signed_in.get(edit).content.decode()
    assert "Digital and streaming" in page and "Only the kinds ticked below" in page
    response = signed_in.post(
        edit, {"releases": "chosen", "kinds": ["digital"], "remind_days": "7"}
    )
    assert response.status_code == 302 and response["Location"] == ME + "#follows"
    follow.refresh_from_db()
    assert (follow.every_release, follow.release_types, follow.remind_days) == (
        False,
        ["digital"],
        7,
    )
    page = signed_in.get(ME).content.decode()
    assert "Digital and streaming; reminder 7 days before." in page


def test_the_game_platforms_the_catalog_knows_are_offered(signed_in, reader, saga, said_by, day):
    game = catalog.title_create(kind="game", name="Ironvale III")
    catalog.release_set(
        title=game, medium="platform", channel="PS5", when=day("2032"), evidence=said_by()
    )
    _follow(signed_in, saga["franchise"])
    follow = Follow.objects.get(user=reader)
    edit = reverse("follows:follow_edit", args=[follow.pk])
    assert "Games on PS5" in signed_in.get(edit).content.decode()
    signed_in.post(edit, {"releases": "chosen", "kinds": ["platform:ps5"], "remind_days": ""})
    follow.refresh_from_db()
    assert follow.release_types == ["platform:ps5"] and follow.remind_days is None


def test_a_bad_choice_is_a_400_and_another_reader_s_follow_a_404(
    signed_in, reader, make_user, saga
):
    _follow(signed_in, saga["film"])
    edit = reverse("follows:follow_edit", args=[Follow.objects.get().pk])
    assert signed_in.post(edit, {"releases": "chosen", "kinds": ["cinema"]}).status_code == 400
    signed_in.force_login(make_user("grace"))
    assert signed_in.get(edit).status_code == 404


def test_my_premiere_shows_notices_and_the_header_counts_the_unread(signed_in, reader, saga):
    for text in ("Nightjar Rising is now Filming.", "Nightjar Rising has a date."):
        Notice.objects.create(user=reader, kind="status_changed", title=saga["film"], text=text)
    page = signed_in.get(saga["film"].get_absolute_url()).content.decode()
    assert '<span class="unread-count">2<span class="visually-hidden"> unread</span>' in page
    page = signed_in.get(ME).content.decode()
    assert "Nightjar Rising is now Filming." in page and "Mark all as read" in page
    first = Notice.objects.earliest("id")
    response = signed_in.post(reverse("follows:notices_read"), {"notices": first.pk})
    assert response.status_code == 302 and response["Location"] == ME + "#notices"
    assert Notice.objects.unread().count() == 1
    signed_in.post(reverse("follows:notices_read"), {"notices": "all"})
    assert not Notice.objects.unread().exists()
    page = signed_in.get(ME).content.decode()
    assert 'class="unread-count"' not in page and "Mark all as read" not in page


def test_notice_settings(signed_in, reader):
    page = signed_in.get(reverse("follows:settings")).content.decode()
    assert "Once a day: a digest" in page
    response = signed_in.post(reverse("follows:settings"), {"email": "daily", "region": "GB"})
    assert response.status_code == 302
    chosen = NoticeSettings.objects.get(user=reader)
    assert (chosen.email, chosen.region) == ("daily", "GB")
    assert signed_in.post(reverse("follows:settings"), {"email": "hourly"}).status_code == 400


def test_one_region_for_a_reader_wherever_they_choose_it(client, reader, saga):
    """The region saved in a reader's settings was not the one their pages showed, nor did a
    region picked on a page reach their settings: each now follows the other, and signing
    in on another device brings it along."""
    title = saga["film"].get_absolute_url()
    client.force_login(reader)
    client.post(reverse("follows:settings"), {"email": "immediate", "region": "FR"})
    assert "Release dates for Nightjar Rising, France first" in client.get(title).content.decode()
    forged = {"region": "BR", "next": title}
    client.post(reverse("catalog:region"), forged, headers={"Sec-Fetch-Site": "cross-site"})
    assert NoticeSettings.objects.get(user=reader).region == "FR"  # another site's form
    picked = {"region": "JP", "next": title}
    client.post(reverse("catalog:region"), picked, headers={"Sec-Fetch-Site": "same-origin"})
    assert NoticeSettings.objects.get(user=reader).region == "JP"
    elsewhere = Client()
    elsewhere.post(
        reverse("community:login"), {"username": "ada", "password": "a-long-test-password"}
    )
    assert "Japan first" in elsewhere.get(title).content.decode()


def test_the_unsubscribe_link_shows_a_button_and_the_button_turns_emails_off(reader):
    url = reverse("follows:unsubscribe", args=[unsubscribe_token(reader)])
    browser = Client(enforce_csrf_checks=True)  # no session, no CSRF cookie: a mail program
    page = browser.get(url)
    assert page.status_code == 200 and "Turn off e-mails" in page.content.decode()
    assert not NoticeSettings.objects.filter(user=reader, email="off").exists()
    done = browser.post(url, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "E-mails turned off" in done.content.decode()
    assert NoticeSettings.objects.get(user=reader).email == "off"


def test_one_click_unsubscribe_as_rfc_8058_sends_it(reader):
    url = reverse("follows:unsubscribe", args=[unsubscribe_token(reader)])
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert NoticeSettings.objects.get(user=reader).email == "off"


def test_a_link_we_did_not_make_changes_nothing(reader):
    url = reverse("follows:unsubscribe", args=[f"{reader.pk}.notasignature"])
    assert Client().post(url).status_code == 400
    assert not NoticeSettings.objects.filter(user=reader).exists()


def _grow(reader, saga, make_title, make_article, said_by, n):
    """Give the reader and the catalog `n` more follows, notices, titles and stories."""
    for i in range(n):
        title = make_title(f"Extra {Follow.objects.count()}", franchise=saga["franchise"])
        catalog.release_set(
            title=title, medium="digital", when=FuzzyDate.year(2031), evidence=said_by()
        )
        Follow.objects.create(user=reader, title=title)
        Notice.objects.create(user=reader, kind="status_changed", title=title, text=f"News {i}")
        title.articles.add(make_article(headline=f"Story {i}"))


@pytest.mark.parametrize("kind", ["title", "franchise", "person", "company", "section", "me"])
def test_pages_a_reader_follows_from_cost_the_same_however_much_they_follow(
    signed_in,
    reader,
    pages,
    saga,
    make_title,
    make_article,
    said_by,
    kind,
    django_assert_max_num_queries,
):
    target = {_kind(page): page for page in pages}.get(kind)
    url = target.get_absolute_url() if target else ME
    # The anonymous counts (tests/catalog/test_views.py) plus the session, the reader, their
    # profile in the header, the follow button's one query and the unread count.
    most = {"title": 24, "franchise": 13, "person": 12, "company": 12, "section": 12, "me": 12}
    _follow(signed_in, saga["franchise"])
    _grow(reader, saga, make_title, make_article, said_by, 1)
    with django_assert_max_num_queries(most[kind]):
        assert signed_in.get(url).status_code == 200
    _grow(reader, saga, make_title, make_article, said_by, 8)
    with django_assert_max_num_queries(most[kind]):
        assert signed_in.get(url).status_code == 200


def test_my_premiere_lists_a_title_dated_only_in_another_country(signed_in, reader, said_by, day):
    """Modelled on a walk-through: a reader in the US following a film dated only in UK
    cinemas read "Nothing dated yet among what you follow"."""
    film = catalog.title_create(kind="film", name="The Glass Orchard")
    catalog.release_set(
        title=film, region="GB", medium="theatrical", when=day("2031-01-22"), evidence=said_by()
    )
    services.follow_add(by=reader, target=film, region="US")
    page = signed_in.get(reverse("follows:me")).content.decode()
    assert "Nothing dated yet" not in page
    assert "Theatrical, United Kingdom only so far" in page
    # Once it has a date where the reader is, the other country's is not listed beside it.
    catalog.release_set(title=film, medium="theatrical", when=day("2031-02-05"), evidence=said_by())
    page = signed_in.get(reverse("follows:me")).content.decode()
    assert "only so far" not in page and "worldwide" in page
