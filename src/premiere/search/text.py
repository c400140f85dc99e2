"""Text as search compares it: folded, split into words, the same on both database backends.

Both full-text engines receive text already folded here (lower case, accents and ligatures
undone, punctuation turned into spaces), so SQLite's FTS5 and PostgreSQL's `simple`
configuration see the same words and match alike. Plain Python, no Django.
"""

import re
import unicodedata

# Letters NFKD leaves whole: written as a reader without the key would type them.
_LETTERS = dict(zip("øłđðıŋħ", "olddinh", strict=True)) | {
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "þ": "th",
}
# An apostrophe joins ("O'Brien" is "obrien"); any other mark separates ("Spider-Man").
_APOSTROPHES = str.maketrans("", "", "'’ʼ`´")
_WORD = re.compile(r"[^\W_]+")


class _Folding(dict):
    """A str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code).casefold()
        folded = "".join(_LETTERS.get(c, c) for c in unicodedata.normalize("NFKD", char))
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Return `text` in lower case without accents: "Amélie" -> "amelie", "Øresund" -> "oresund"."""
    return text.translate(_APOSTROPHES).translate(_FOLDING)


def words(text: str) -> list[str]:
    """Return the words of `text` as search sees them: "Spider-Man: No Way" -> spider man no way."""
    return _WORD.findall(fold(text))


def key(text: str) -> str:
    """Return a name's matching key: its words, single-spaced."""
    return " ".join(words(text))


def joined(name_key: str) -> str:
    """Return a short name of several words written as one ("spider man" -> "spiderman"), or "".

    Readers write "Spiderman" for "Spider-Man" and "Xmen" for "X-Men"; the joined form is
    indexed beside the name so either spelling finds it.
    """
    parts = name_key.split()
    if 1 < len(parts) <= 3 and len(name_key) <= 24:
        return "".join(parts)
    return ""
