"""`make audit`: Lighthouse and axe-core on the pages readers use most, with screenshots.

Serves the demo site from a fresh data folder (var/audit/data) with gunicorn on 127.0.0.1, as
`make run` does, then for each page: Lighthouse 12 (mobile profile, Debian's Chromium) for its
four category scores and the two flags it raised before (HTML sent uncompressed, a stylesheet
that blocks the first paint); axe-core at 390 × 844 and 1280 × 800; a full-page screenshot at
both sizes. Writes var/audit/summary.md (and each Lighthouse report as JSON beside it), prints
the table and a one-line verdict, and exits non-zero when a page scores below 100 anywhere,
raises either flag or has an axe violation.

    .venv/bin/python bench/audit.py [--port 8787] [--pages home,article]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
OUT = ROOT / "var" / "audit"
LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE = OUT / "node" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = {
    "home": "/",
    "article": "/news/ballerina-john-wick-spin-off-release-date/",
    "title": "/titles/ballerina/",
    "franchise": "/franchises/john-wick/",
    "person": "/people/ana-de-armas/",
    "calendar": "/calendar/",
    "search": "/search/?q=ballerina",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Results of a site search are kept out of search engines on purpose (noindex), which
# Lighthouse's SEO category counts as "not crawlable"; that audit alone may fail there.
NOINDEX = {"search": {"is-crawlable"}}
FLAGS = {"uses-text-compression": "compressed", "render-blocking-resources": "no blocking CSS"}
SIZES = {"phone": (390, 844), "desktop": (1280, 800)}
BLOCKING = """performance.getEntriesByType('resource')
  .filter(e => e.renderBlockingStatus === 'blocking').map(e => e.name)"""


def say(text: str) -> None:
    print(text, flush=True)


def lighthouse_installed() -> Path:
    if not LIGHTHOUSE.exists():
        say(f"Installing Lighthouse {LIGHTHOUSE_VERSION} into {LIGHTHOUSE.parents[2]}…")
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(LIGHTHOUSE.parents[2]),
                "--no-audit",
                "--no-fund",
                "--loglevel",
                "error",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
            timeout=600,
        )
    return LIGHTHOUSE


def site(port: int) -> subprocess.Popen:
    """Serve the demo site from a fresh data folder; return the server process."""
    data = OUT / "data"
    shutil.rmtree(data, ignore_errors=True)
    # Its own SQLite and local cache, whatever the shell exports: the demo's accounts have a
    # published password and must never land in a real database.
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"PREMIERE_DATA_DIR": str(data), "DATABASE_REPLICA_URLS": ""}
    say("Loading the demo site into var/audit/data…")
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["demo"]):
        subprocess.run(
            [BIN / "premiere", *command, "--verbosity", "0"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=300,
        )
    server = subprocess.Popen(
        [
            BIN / "gunicorn",
            "-c",
            "python:premiere.gunicorn_conf",
            "premiere.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            # browsers straight to gunicorn: threads, as `make run` (premiere/gunicorn_conf.py)
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:  # it could not start (the port taken, say)
            raise SystemExit(f"audit: the site could not start on 127.0.0.1:{port}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"audit: the site did not answer on 127.0.0.1:{port} within 30 s")


def lighthouse(name: str, url: str) -> dict:
    report = OUT / "lighthouse" / f"{name}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            lighthouse_installed(),
            url,
            "--output=json",
            f"--output-path={report}",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
        timeout=180,
    )
    result = json.loads(report.read_text())
    scores = {c: round(100 * (result["categories"][c]["score"] or 0)) for c in CATEGORIES}
    # A flag passes when Lighthouse finds nothing to say (score 1) or nothing to check; an
    # audit Lighthouse could not run is unknown here (None), and the browser is asked instead.
    flags = {}
    for audit, label in FLAGS.items():
        found = result["audits"].get(audit, {})
        if found.get("scoreDisplayMode") == "error":
            flags[label] = None
        else:
            flags[label] = found.get("score") in (1, None)
    seo_failing = {
        ref["id"]
        for ref in result["categories"]["seo"]["auditRefs"]
        if ref.get("weight") and result["audits"][ref["id"]].get("score") not in (1, None)
    }
    return {"scores": scores, "flags": flags, "seo_failing": seo_failing}


def axe_and_screenshots(base: str, names) -> dict:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe, found = Axe(), {}
    (OUT / "screenshots").mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for name in names:
            violations, blocking = set(), set()
            for size, (width, height) in SIZES.items():
                page.set_viewport_size({"width": width, "height": height})
                page.goto(base + PAGES[name])
                # What the browser itself held the first paint for (Resource Timing).
                blocking |= set(page.evaluate(BLOCKING))
                results = axe.run(page).response
                violations |= {v["id"] for v in results["violations"]}
                page.screenshot(path=OUT / "screenshots" / f"{name}-{size}.png", full_page=True)
            found[name] = (sorted(violations), sorted(blocking))
        browser.close()
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names")
    args = parser.parse_args(argv)
    names = [n for n in args.pages.split(",") if n in PAGES]
    base = f"http://127.0.0.1:{args.port}"
    lighthouse_installed()
    server = site(args.port)
    try:
        rows = {}
        for number, name in enumerate(names, 1):
            say(f"  Lighthouse {number}/{len(names)}: {name} ({PAGES[name]})")
            rows[name] = lighthouse(name, base + PAGES[name])
        say("  axe-core and screenshots at 390 × 844 and 1280 × 800…")
        for name, (violations, blocking) in axe_and_screenshots(base, names).items():
            rows[name]["axe"] = violations
            flags = rows[name]["flags"]
            if flags["no blocking CSS"] is None:  # Lighthouse could not tell: the browser did
                flags["no blocking CSS"] = not blocking
                rows[name]["asked_browser"] = True
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    lines = [
        f"Lighthouse {LIGHTHOUSE_VERSION} (mobile) and axe-core, commit {commit}",
        "",
        "| page | performance | accessibility | best practices | SEO | HTML compressed "
        "| no render-blocking CSS | axe violations |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    failing = []
    for name, row in rows.items():
        s, f = row["scores"], row["flags"]
        lines.append(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} "
            f"| {s['seo']}{'†' if row['seo_failing'] and name in NOINDEX else ''} "
            f"| {'yes' if f['compressed'] else 'NO'} "
            f"| {'yes' if f['no blocking CSS'] else 'NO'}{'*' if row.get('asked_browser') else ''} "
            f"| {', '.join(row['axe']) or '0'} |"
        )
        seo_ok = s["seo"] == 100 or row["seo_failing"] <= NOINDEX.get(name, set())
        others = [v for k, v in s.items() if k != "seo"]
        if min(others) < 100 or not seo_ok or not all(f.values()) or row["axe"]:
            failing.append(name)
    if any(row["seo_failing"] and name in NOINDEX for name, row in rows.items()):
        lines += [
            "",
            "† Search results carry `noindex` on purpose (a site's own search pages are not "
            "for search engines); Lighthouse counts that as not crawlable, its only SEO finding "
            "there.",
        ]
    if any(row.get("asked_browser") for row in rows.values()):
        lines += [
            "",
            "\\* Lighthouse's render-blocking audit failed to run with this Chromium (its trace "
            "engine predates the browser's trace format); the column says what the browser "
            "itself reported (Resource Timing's `renderBlockingStatus`) for the page at both "
            "sizes.",
        ]
    summary = "\n".join(lines) + "\n"
    (OUT / "summary.md").write_text(summary)
    say("\n" + summary)
    say(f"Screenshots in {OUT / 'screenshots'}, reports in {OUT / 'lighthouse'}.")
    if failing:
        say(f"audit: {len(failing)} of {len(rows)} pages fall short: {', '.join(failing)}")
        return 1
    say(
        f"audit: all {len(rows)} pages score 100 in every category (search's noindex "
        "aside), with no flag and no axe violation"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
