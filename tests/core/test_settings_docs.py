from pathlib import Path

from django.conf import settings

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_premiere_setting_is_documented():
    documented = DOCS.read_text()
    missing = [
        name
        for name in dir(settings)
        if name.startswith("PREMIERE_") and f"`{name}`" not in documented
    ]
    assert not missing, f"add these to docs/settings.md: {missing}"
