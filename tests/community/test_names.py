import pytest
from django.core.exceptions import ValidationError

from premiere.community.names import name_key, name_shape_check


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ada L.", "adal"),
        ("ADA  l", "adal"),
        ("Àdá-L", "adal"),
        ("a.d.a_l", "adal"),
        ("Ａｄａ Ｌ", "adal"),  # full-width letters
        ("Ada Ⅼovelace", "adalovelace"),  # a Roman numeral fifty for the L
        ("Straße", "strasse"),
        ("Zoë Kravitz", "zoekravitz"),
        ("Мария", "мария"),
        ("agent ٠٠٧", "agent007"),  # Arabic-Indic digits count as the digits they are
    ],
)
def test_names_that_read_alike_share_a_key(name, key):
    assert name_key(name) == key


def test_letters_of_other_scripts_keep_their_own_key():
    assert name_key("Аda") != name_key("Ada")  # Cyrillic А: refused by the script check


def refusal(name: str) -> str:
    with pytest.raises(ValidationError) as caught:
        name_shape_check(name)
    return caught.value.code


@pytest.mark.parametrize(
    "name",
    [
        "Ada\u202eL.",  # right-to-left override
        "Ada\u200fL",  # right-to-left mark
        "Ada\u200b L.",  # zero-width space
        "Ad\u200da",  # zero-width joiner
        "Ada\u2060",  # word joiner
        "Ada\u00ad",  # soft hyphen
        "Ada\x07",  # control character
        "Ada\ue000",  # private use
        "Ada\u2028L",  # line separator
        "Ada\u2029L",  # paragraph separator
        "\u3164",  # Hangul filler: a "letter" that shows nothing
        "Ada\u3164",
    ],
)
def test_invisible_format_and_control_characters_are_refused(name):
    assert refusal(name) == "invisible"


@pytest.mark.parametrize(
    "name", ["Ada  L.", "Ada\u00a0L.", "Ada\u3000L", "Ada\u2003L", "Ada\tL", "Ada\nL"]
)
def test_only_single_ordinary_spaces_separate_words(name):
    assert refusal(name) in {"spacing", "invisible"}


def test_a_tab_or_new_line_is_a_spacing_error_not_an_invisible_one():
    assert refusal("Ada\tL") == "spacing"
    assert refusal("Ada\nL") == "spacing"


@pytest.mark.parametrize("name", ["Аda L.", "Grаce", "pаypal", "Αlice", "Мария Smith"])
def test_look_alike_letters_from_another_script_are_refused(name):
    assert refusal(name) == "mixed_script"


@pytest.mark.parametrize("name", ["Deleted member", "deleted-member", "PREMIERE"])
def test_names_the_site_uses_itself_are_refused(name):
    assert refusal(name) == "reserved"


@pytest.mark.parametrize(
    "name",
    [
        "Zoë Kravitz",
        "Мария",
        "Μαρία",
        "李小龍",
        "田中さくら",  # Japanese mixes Han and kana: one writing system, not two
        "山田タロウ",
        "José Ñúñez",
        "O'Brien-Smith Jr.",
        "agent_007",
        "Ada 🎬",
        "Ada ❤️",  # the heart's variation selector belongs to it, not to another script
    ],
)
def test_ordinary_names_in_any_one_script_pass(name):
    name_shape_check(name)
