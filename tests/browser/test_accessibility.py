"""axe-core, run in real Chromium on the pages readers use most: no accessibility violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import BALLERINA

PAGES = [
    "/",
    BALLERINA,
    "/sections/gaming-club/",
    "/titles/ballerina/",
    "/franchises/john-wick/",
    "/franchises/john-wick/?order=story",
    "/people/ana-de-armas/",
    "/calendar/",
    "/titles/?q=wick",
    "/search/?q=wick",
    "/search/?q=wick&kind=titles",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/signup/sent/",
    "/no-such-page/",
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _violations(page, axe) -> list[str]:
    results = axe.run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
    ]


def test_reader_pages_have_no_accessibility_violations(page, demo, axe):
    found = {}
    for path in PAGES:
        page.goto(path)
        if problems := _violations(page, axe):
            found[path] = problems
    assert not found, found


def test_a_signed_in_reader_s_comment_form_is_accessible(page, demo, axe):
    page.goto("/accounts/login/?next=" + BALLERINA)
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{BALLERINA}")
    assert _violations(page, axe) == []
