import pytest
from django.urls import reverse

from premiere.catalog import services as catalog
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom.models import Article, Source
from premiere.wire import services
from premiere.wire.models import Feed, WireItem
from premiere.wire.safety import UnsafeURL

from .conftest import Route, rss

pytestmark = pytest.mark.django_db

DELAY = (
    "Ironvale II slips to 2028",
    "https://trade.example/ironvale-slips",
    "Hollowforge Games has delayed Ironvale II to 2028 on every platform.",
)
DATED = (
    "Starfall Protocol dated",
    "https://trade.example/starfall",
    "Starfall Protocol will be released in theaters on July 9, 2027.",
)
PLAIN = ("Box office weekend", "https://trade.example/box-office", "Holdovers led a quiet weekend.")


@pytest.fixture
def trade(db):
    return Source.objects.create(name="Trade Weekly", url="https://trade.example/")


@pytest.fixture
def catalog_titles(trade):
    game = catalog.title_create(kind="game", name="Ironvale II")
    catalog.release_set(
        title=game,
        medium="platform",
        channel="PC",
        when=FuzzyDate.parse("2027-05-21"),
        evidence=catalog.Evidence(source=trade),
    )
    catalog.title_create(kind="film", name="Starfall Protocol")


def test_a_local_feed_is_ingested_once_and_flagged(feed_server, trade, catalog_titles):
    feed_server.routes["/rss"] = Route(body=rss(DELAY, DATED, PLAIN), etag='"v1"')
    feed = services.feed_add(source=trade, url=feed_server.url("/rss"))
    result = services.feed_fetch(feed=feed)
    assert (result.new_items, result.error) == (3, "")
    delay = WireItem.objects.get(url=DELAY[1])
    assert (delay.date_changes, delay.new_facts) == (1, 0)
    # No medium named: every release of the title moves, and the card says which that is.
    [move] = [s for s in delay.suggestions if s["kind"] == "release_move"]
    assert move["change"] == "Move Ironvale II's PC, worldwide date from May 21, 2027 to 2028"
    dated = WireItem.objects.get(url=DATED[1])
    assert dated.new_facts == 1
    assert dated.suggestions[0]["change"] == (
        "Add a theatrical, worldwide release for Starfall Protocol: July 9, 2027"
    )
    assert WireItem.objects.get(url=PLAIN[1]).suggestions == []

    again = services.feed_fetch(feed=feed)
    assert again.not_modified  # the server answered 304 to our ETag
    assert feed_server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert WireItem.objects.count() == 3


def test_the_same_story_under_a_new_url_is_stored_once(feed_server, trade):
    feed_server.routes["/a"] = Route(body=rss(PLAIN))
    feed_server.routes["/b"] = Route(body=rss((PLAIN[0], PLAIN[1] + "?utm=x", PLAIN[2])))
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/a")))
    second = services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/b")))
    assert (second.new_items, second.skipped) == (0, 1)
    assert WireItem.objects.count() == 1


def test_server_errors_are_retried_with_backoff(feed_server, trade):
    feed_server.routes["/flaky"] = Route(body=rss(PLAIN), failures_first=2)
    feed = services.feed_add(source=trade, url=feed_server.url("/flaky"))
    assert services.feed_fetch(feed=feed).new_items == 1
    assert len(feed_server.requests) == 3


def test_a_feed_that_keeps_failing_is_recorded_not_raised(feed_server, trade, settings):
    settings.PREMIERE_WIRE_RETRIES = 2
    feed_server.routes["/down"] = Route(failures_first=99)
    feed = services.feed_add(source=trade, url=feed_server.url("/down"))
    result = services.feed_fetch(feed=feed)
    feed.refresh_from_db()
    assert result.error == "HTTP 503 Service Unavailable"
    assert (feed.failures, feed.last_status) == (1, "HTTP 503 Service Unavailable")


def test_a_slow_feed_times_out(feed_server, trade, settings):
    settings.PREMIERE_WIRE_TIMEOUT = 0.3
    settings.PREMIERE_WIRE_RETRIES = 1
    feed_server.routes["/slow"] = Route(body=rss(PLAIN), delay=1.0)
    result = services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/slow")))
    assert "timed out" in result.error
    assert not WireItem.objects.exists()


