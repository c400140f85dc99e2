"""Names readers see (usernames, display names) and the ways one can pass for another.

Two names that read alike share a key (`name_key`): the profiles store the keys of both of a
member's names, so "is this name someone else's?" is one indexed query (`models.name_check`).
What no other member's name is needed for, the shape of the name itself, is checked here.
"""

import unicodedata

from confusable_homoglyphs import categories, confusables
from django.conf import settings
from django.core.exceptions import ValidationError

# Longer than any name we accept: NFKC can make one character several ("ﷺ" is 18 letters).
KEY_LENGTH = 300

# Control, format (bidi overrides, zero-width characters), private use, surrogates, line and
# paragraph separators; and unassigned code points, which may mean anything tomorrow.
UNSEEN_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp", "Cn"}
# Letters that show nothing (Unicode's Default_Ignorable_Code_Point letters) and the blank
# Braille pattern: their categories look harmless, so they are named here. Other invisible
# marks (variation selectors, the combining grapheme joiner) are combining marks, which the
# key drops, so they cannot make a copy of a name look new.
BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}

# Characters without a script of their own: digits, punctuation, spaces (Common), and
# combining marks and variation selectors, which belong to the letter they sit on
# (Inherited). confusable_homoglyphs counts Inherited as a script; Unicode does not.
NO_SCRIPT = {"COMMON", "INHERITED"}
# Writing systems made of several scripts (UTS #39's Jpan, Kore and Hanb): a Japanese name
# mixes Han and kana as a matter of course.
ONE_WRITING_SYSTEM = [
    {"HAN", "HIRAGANA", "KATAKANA"},
    {"HAN", "HANGUL"},
    {"HAN", "BOPOMOFO"},
]

INVISIBLE = (
    "A name cannot contain invisible or control characters (such as a zero-width space or "
    "a right-to-left mark)."
)
SPACING = "Use single ordinary spaces between words: no tabs, line breaks or double spaces."
MIXED_SCRIPT = (
    "This name mixes letters from different alphabets that look alike (such as a Cyrillic “а” "
    "among Latin letters). Write it in one alphabet."
)
RESERVED = "This is a name the site uses itself. Choose another."
TOO_CLOSE = (
    "This {what} is too close to another member’s name: readers could take you for them. "
    "Choose a {what} nobody else has."
)


def name_key(name: str) -> str:
    """Return what is left of `name` once case, accents, width, spacing and punctuation go.

    "Àdá-L", "ADA l" and "Ａｄａ Ｌ" all give "adal"; letters of other scripts stay themselves
    (a Cyrillic "а" is not a Latin "a": the script check refuses such mixes instead).
    """
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    kept = []
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Nd":  # digits of every script count as the digit they are
            kept.append(str(unicodedata.decimal(char)))
        elif kind[0] in "LN":  # letters and numbers; marks (the accents) and the rest go
            kept.append(char)
    return "".join(kept)[:KEY_LENGTH]


def _mixes_look_alikes(name: str) -> bool:
    # confusables.is_dangerous (mixed scripts and a confusable character), with the
    # script-less characters left out and a writing system of several scripts taken as one.
    scripts = categories.unique_aliases(name) - NO_SCRIPT
    if len(scripts) < 2 or any(scripts <= system for system in ONE_WRITING_SYSTEM):
        return False
    return bool(confusables.is_confusable(name))


def reserved_keys() -> set[str]:
    """Return the keys of the names the site shows for itself."""
    from .models import DELETED_MEMBER

    return {name_key(DELETED_MEMBER), name_key(settings.PREMIERE_SITE_NAME)}


def name_shape_check(name: str) -> None:
    """Raise ValidationError if `name` hides characters, mixes look-alike scripts or is the
    site's own; the name is expected stripped of surrounding spaces."""
    for char in name:
        kind = unicodedata.category(char)
        if char == " ":
            continue
        if kind == "Zs" or (kind == "Cc" and char.isspace()):  # no-break, wide, tab, new line
            raise ValidationError(SPACING, code="spacing")
        if kind in UNSEEN_CATEGORIES or char in BLANK_LETTERS:
            raise ValidationError(INVISIBLE, code="invisible")
    if "  " in name:
        raise ValidationError(SPACING, code="spacing")
    if _mixes_look_alikes(name):
        raise ValidationError(MIXED_SCRIPT, code="mixed_script")
    if name_key(name) in reserved_keys():
        raise ValidationError(RESERVED, code="reserved")
