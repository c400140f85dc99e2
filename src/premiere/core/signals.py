"""What the newsroom announces about its stories and the catalog about its entities, for the
apps above them.

They live here, at the bottom of the app layers, so an app that reacts (the editor's desk
writes a story's facts when it goes out; search re-indexes what changed) needs no import of
the sender's internals, and the sender needs none of it: one app sends, the others listen
(connected in their AppConfig.ready). Each is sent inside the saving transaction; slow work
is enqueued on commit.
"""

from django.dispatch import Signal

# After an article is saved through newsroom.services.
article_saved = Signal()

# Once a story becomes visible to readers (published now, or a scheduled story whose time
# came), and when a live story is taken down or pushed back to a later time.
article_went_live = Signal()
article_withdrawn = Signal()

# After a catalog service creates or changes a title, franchise, person or company (a name,
# an alias, its place, its first release): sent with the model as `sender` and the row's `pk`.
# Deleted rows are seen through Django's own post_delete.
catalog_entity_changed = Signal()