def test_a_feed_that_trickles_forever_is_cut_off_at_the_deadline(feed_server, trade, settings):
    """A server sending one byte at a time never trips a per-read timeout; the total does."""
    settings.PREMIERE_WIRE_DEADLINE = 1
    settings.PREMIERE_WIRE_RETRIES = 3
    feed_server.routes["/trickle"] = Route(body=rss(PLAIN) * 20, trickle=0.05)
    feed = services.feed_add(source=trade, url=feed_server.url("/trickle"))
    result = services.feed_fetch(feed=feed)
    assert "gave up after 1 seconds" in result.error
    assert len(feed_server.requests) == 1  # no retry past the deadline
    assert not WireItem.objects.exists()


def test_fetch_now_in_the_admin_only_queues_the_fetch(
    feed_server, trade, client, make_user, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    feed = services.feed_add(source=trade, url=feed_server.url("/rss"))
    feed_server.routes["/rss"] = Route(body=rss(DATED), delay=5)
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:wire_feed_changelist"),
        {"action": "fetch_now", "_selected_action": [feed.pk]},
        follow=True,
    )
    assert "Queued: Trade Weekly" in response.content.decode()
    assert feed_server.requests == []  # nothing fetched inside the request
    job = DBTaskResult.objects.get()
    assert job.task_path == "premiere.wire.tasks.fetch_feed" and job.status == "READY"


def test_an_oversized_feed_is_refused(feed_server, trade, settings):
    settings.PREMIERE_WIRE_MAX_BYTES = 1000
    feed_server.routes["/big"] = Route(body=rss(*[PLAIN] * 40))
    result = services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/big")))
    assert "limit is 1,000" in result.error
    assert not WireItem.objects.exists()


@pytest.mark.parametrize(
    "url, reason",
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.com/feed", "only http"),
        ("http://127.0.0.1:5432/", "private or local"),
        ("http://10.0.0.8/feed", "private or local"),
        ("http://[::1]/feed", "private or local"),
        ("http://169.254.169.254/latest", "private"),
        # IPv4 addresses inside IPv6 ones reach the same places
        ("http://[::127.0.0.1]/feed", "private or local"),
        ("http://[::ffff:127.0.0.1]/feed", "private or local"),
        ("http://[64:ff9b::7f00:1]/feed", "private or local"),
        ("http://[64:ff9b::808:808]/feed", "private or local"),
        ("http://[2002:7f00:1::]/feed", "private or local"),
    ],
)
def test_unsafe_feed_urls_are_refused_before_anything_is_stored(trade, url, reason):
    with pytest.raises(UnsafeURL) as error:
        services.feed_add(source=trade, url=url)
    assert reason in str(error.value)
    assert not Feed.objects.exists()


def test_a_redirect_to_a_private_address_is_refused(feed_server, trade, settings):
    feed_server.routes["/hop"] = Route(location="http://10.0.0.8/internal")
    result = services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/hop")))
    assert "redirect refused" in result.error


def test_starting_an_article_prefills_the_source(
    feed_server, trade, catalog_titles, editor, section, client
):
    feed_server.routes["/rss"] = Route(body=rss(DATED))
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/rss")))
    item = WireItem.objects.get()
    client.force_login(editor)
    editor.is_superuser = True
    editor.save()
    response = client.post(reverse("admin:wire_wireitem_start_article", args=[item.pk]))
    article = Article.objects.get()
    assert response.url == reverse("admin:newsroom_article_change", args=[article.pk])
    assert (article.status, article.source, article.source_url) == ("draft", trade, DATED[1])
    assert article.headline == "Starfall Protocol dated"
    page = client.get(reverse("admin:wire_wireitem_changelist") + "?holds=new").content.decode()
    assert "Starfall Protocol dated" in page


def test_a_draft_from_a_wire_item_does_not_print_its_summary_twice(
    feed_server, trade, editor, section
):
    """Walked in the browser: a draft's standfirst was the whole summary, the same as its
    body, so the story printed it twice unless rewritten."""
    item = (
        "Harbor Lights season 3 dated",
        "https://trade.example/harbor",
        "The third season premieres on April 9, 2027. All six episodes follow the same day. "
        "Filming wrapped last month.",
    )
    feed_server.routes["/rss"] = Route(body=rss(item))
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/rss")))
    article = services.wire_item_start_article(item=WireItem.objects.get(), by=editor)
    assert article.standfirst == "The third season premieres on April 9, 2027."
    assert article.body == "All six episodes follow the same day. Filming wrapped last month."


