"""What every app shares, at the bottom of the app layers: it imports none of them.

text.py         Markdown in, sanitized HTML out (markdown-it-py, then nh3)
ratelimit.py    per-account and per-address limits on Django's cache
signin.py       password guessing throttled on every form that checks one (django-axes)
signals.py      the newsroom's announcements (a story saved, gone live, withdrawn)
worker.py       `premiere worker`: django-tasks-db's worker plus a clock (heartbeats,
                requeueing a dead worker's jobs, periodic tasks)
views.py        error pages; a database that is down answers 503, not a stack trace
backups/        `premiere backup` and `premiere restore`
groups.py       the staff roles (Editors, Moderators, …) and their permissions
"""
