from django.dispatch import Signal

# Sent after an article is saved through newsroom.services, with `article`.
# Other apps (the catalog) react to it; the newsroom itself never listens.
article_saved = Signal()

# Sent once a story becomes visible to readers (published now, or a scheduled story whose time
# came), and when a live story is taken down or pushed back to a later time. The catalog makes
# the facts a story carries public, or takes them back, on these. Sent inside the transaction.
article_went_live = Signal()
article_withdrawn = Signal()
