"""The stylesheet inlined in each page, allowed by its hash, and pages sent compressed."""

import base64
import gzip
import hashlib
import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/calendar/", "/titles/", "/accounts/login/"])
def test_a_page_paints_from_its_first_response_under_the_strict_policy(client, path):
    response = client.get(path)
    html = response.content.decode()
    # No stylesheet to wait for: the styles come in the page…
    assert 'rel="stylesheet"' not in html
    (style,) = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert ".site-header" in style
    # …and the policy allows exactly that text, by its hash, never any inline style.
    policy = response.headers["Content-Security-Policy"]
    (style_src,) = [d for d in policy.split(";") if d.strip().startswith("style-src")]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in style_src.split()
    assert "unsafe-inline" not in policy


def test_pages_are_sent_compressed_to_browsers_that_ask(client):
    plain = client.get("/")
    packed = client.get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert len(packed.content) < len(plain.content) / 3
    assert gzip.decompress(packed.content) == plain.content  # the same page
    assert "Content-Encoding" not in plain.headers
