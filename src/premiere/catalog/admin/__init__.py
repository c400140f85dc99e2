"""The catalog desk in Django's admin.

facts.py     sourced facts (releases, credits, placements, relations): every save goes
             through the catalog services with its evidence
entities.py  titles, people, companies, franchises: edited through the services too, so a
             rename is known to the extractor at once
review.py    the article's suggested facts: the review page an editor works through
"""

from . import entities, facts, review  # noqa: F401  (registers the admins)
