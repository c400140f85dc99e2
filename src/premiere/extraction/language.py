"""Which language a story is written in, among those whose dates the extractor reads.

A count of each language's commonest small words: enough to tell English from French, German,
Spanish, Italian and Portuguese news copy, which is all the rules need (a market, a country's
own name). A statistical identifier (py3langid, langdetect) knows a hundred languages but
brings numpy or a nondeterministic model for a choice among six.
"""

import re
from functools import cache

from babel import Locale

ENGLISH = "en"
# Words that are frequent in one language and rare in the others' news copy. Shared ones
# ("que", "con", "in") are left out: they would only add the same count to two languages.
FUNCTION_WORDS = {
    "en": "the and of to is was will with for that this from has have its are",
    "fr": "le les des du est une dans pour qui avec sur au aux sont ses cette été pas et par "
    "mais ont sera elle ces leur",
    "de": "der die das und ist nicht mit den dem im von zu ein eine sich auch wird für noch aber",
    "es": "el los las del y una por para su como más está fue sus pero ya",
    "it": "il gli della che di per nel alla anche sono dei delle è stato questo",
    "pt": "o os da do em uma não dos das na no sua será também foi ao",
}


def _languages_of_each_word() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for language, words in FUNCTION_WORDS.items():
        for word in words.split():
            found.setdefault(word, []).append(language)
    return found


_LANGUAGES_OF = _languages_of_each_word()  # each small word -> the languages it counts for
_TOKEN = re.compile(r"[^\W\d_]+")
# A story counts as another language's when its words outnumber English ones clearly: a
# quoted title or a name in French does not make an English story French.
MARGIN = 1.5
AT_LEAST = 4


def language_of(text: str) -> str:
    """Return the ISO 639-1 code of the language `text` is written in; English if unsure."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    # Capitalised words are left out: titles and names keep their own language ("The King's
    # Man" in a Spanish release calendar), running prose is in lower case.
    for token in _TOKEN.findall(text):
        if token.islower():
            for language in _LANGUAGES_OF.get(token, ()):
                counts[language] += 1
    language = max(counts, key=counts.get)
    if language != ENGLISH and counts[language] >= max(AT_LEAST, MARGIN * counts[ENGLISH]):
        return language
    return ENGLISH


@cache
def language_names() -> frozenset[str]:
    """Every language's English name in lower case, from CLDR ("japanese"): "streams in
    Japanese with subtitles" names a language, not a country's market."""
    return frozenset(name.lower() for name in Locale("en").languages.values())
