"""Titles the text introduces: "a spin-off called Ballerina"."""

import re

from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import TITLE_NAME, Sentence

NEW_TITLE = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:new\s+)?)?(?P<kind>spin-?off|sequel|prequel|reboot|remake|film|movie|"
    r"series|show|game|season|documentary|special|finale|format|project|feature)"
    r"(?:\s+(?:movie|film|series|game|project))?,?\s+"
    r"(?:called|titled|named|dubbed|entitled)\s+"
    # In quotes, the whole quote: "a new movie called “A Town without Halloween,”".
    r"(?:[\"“](?P<quoted>[^\"”\n]{1,90}?)[,.]?[\"”]|[\"']?"
    rf"(?P<name>{TITLE_NAME}(?:\s*:\s*{TITLE_NAME})?(?:\s+\d+)?))",
)


RELATION_KIND = {
    "spin-off": "spin_off",
    "spinoff": "spin_off",
    "sequel": "sequel",
    "prequel": "prequel",
    "remake": "remake",
    "reboot": "remake",
}


TITLE_KIND = {
    "film": "film",
    "movie": "film",
    "series": "series",
    "show": "series",
    "game": "game",
    "season": "season",
    "documentary": "film",
    "feature": "film",
    "special": "special",
    "finale": "special",
    "format": "series",
}


NEW_TITLE_HINT = Hint("called", "titled", "named", "dubbed")


def new_title_rules(sentence: Sentence, located, context: Context) -> list[tuple[int, int]]:
    """Suggest the titles a sentence introduces; return where their names are, so known names
    inside them ("Night Market" in "Night Market: Last Call") are not taken for the subject."""
    spans = []
    if not NEW_TITLE_HINT.search(sentence.text):
        return spans
    for match in NEW_TITLE.finditer(sentence.text):
        group = "quoted" if match.group("quoted") else "name"
        name = match.group(group).strip()
        word = match.group("kind").lower().replace("-", "")
        known = [e for e in context.gazetteer.lookup(name) if e.kind == "title"]
        if known:
            if context.focus is None or context.focus.kind != "title":
                context.focus = Subject.of(known[0])
            continue
        subkind = TITLE_KIND.get(word, "")
        if not subkind:
            focus_kind = context.focus.subkind if context.focus else ""
            subkind = focus_kind if focus_kind in ("film", "series", "game") else "film"
        subject = Subject(kind="title", name=name, subkind=subkind)
        value = {"name": name, "title_kind": subkind}
        franchise = next((loc.entry for loc in located if loc.entry.kind == "franchise"), None)
        if franchise is None and context.franchise_id is not None:
            franchise = context.gazetteer.get("franchise", context.franchise_id)
        if franchise:
            value.update(franchise=franchise.name, franchise_id=franchise.id)
        if word in RELATION_KIND:
            value["relation"] = RELATION_KIND[word]
        context.new_titles[name] = subject
        context.focus = context.last_title = subject  # what "the spin-off" points back at
        context.add(Suggestion("new_title", subject, value, sentence.text, 0.75))
        spans.append(match.span(group))
    return spans
