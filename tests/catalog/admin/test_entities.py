"""Entities edited on the desk go through the catalog services: a rename is known at once."""

import pytest
from django.urls import reverse

from premiere.catalog import services
from premiere.catalog.extraction import extract_article
from premiere.catalog.models import Person, Title

from .test_facts import _title_management

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, make_user):
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    return client


def _found(text):
    from datetime import date

    found = extract_article(headline="", standfirst="", body=text, published=date(2026, 1, 5))
    return {(s.kind, s.subject.name) for s in found if s.subject}


def test_a_title_renamed_on_the_desk_is_known_to_the_extractor_at_once(desk):
    title = services.title_create(kind="film", name="Untitled Wick Spin-off")
    assert ("mention", "Untitled Wick Spin-off") in _found("Untitled Wick Spin-off is shooting.")
    url = reverse("admin:catalog_title_change", args=[title.pk])
    form = {k: v for k, v in desk.get(url).context["adminform"].form.initial.items() if v}
    response = desk.post(
        url,
        {
            **form,
            **_title_management(),
            "name": "Ballerina",
            "parent": "",
            "franchise": "",
            "poster": "",
        },
    )
    assert response.status_code == 302
    assert Title.objects.get(pk=title.pk).name == "Ballerina"
    assert ("mention", "Ballerina") in _found("Ballerina is shooting in Prague.")


def test_a_person_added_on_the_desk_with_aliases(desk):
    response = desk.post(
        reverse("admin:catalog_person_add"),
        {"name": "Ana de Armas", "slug": "ana-de-armas", "bio": "", "aliases": "Ana Armas\n"},
    )
    assert response.status_code == 302
    assert Person.objects.get().aliases == ["Ana Armas"]
    assert ("mention", "Ana de Armas") in _found("Ana Armas joins the cast.")


def test_an_alias_removed_on_the_desk_is_forgotten(desk):
    title = services.title_create(kind="film", name="Dune: Part Two", aliases=["Dune 2"])
    assert ("mention", "Dune: Part Two") in _found("Dune 2 opens big.")
    alias = title.aliases.get()
    url = reverse("admin:catalog_title_change", args=[title.pk])
    form = {k: v for k, v in desk.get(url).context["adminform"].form.initial.items() if v}
    management = {**_title_management(), "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 1}
    desk.post(
        url,
        {
            **form,
            **management,
            "parent": "",
            "franchise": "",
            "poster": "",
            "aliases-0-id": alias.pk,
            "aliases-0-title": title.pk,
            "aliases-0-name": "Dune 2",
            "aliases-0-DELETE": "on",
        },
    )
    assert not title.aliases.exists()
    assert ("mention", "Dune: Part Two") not in _found("Dune 2 opens big.")


def test_a_portrait_chosen_on_the_desk_heads_the_persons_page(desk, make_image):
    person = services.person_create(name="Ana de Armas", slug="ana-de-armas")
    portrait = make_image(alt_text="Ana de Armas at a premiere", credit="Lionsgate Films")
    url = reverse("admin:catalog_person_change", args=[person.pk])
    response = desk.post(
        url,
        {
            "name": "Ana de Armas",
            "slug": "ana-de-armas",
            "bio": "",
            "aliases": "",
            "portrait": portrait.pk,
        },
    )
    assert response.status_code == 302
    page = desk.get(person.get_absolute_url()).content.decode()
    assert 'alt="Ana de Armas at a premiere"' in page and "Portrait: Lionsgate Films" in page


def test_a_title_s_other_names_are_headed_in_plain_english(desk):
    """Walked in the browser: the inline read "TITLE ALIASS"."""
    title = services.title_create(kind="film", name="Untitled Wick Spin-off")
    page = desk.get(reverse("admin:catalog_title_change", args=[title.pk])).content.decode()
    assert "Aliases" in page and "aliass" not in page.lower()
