"""Readers follow titles, franchises, people, companies and sections, and hear what changes.

    models.py         Follow, NoticeSettings, the outboxes (CatalogEvent, Email), Notice
    events.py         catalog.signals -> CatalogEvent rows, in the catalog's own transaction
    delivery.py       the worker's side: events -> notices, reminders, digests, e-mails sent once
    audience.py       who follows what a change is about, and whether they want to hear it
    release_types.py  the kinds of release a reader chooses (cinemas, digital, each platform)
    wording.py        what a notice says
    services.py       a reader's writes: follow, unfollow, choose, mark read, unsubscribe,
                      the secret address of their calendar
    selectors.py      My Premiere, the follow button, the unread count, the reader's calendar
                      (built by catalog.ical), the privacy export
    templatetags/     {% follow_button obj %}: how the button joins catalog and newsroom pages

Between the desk and community in the app layers: it reads the catalog and the newsroom, and
community includes a reader's follows and notices in their data. The catalog does not import
it: it announces its changes (catalog.signals) and the follows app listens.
"""
