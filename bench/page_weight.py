"""Measure what a page costs a reader: bytes of HTML, CSS, JS and images, by real Chromium.

Usage: start the site (`make run`), then
    .venv/bin/python bench/page_weight.py http://127.0.0.1:8000/news/<slug>/ [--width 390]
Only requests to the page's own origin are counted (there should be no others).
"""

import argparse
import contextlib
import shutil
from collections import Counter
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

KINDS = {"document": "HTML", "stylesheet": "CSS", "script": "JS", "image": "images"}


def measure(url: str, width: int) -> tuple[Counter, list[str]]:
    sizes: Counter = Counter()
    foreign: list[str] = []
    origin = urlsplit(url).netloc
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-gpu",
            ],
        )
        page = browser.new_page(viewport={"width": width, "height": 900})

        def count(response):
            if urlsplit(response.url).netloc != origin:
                foreign.append(response.url)
                return
            kind = KINDS.get(response.request.resource_type, "other")
            with contextlib.suppress(Exception):  # redirects have no body
                sizes[kind] += len(response.body())

        page.on("response", count)
        page.goto(url, wait_until="networkidle")
        # Scroll to the end so lazy pictures load, as they would for a reader who reads on.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
        browser.close()
    return sizes, foreign


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--width", type=int, default=1200)
    args = parser.parse_args()
    sizes, foreign = measure(args.url, args.width)
    for kind in ("HTML", "CSS", "JS", "images", "other"):
        print(f"{kind:>7}: {sizes[kind]:>9,} bytes")
    code = sizes["HTML"] + sizes["CSS"] + sizes["JS"]
    print(
        f"HTML+CSS+JS {code:,} bytes; images {sizes['images']:,} bytes; "
        f"third-party requests: {len(foreign)}"
    )


if __name__ == "__main__":
    main()
