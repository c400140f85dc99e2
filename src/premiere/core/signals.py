"""What the newsroom announces about its stories (and the catalog about a reader's region), for
the apps above and beside it.

They live here, at the bottom of the app layers, so an app that reacts (the editor's desk
writes a story's facts when it goes out) needs no import of the newsroom, and the newsroom
needs none of it: the newsroom sends, the others listen (connected in their AppConfig.ready).
Each is sent inside the saving transaction with `article`; slow work is enqueued on commit.
"""

from django.dispatch import Signal

# After an article is saved through newsroom.services.
article_saved = Signal()

# Once a story becomes visible to readers (published now, or a scheduled story whose time
# came), and when a live story is taken down or pushed back to a later time.
article_went_live = Signal()
article_withdrawn = Signal()

# A signed-in reader picked their region on a page (catalog's picker): `user`, `region`.
region_chosen = Signal()
