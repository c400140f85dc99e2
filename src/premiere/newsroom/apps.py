from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "premiere.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        import reversion
        from django.conf import settings
        from PIL import Image

        from . import models, receivers

        # Pillow warns past this many pixels and refuses past twice as many, from the header:
        # a decompression bomb opened anywhere raises instead of filling a worker's memory.
        Image.MAX_IMAGE_PIXELS = settings.PREMIERE_IMAGE_MAX_PIXELS

        # Every save of an article keeps a revision; its tags and the source go with it.
        if not reversion.is_registered(models.Article):
            reversion.register(models.Article, follow=())

        receivers.connect()
