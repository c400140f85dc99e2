"""One search box for the whole site: stories, titles, people, franchises and companies.

    selectors.py    the module's API: results pages and suggestions (what views call)
    query.py        a visitor's query made safe: bounded, folded, each word's close spellings
    finding.py      candidates from the engine, exact names, the embargo checked again
    ranking.py      the order readers see, the same on both databases
    backends/       SQLite FTS5 and PostgreSQL full text behind one interface, by vendor
    vocabulary.py   the words of every name, for typos (rapidfuzz)
    text.py         folding and words, shared by indexing and queries (plain Python)
    documents.py    what is indexed for each kind of thing
    services.py     index writes: one document after a save, or a rebuild

Kept current inside the transaction of every change: the newsroom's `article_saved` and the
catalog's `entity_changed` (catalog/signals.py), and Django's post_delete. Above the desk,
below follows and the community: nothing below imports search (the header's box is only a template).
"""
