"""Time per KB of extraction from 1 KB to 1 MB: flat means linear in text length.

    .venv/bin/python bench/extraction/linear.py

Texts are made of release sentences (a title, dates, a platform, a person, a country) joined
into one paragraph with no line breaks, the worst case for per-sentence rules, and into
ordinary paragraphs. The gazetteer holds the demo catalog. CPU time, best of 3, one core.
"""

import json
import os
import time
from datetime import date
from pathlib import Path

from premiere.extraction import Document, Entry, Gazetteer, extract

HERE = Path(__file__).resolve().parent
UNIT = (
    'Ballerina opens on June 7, 2024 in UK theaters, starring Ana de Armas; "Starfall '
    'Protocol" arrives on PS5 and PC in Q3 2025, and the film Harbor Lights moves from March '
    "12 to May 21 next year in Japan, with Keanu Reeves directing. "
)
# What a hostile feed item might hold: one word of capitals with no space, a row of
# title-like stretches with dates in brackets and no punctuation a clause could end at, and
# one endless sentence of clauses between semicolons (each read as its own clause), one of
# nothing but dates separated by commas (a list of titles has commas too), and lines of
# blanks or of open brackets (a rule trying a run from each of its characters).
HOSTILE = {
    "capitals": "A",
    "bracketed": "Big Title (May 5) ",
    "semicolons": "Ballerina opens May 5; ",
    "dates": "May 5, ",
    # and one line of blanks between two words, or of brackets never closed
    "blank line": " ",
    "open brackets": "(",
}
SIZES_KB = (1, 16, 128, 512, 1024)


def text_of(kb: int, paragraphs: bool, unit: str = UNIT) -> str:
    unit = unit + ("\n\n" if paragraphs else "")
    return (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    rows = json.loads((HERE / "corpus" / "demo_catalog.json").read_text())
    gazetteer = Gazetteer([Entry(**{**r, "aliases": tuple(r["aliases"])}) for r in rows])
    print(f"{'size':>8}  {'one paragraph':>18}  {'paragraphs':>18}")
    for kb in SIZES_KB:
        cells = []
        for paragraphs in (False, True):
            text = text_of(kb, paragraphs)
            best = min(_timed(text, gazetteer) for _ in range(3))
            cells.append(f"{best:7.3f} s {best / kb * 1000:6.2f} ms/KB")
        print(f"{kb:>6}KB  {cells[0]:>18}  {cells[1]:>18}")
    print(f"\n{'size':>8}  " + "  ".join(f"{name:>18}" for name in HOSTILE))
    for kb in SIZES_KB[:4]:
        cells = []
        for unit in HOSTILE.values():
            text = text_of(kb, False, unit)
            if not unit.strip():
                text = f"A{text[1:-1]}b"  # a run of blanks with words at its ends
            best = _timed(text, gazetteer)
            cells.append(f"{best:7.3f} s {best / kb * 1000:6.2f} ms/KB")
        print(f"{kb:>6}KB  " + "  ".join(f"{cell:>18}" for cell in cells))


def _timed(text: str, gazetteer: Gazetteer) -> float:
    start = time.process_time()
    extract(Document(body=text, published=date(2024, 1, 1)), gazetteer)
    return time.process_time() - start


if __name__ == "__main__":
    main()
