"""Background work for the catalog: thin wrappers around services, run by Django's tasks
framework (the immediate backend by default, a worker in production)."""

from django.tasks import task

from premiere.newsroom.models import Article

from . import suggestions


@task
def suggest_facts(article_id: int) -> int:
    """Find suggested facts in an article; return how many are pending review."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0  # deleted before the task ran
    return len(suggestions.article_suggest(article=article))
