"""Community factories: commenters, moderators and comments."""

import pytest
from django.contrib.auth.models import Group

from premiere.community import services
from premiere.community.handlers import MODERATOR_GROUP


@pytest.fixture
def article(make_article):
    return make_article()


@pytest.fixture
def reader(make_user):
    return make_user("ada", display_name="Ada L.")


@pytest.fixture
def other_reader(make_user):
    return make_user("grace", display_name="Grace H.")


@pytest.fixture
def moderator(make_user):
    user = make_user("mod", display_name="Mo Derator")
    user.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    return user


@pytest.fixture
def make_comment(article, reader):
    def make(body="A fine story.", *, on=None, by=None, **kwargs):
        return services.comment_post(
            article=on or article, author=by or reader, body=body, **kwargs
        )

    return make
