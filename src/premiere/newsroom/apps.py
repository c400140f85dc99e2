from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "premiere.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        import reversion

        from . import models

        # Every save of an article keeps a revision; its tags and the source go with it.
        if not reversion.is_registered(models.Article):
            reversion.register(models.Article, follow=())
