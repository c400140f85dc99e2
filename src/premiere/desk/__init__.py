"""The editor's desk: the facts a story states, proposed by the extractor, decided on by an
editor, and written to the catalog (with the story and its credited source as evidence) when
the story is live; withdrawn again if it comes down.

Above the catalog and the newsroom in the app layers: it uses both, neither knows it. It
listens to the newsroom's announcements (premiere.core.signals) and adds the review page and
the entity links to the newsroom's article admin.
"""
