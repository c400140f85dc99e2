from django.dispatch import Signal

# Sent after an article is saved through newsroom.services.article_save, with `article`.
# Other apps (the catalog) react to it; the newsroom itself never listens.
article_saved = Signal()
