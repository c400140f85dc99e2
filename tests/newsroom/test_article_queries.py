"""The article page costs the same number of queries however much it shows: comments and
replies, tags, photos in the body and the catalog entries it is linked to."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from premiere.catalog import services as catalog
from premiere.community import services as community


def grow(story, n, *, make_user, make_image, make_title):
    """Give `story` n more of everything a reader sees on its page."""
    body = story.body
    for i in range(n):
        image = make_image()
        body += f"\n\n[image:{image.pk}]\n\nParagraph {i}."
        make_title(f"Title {story.pk}-{i}-{n}").articles.add(story)
        catalog.person_create(name=f"Person {story.pk} {i} {n}").articles.add(story)
        author = make_user(f"reader{story.pk}x{i}x{n}")
        comment = community.comment_post(article=story, author=author, body=f"Comment {i}")
        community.comment_post(article=story, author=author, body="A reply", parent=comment)
    story.body = body
    story.tags.add(
        *[
            story.tags.model.objects.get_or_create(name=f"Tag {n}{i}", slug=f"tag-{n}-{i}")[0]
            for i in range(n)
        ]
    )
    return story


def queries(client, story) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(story.get_absolute_url()).status_code == 200
    return len(captured)


def test_the_article_page_makes_as_many_queries_for_a_big_story_as_for_a_small_one(
    client, make_article, make_image, make_title, make_user, editor
):
    from premiere.newsroom import services

    small = make_article(headline="A small story")
    big = make_article(headline="A big story")
    for story, n in ((small, 1), (big, 8)):
        grow(story, n, make_user=make_user, make_image=make_image, make_title=make_title)
        services.article_save(article=story, by=editor)
    assert queries(client, big) == queries(client, small)
    page = client.get(big.get_absolute_url()).content.decode()
    # …and the big one shows all of it.
    assert page.count("A reply") == 8 and "Comment 7" in page
    assert page.count('<figure class="photo') >= 8 and f"Title {big.pk}-7-8" in page
