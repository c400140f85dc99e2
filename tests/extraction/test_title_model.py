"""The model that spots titles: how far it reads, and a model file it cannot read."""

from datetime import date

from premiere.core.text import markdown_emphasis, markdown_text
from premiere.extraction import Document, Gazetteer, extract
from premiere.extraction.title_model import MAX_WORDS, words


def _new_titles(headline, body):
    document = Document(
        headline=headline,
        body=markdown_text(body),
        emphasized=markdown_emphasis(body),
        published=date(2027, 8, 26),
    )
    return [s for s in extract(document, Gazetteer([])) if s.kind == "new_title"]


def test_a_text_longer_than_any_story_is_read_only_so_far():
    """Hostile input must not hold a worker: the model reads a story's first words only."""
    document = Document(headline="Long", body="The Harbor opens. " * 20_000)
    assert len(words(document)[1]) == MAX_WORDS


def test_a_broken_model_file_leaves_the_rules_alone(tmp_path, caplog):
    """Found in review: an unreadable model failed every reading after the first."""
    from premiere.extraction.title_model import MODEL, use_model

    broken = tmp_path / "titles.crfsuite"
    broken.write_bytes(b"not a model")
    use_model(broken)
    try:
        for _ in range(2):
            titles = _new_titles(
                "A quieter film",
                "The director, whose debut *Salt Years* won at Locarno, opens *The Lamplighter* "
                "in cinemas on 14 March 2028.",
            )
            assert [s.value["name"] for s in titles] == ["The Lamplighter"]  # the rules' card
    finally:
        use_model(MODEL)
    assert "title model" in caplog.text
