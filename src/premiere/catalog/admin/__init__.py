"""The catalog desk in Django's admin.

facts.py     sourced facts (releases, credits, placements, relations): every save goes
             through the catalog services with its evidence
entities.py  titles, people, companies, franchises: edited through the services too, so a
             rename is known to the extractor at once

A story's suggested facts are reviewed on the editor's desk (premiere.desk.admin).
"""

from . import entities, facts  # noqa: F401  (registers the admins)
