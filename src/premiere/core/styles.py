"""The site's stylesheet, inlined in every page's head instead of linked.

A linked stylesheet blocks the first paint until it arrives (Lighthouse flags it on a phone's
connection); the whole of it is about 18 KB, 5 KB compressed, so each page carries it in a
`<style>` element and paints from its first response. The strict CSP allows that one element
by its SHA-256 (settings.py adds it to `style-src`), never `'unsafe-inline'`: the text is read
once, at start, from the app's static folder, so a page and its policy always agree.
"""

import base64
import hashlib
import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "static" / "css"
# In the order the cascade needs: the base first, then each part of the site.
FILES = ("site.css", "community.css", "catalog.css", "follows.css")

# Comments are for whoever edits the files; a page carries the rules alone.
COMMENT = re.compile(r"/\*.*?\*/", re.S)
TEXT = "\n".join(
    line
    for name in FILES
    for line in COMMENT.sub("", (FOLDER / name).read_text(encoding="utf-8")).splitlines()
    if line.strip()
)
HASH = "sha256-" + base64.b64encode(hashlib.sha256(TEXT.encode()).digest()).decode()
