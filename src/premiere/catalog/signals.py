"""What the catalog announces about its facts, for the apps above it.

The catalog services send these inside the transaction that writes the fact, once the fact is
written: a receiver that records something (the follows app's outbox of catalog events) is
committed or rolled back with the fact itself, so nothing it records is lost or made for a fact
that never was. Receivers must be quick and must not send anything themselves: slow work (a
notice, an e-mail) is for the background worker. The catalog does not know who listens.

Only catalog rows are announced. A fact an editor accepted from a story that is not out yet is
held by the desk, not written here, so it is announced when the story goes out, not before.
"""

from django.dispatch import Signal

# A release got its first date: a new release with a date, or one that was TBA and is dated
# now. Sent with `release` and `claim` (the evidence for the date).
release_dated = Signal()

# A dated release has another date now: delayed, moved up, narrowed, or back to TBA. Sent with
# `release` (its new date stored), `previous` (a FuzzyDate), `claim`, `reason` and `change`
# (the history's word for it: "delayed", "moved up", … or "corrected" by its own source).
release_moved = Signal()

# A release's latest date was taken back (its story came down, an editor undid the decision):
# `release`, `withdrawn` (the FuzzyDate taken back) and `restored` (the FuzzyDate it is back
# to, or None when the release is gone; sent before it is deleted).
release_withdrawn = Signal()

# A title's status changed: `title`, `previous` and `status` (Title.Status values), `change`
# (the StatusChange, None when a withdrawal removed it) and `withdrawn` (True when the status
# went back because the report of the newer one was taken back).
title_status_changed = Signal()

# A title became part of a franchise (made in it, or placed in it later): `title`, `franchise`.
title_joined_franchise = Signal()

# A person or company was credited on a title for the first time in that role: `credit`, `claim`.
credit_added = Signal()

# A title, franchise, person or company was made or changed where readers find it by: a name,
# an alias, its place, its first release. Sent with the model as `sender` and the row's `pk`
# (search re-reads the row). A deleted row is seen through Django's own post_delete.
entity_changed = Signal()

# A title, franchise, person or company is called something else or found at another address:
# its name, an alias or its slug changed. Sent with the model as `sender` and the row's `pk`;
# stories that link it render their links again (in the worker).
entity_renamed = Signal()
