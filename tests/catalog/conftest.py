import pytest

from premiere.catalog import services
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom.models import Source


@pytest.fixture
def collider(db):
    return Source.objects.create(name="Collider", url="https://collider.com/")


@pytest.fixture
def trade(db):
    return Source.objects.create(name="Trade Weekly", url="https://trade.example/")


@pytest.fixture
def said_by(collider):
    def evidence(source=None, **kwargs):
        return services.Evidence(source=source or collider, **kwargs)

    return evidence


@pytest.fixture
def make_title(db):
    def make(name="Ballerina", kind="film", **kwargs):
        return services.title_create(kind=kind, name=name, **kwargs)

    return make


@pytest.fixture
def day():
    return FuzzyDate.parse
