"""The catalog: titles, franchises, people, companies, credits and releases.

Every fact that can be wrong (a date, a status, a credit, a story placement) carries Claims:
who said it, where, in which words and when we saw it. Changes keep what came before.

entities.py     Franchise, Title, TitleAlias, Person, Company
claims.py       Claim, and Sourced, the base of every fact that carries claims
facts.py        StatusChange, Relation, Placement, Credit
releases.py     Release and ReleaseChange, its history
"""

from premiere.extraction.regions import WORLDWIDE  # a release's default region

# The app registry lists models in the order they are imported (content types, backups):
# entities first, as when they were declared in one file.
from .entities import Company, Franchise, Person, Title, TitleAlias  # isort: skip
from .claims import Claim, Sourced
from .facts import Credit, Placement, Relation, StatusChange
from .releases import Release, ReleaseChange

__all__ = [
    "WORLDWIDE",
    "Claim",
    "Company",
    "Credit",
    "Franchise",
    "Person",
    "Placement",
    "Relation",
    "Release",
    "ReleaseChange",
    "Sourced",
    "StatusChange",
    "Title",
    "TitleAlias",
]
