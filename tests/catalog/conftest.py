"""The catalog's fixtures live in tests/conftest.py: the desk and the wire use them too."""
