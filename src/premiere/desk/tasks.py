"""Background work for the desk: thin wrappers around its services, run by the worker."""

from django.tasks import task

from premiere.newsroom.models import Article

from . import services as suggestions


@task
def suggest_facts(article_id: int) -> int:
    """Find suggested facts in an article; return how many are pending review."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0  # deleted before the task ran
    return len(suggestions.article_suggest(article=article))


@task
def publish_story_facts(article_id: int) -> int:
    """Write the facts held for a story that has gone out; return how many."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or not article.is_live:
        return 0  # taken down again before the task ran: they stay held
    return suggestions.article_facts_publish(article=article)
