"""Most read: a beacon per read, one count per address and story an hour, moved into the
database by the worker, and the front page's list of the most read live stories."""

from django.core.cache import cache

from premiere.newsroom.models import ArticleReads
from premiere.newsroom.tasks import reads_flush


def read(client, article, address="198.51.100.1"):
    return client.post(f"/news/{article.slug}/read", REMOTE_ADDR=address)


def test_a_read_counts_once_per_address_and_reaches_the_database(client, make_article):
    story = make_article(headline="A film with a date")
    assert read(client, story).status_code == 204
    read(client, story)  # the same reader, reloading
    read(client, story, "203.0.113.5")
    assert reads_flush.call() == 2
    assert ArticleReads.objects.get(article=story).count == 2
    read(client, story, "203.0.113.6")
    assert reads_flush.call() == 1  # the counter was emptied by the first flush, not lost
    assert ArticleReads.objects.get(article=story).count == 3
    assert reads_flush.call() == 0


def test_stories_not_live_are_not_counted(client, make_article):
    draft = make_article(headline="Not yet", publish=False)
    assert read(client, draft).status_code == 204  # the beacon learns nothing
    assert reads_flush.call() == 0
    assert not ArticleReads.objects.exists()


def test_the_beacon_only_takes_a_post(client, make_article):
    story = make_article()
    assert client.get(f"/news/{story.slug}/read").status_code == 405


def test_the_front_page_lists_the_most_read_live_stories(client, make_article, editor):
    from premiere.newsroom import services

    popular = make_article(headline="Everyone read this")
    quiet = make_article(headline="A few read this")
    withdrawn = make_article(headline="Read, then taken down")
    for n in range(3):
        read(client, popular, f"198.51.100.{n}")
    read(client, quiet)
    for n in range(5):
        read(client, withdrawn, f"203.0.113.{n}")
    reads_flush.call()
    services.article_unpublish(article=withdrawn, by=editor)
    cache.clear()
    page = client.get("/").content.decode()
    most_read = page.split("Most read", 1)[1].split("</ol>", 1)[0]
    assert most_read.index("Everyone read this") < most_read.index("A few read this")
    assert "taken down" not in most_read


def test_reads_of_old_stories_are_not_counted(client, make_article):
    from datetime import timedelta

    from django.utils import timezone

    old = make_article(headline="From the archive", at=timezone.now() - timedelta(days=90))
    read(client, old)
    assert reads_flush.call() == 0
