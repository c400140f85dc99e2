"""Every change to the catalog goes through these functions, each recording its evidence.

evidence.py     Evidence (where a fact comes from) and the claims written for it
entities.py     titles, franchises, people, companies: creating, aliases, editorial edits
facts.py        statuses, releases (set, move, contest), credits, relations, placements
withdrawing.py  taking claims back, with the facts and entities only they supported
lifecycle.py    a title marked released once its first day of release has come
"""

from premiere.extraction.text import normalize_name  # aliases match as the extractor does

from .entities import (
    EDITABLE_FIELDS,
    NAME_FIELDS,
    company_create,
    entity_changed,
    entity_update,
    franchise_create,
    person_create,
    title_alias_add,
    title_alias_remove,
    title_create,
)
from .evidence import CONFIDENCE_RANK, Evidence, claim_record, claim_requote
from .facts import (
    credit_add,
    credit_correct,
    placement_set,
    relation_add,
    release_contest,
    release_move,
    release_set,
    title_first_release_refresh,
    title_status_set,
)
from .lifecycle import titles_released_mark
from .withdrawing import claims_withdraw, entity_remove_if_unused

__all__ = [
    "CONFIDENCE_RANK",
    "EDITABLE_FIELDS",
    "NAME_FIELDS",
    "Evidence",
    "claim_record",
    "claim_requote",
    "claims_withdraw",
    "company_create",
    "credit_add",
    "credit_correct",
    "entity_changed",
    "entity_remove_if_unused",
    "entity_update",
    "franchise_create",
    "normalize_name",
    "person_create",
    "placement_set",
    "relation_add",
    "release_contest",
    "release_move",
    "release_set",
    "title_alias_add",
    "title_alias_remove",
    "title_create",
    "title_first_release_refresh",
    "title_status_set",
    "titles_released_mark",
]
