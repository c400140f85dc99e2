"""Where each catalog entry's page is."""

import pytest
from django.urls import reverse, set_script_prefix

from premiere.catalog import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    return {
        "catalog:title": services.title_create(kind="film", name="Copper Harbor"),
        "catalog:franchise": services.franchise_create(name="Northlight Saga"),
        "catalog:person": services.person_create(name="Mara Ellison"),
        "catalog:company": services.company_create(name="Kestrel Forge"),
    }


@pytest.mark.parametrize("prefix", ["/", "/news/"])
def test_each_entry_s_page_is_where_the_site_routes_it(entries, prefix):
    """The address is worked out once per kind of page and filled in with the slug; it is
    the one Django's URL routing gives, also when the site is served under a path."""
    set_script_prefix(prefix)
    try:
        for view, entry in entries.items():
            assert entry.get_absolute_url() == reverse(view, kwargs={"slug": entry.slug})
            assert entry.get_absolute_url().startswith(prefix)
    finally:
        set_script_prefix("/")
