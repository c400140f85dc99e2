"""The model that spots titles: how far it reads, and a model file it cannot read."""

from premiere.extraction import Document
from premiere.extraction.title_model import MAX_WORDS, words


def test_a_text_longer_than_any_story_is_read_only_so_far():
    """Hostile input must not hold a worker: the model reads a story's first words only."""
    document = Document(headline="Long", body="The Harbor opens. " * 20_000)
    assert len(words(document)[1]) == MAX_WORDS


def test_a_broken_model_file_leaves_the_rules_alone(tmp_path, caplog, new_titles):
    """Found in review: an unreadable model failed every reading after the first."""
    from premiere.extraction.title_model import MODEL, use_model

    broken = tmp_path / "titles.crfsuite"
    broken.write_bytes(b"not a model")
    use_model(broken)
    try:
        for _ in range(2):
            titles = new_titles(
                "A quieter film",
                "The director, whose debut *Salt Years* won at Locarno, opens *The Lamplighter* "
                "in cinemas on 14 March 2028.",
            )
            assert [s.value["name"] for s in titles] == ["The Lamplighter"]  # the rules' card
    finally:
        use_model(MODEL)
    assert "title model" in caplog.text
