"""End to end on the production stack (`deploy/prod.sh up`), as a reader and an editor would
see it: signing in through nginx works as from a browser (which names the site, port and all,
in its Origin header); a comment posted through one app instance shows through the other and
through nginx; an edit to a story shows through nginx's microcache within a second or so. Run by
deploy/smoke.sh; standard library only; stops by itself; exits non-zero with one line.

    .venv/bin/python deploy/e2e.py
"""

import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = f"http://127.0.0.1:{os.environ.get('PREMIERE_PORT', '8080')}"
APPS = [
    f"http://127.0.0.1:{port}" for port in os.environ.get("PREMIERE_APP_PORTS", "8001 8002").split()
]
STORY = "/news/quiet-weekend-at-the-box-office/"
SLUG = STORY.strip("/").split("/")[-1]
# The stack's own settings, as deploy/prod.sh sets them, for the editor's change.
STACK_ENV = {
    "PREMIERE_DATA_DIR": os.environ.get("PREMIERE_DATA_DIR", str(ROOT / "var" / "prod")),
    "DATABASE_URL": os.environ.get(
        "DATABASE_URL", "postgres://premiere:premiere@127.0.0.1:5432/premiere"
    ),
    "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
}
WAIT = 3.0  # seconds any change may take to show, at most (the microcache keeps pages 1 s)


def fail(message: str) -> None:
    print(f"e2e: {message}")
    sys.exit(1)


def get(url: str, opener=None) -> str:
    with (opener or urllib.request.build_opener()).open(url, timeout=10) as response:
        return response.read().decode()


def shows(url: str, text: str) -> float | None:
    """Seconds until `text` appears on the page at `url`, or None after WAIT."""
    start = time.monotonic()
    while time.monotonic() - start < WAIT:
        if text in get(url):
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def signed_in(app: str):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("Origin", app), ("Referer", app + "/")]
    form = get(app + "/accounts/login/", opener)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "editor", "password": "premiere-demo"}
    ).encode()
    opener.open(app + "/accounts/login/", data, timeout=10)
    if not any(cookie.name == "sessionid" for cookie in jar):
        fail(f"the demo editor could not sign in on {app}")
    return opener


def comment_through_one_shows_through_the_other() -> str:
    first, second = APPS[0], APPS[-1]
    opener = signed_in(first)
    page = get(first + STORY, opener)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    text = f"End-to-end check {uuid.uuid4().hex[:8]}"
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "body": text}).encode()
    opener.open(f"{first}/comments/post/{SLUG}/", data, timeout=10)
    for where in (second + STORY, SITE + STORY):
        if shows(where, text) is None:
            fail(f"a comment posted through {first} did not show on {where} within {WAIT} s")
    return text


EDIT = (
    "from premiere.newsroom.models import Article; from premiere.newsroom import services; "
    "from django.contrib.auth import get_user_model; "
    f"a = Article.objects.get(slug={SLUG!r}); print(a.standfirst); a.standfirst = {{!r}}; "
    "services.article_save(article=a, by=get_user_model().objects.get(username='editor'))"
)
FORGET = (
    "from premiere.community.models import Comment; "
    "Comment.objects.filter(body__startswith={!r}, article__slug=" + repr(SLUG) + ").delete()"
)


def shell(code: str) -> str:
    """Run Python in the stack's own settings, as its editor would through a service."""
    done = subprocess.run(
        # --no-imports: Django's shell otherwise prints "N objects imported automatically" on
        # stdout, which read as the standfirst before the edit and was written back into it.
        [ROOT / ".venv" / "bin" / "premiere", "shell", "--no-imports", "-c", code],
        env={**os.environ, **STACK_ENV},
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.stdout.strip()


def edit_shows_through_nginx() -> tuple[float, str]:
    get(SITE + STORY)  # the microcache holds the page as it is
    standfirst = f"Updated by the end-to-end check {uuid.uuid4().hex[:8]}."
    before = shell(EDIT.format(standfirst))
    took = shows(SITE + STORY, standfirst)
    if took is None:
        fail(f"an edit to {STORY} did not show through nginx within {WAIT} s")
    return took, before


def main() -> int:
    before = None
    try:
        signed_in(SITE)  # a browser's sign-in through nginx: CSRF's origin check included
        comment_through_one_shows_through_the_other()
        took, before = edit_shows_through_nginx()
    except (OSError, AttributeError, subprocess.SubprocessError) as error:
        # A refused connection, an HTTP error, a page without its form, a failed command.
        fail(f"{type(error).__name__}: {error}".splitlines()[0])
    finally:
        # Leave the site as it was: the story's standfirst, no check comments (the comments
        # go even when putting the standfirst back fails).
        try:
            if before is not None:
                shell(EDIT.format(before))
        finally:
            shell(FORGET.format("End-to-end check "))
    print(
        f"e2e: the editor signed in through {SITE}; "
        f"a comment posted through {APPS[0]} showed on {APPS[-1]} and through nginx; "
        f"an edit showed through nginx after {took:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
