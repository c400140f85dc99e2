from django.apps import AppConfig
from django.conf import settings
from django.db import transaction


class DeskConfig(AppConfig):
    name = "premiere.desk"
    label = "desk"
    verbose_name = "Editor's desk"

    def ready(self):
        from premiere.core.signals import article_saved, article_went_live, article_withdrawn

        article_saved.connect(_suggest_after_save, dispatch_uid="desk-suggest-facts")
        article_went_live.connect(_facts_go_public, dispatch_uid="desk-facts-public")
        article_withdrawn.connect(_facts_withdrawn, dispatch_uid="desk-facts-withdrawn")


def _suggest_after_save(sender, article, **kwargs):
    """Look for facts in every saved article, once its transaction has committed."""
    if not settings.PREMIERE_SUGGEST_ON_SAVE:
        return
    from .tasks import suggest_facts

    transaction.on_commit(lambda: suggest_facts.enqueue(article.pk))


def _facts_go_public(sender, article, **kwargs):
    """The facts accepted from a story are written once it is out (after the commit)."""
    from .tasks import publish_story_facts

    transaction.on_commit(lambda: publish_story_facts.enqueue(article.pk))


def _facts_withdrawn(sender, article, **kwargs):
    """A story taken down takes its facts with it, in the same transaction: they are never
    public while it is not."""
    from .publication import article_facts_withdraw

    article_facts_withdraw(article=article)