def test_the_fetch_command_ends_with_a_summary(feed_server, trade, capsys):
    from django.core.management import call_command

    feed_server.routes["/rss"] = Route(body=rss(PLAIN))
    services.feed_add(source=trade, url=feed_server.url("/rss"))
    call_command("wire", "fetch")
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "1 feeds checked: 1 new items, 0 unchanged, 0 failed."


def test_the_periodic_task_fetches_every_feed(feed_server, trade):
    from premiere.wire.tasks import fetch_wire

    feed_server.routes["/rss"] = Route(body=rss(PLAIN))
    services.feed_add(source=trade, url=feed_server.url("/rss"))
    result = fetch_wire.enqueue()  # the immediate backend runs it now; a worker would later
    assert result.return_value == "1 feeds checked: 1 new items, 0 unchanged, 0 failed."
    assert WireItem.objects.count() == 1


def test_a_name_that_resolves_elsewhere_at_connect_time_is_not_followed(trade, monkeypatch):
    """DNS rebinding: the address checked is the address connected to, or nothing is."""
    import socket

    from premiere.wire import fetching

    answers = iter([["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"], ["127.0.0.1"]])
    # Stand in for a hostile DNS server (there is no network here to run one on).
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, **kw: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in next(answers)
        ],
    )
    dialled = []

    def refuse(address, *args, **kwargs):
        dialled.append(address[0])
        raise ConnectionRefusedError

    monkeypatch.setattr(socket, "create_connection", refuse)
    with pytest.raises(UnsafeURL):
        fetching.fetch("http://rebind.example/feed")
    assert "127.0.0.1" not in dialled


def test_a_server_that_does_not_speak_http_is_a_recorded_failure(trade, settings):
    import socket
    import threading

    settings.PREMIERE_WIRE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.PREMIERE_WIRE_RETRIES = 1
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_badly():
        connection, _ = listener.accept()
        connection.recv(1024)
        connection.sendall(b"HTTP/1.1 2OO OK\r\n\r\n")
        connection.close()

    threading.Thread(target=answer_badly, daemon=True).start()
    feed = services.feed_add(source=trade, url=f"http://127.0.0.1:{port}/rss")
    run = services.wire_fetch_all()
    listener.close()
    assert run.results[0].error.startswith("network error")
    feed.refresh_from_db()
    assert feed.failures == 1


def test_feed_text_is_stored_as_text_not_html(feed_server, trade):
    feed_server.routes["/rss"] = Route(
        body=rss(
            (
                "Marvel &amp;amp; Sony extend deal",
                "https://trade.example/deal",
                "&lt;b&gt;Both&lt;/b&gt; studios &amp;amp; partners agreed.",
            )
        )
    )
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/rss")))
    item = WireItem.objects.get()
    assert item.title == "Marvel & Sony extend deal"
    assert item.summary == "Both studios & partners agreed."


def test_a_long_wire_link_still_starts_an_article(feed_server, trade, editor, section):
    link = "https://trade.example/" + "a" * 300
    feed_server.routes["/rss"] = Route(body=rss(("Long link story", link, "Text.")))
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/rss")))
    article = services.wire_item_start_article(item=WireItem.objects.get(), by=editor)
    assert article.source_url == link


def test_a_draft_from_the_wire_goes_to_the_section_that_covers_it_with_its_source_once(
    feed_server, trade, catalog_titles, editor, django_capture_on_commit_callbacks
):
    from premiere.newsroom.models import Section

    Section.objects.create(name="Movies", slug="movies", covers="film", position=1)
    games = Section.objects.create(name="Games", slug="games", covers="game,dlc", position=2)
    feed_server.routes["/rss"] = Route(body=rss(DELAY))
    services.feed_fetch(feed=services.feed_add(source=trade, url=feed_server.url("/rss")))
    item = WireItem.objects.get()
    assert services.section_for(item) == games
    with django_capture_on_commit_callbacks(execute=True):
        article = services.wire_item_start_article(item=item, by=editor)
    assert article.section == games
    assert "Trade Weekly" not in article.body  # the source line says it, once
    kinds = set(article.fact_suggestions.values_list("kind", flat=True))
    assert "release_move" in kinds and "source" not in kinds  # its facts, to review as usual
