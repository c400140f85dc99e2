"""Exporting the catalog in the format an import reads."""

import io

import pytest

from premiere.catalog import services
from premiere.catalog.interchange import catalog_export, catalog_import
from premiere.catalog.models import Claim, Release, Title

from .conftest import EXAMPLE, export, wipe_catalog

pytestmark = pytest.mark.django_db


def test_export_of_the_imported_example_is_the_example():
    catalog_import(EXAMPLE.read_text().splitlines())

    assert export() == EXAMPLE.read_text()


def test_export_round_trips_through_an_empty_catalog(make_article, make_title, said_by, trade, day):
    story = make_article()
    wick = services.franchise_create(name="John Wick", slug="john-wick")
    keanu = services.person_create(name="Keanu Reeves", aliases=["Keanu"])
    lionsgate = services.company_create(name="Lionsgate", kind="distributor")
    first = make_title(name="John Wick", franchise=wick, status="released")
    ballerina = make_title(
        name="Ballerina", franchise=wick, aliases=["From the World of John Wick: Ballerina"]
    )
    ours = services.Evidence(article=story, source=trade, quote="Dated at last.")
    services.title_status_set(title=ballerina, status="post_production", evidence=said_by())
    june = services.release_set(
        title=ballerina, medium="theatrical", when=day("2025-06"), evidence=said_by()
    )
    services.release_move(release=june, to=day("2025-06-06"), evidence=ours)
    services.release_set(
        title=ballerina,
        region="GB",
        medium="streaming",
        channel="Prime Video",
        when=day("2025-Q4"),
        evidence=said_by(),
    )
    services.credit_add(
        title=ballerina, person=keanu, role="cast", character="John Wick", evidence=said_by()
    )
    services.credit_add(
        title=ballerina, person=keanu, role="cast", character="John Wick", evidence=ours
    )
    services.credit_add(title=ballerina, company=lionsgate, role="distributor", evidence=ours)
    services.relation_add(title=ballerina, kind="spin_off", other=first, evidence=said_by())
    services.placement_set(title=ballerina, kind="after", anchor=first, evidence=said_by())
    exported = export()

    wipe_catalog()
    report = catalog_import(exported.splitlines())

    assert report.problems == []
    assert export() == exported
    assert Release.objects.get(region="WW").when.canonical() == "2025-06-06"
    assert Title.objects.get(slug="john-wick").status == "released"


def test_export_leaves_out_facts_nobody_sources_now(make_title, said_by, day):
    title = make_title()
    release = services.release_set(
        title=title, medium="theatrical", when=day("2026"), evidence=said_by()
    )
    release.claims.update(state=Claim.State.CONTESTED)

    out = io.StringIO()
    report = catalog_export(out)

    assert "releases" not in out.getvalue()
    assert report.unsourced == 1
    assert "left out 1 fact with no current source" in report.summary()
