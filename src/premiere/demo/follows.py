"""Demo follows: the demo readers follow a little of the demo catalog, so My Premiere, the
follow buttons and the coming releases have something to show when you sign in as them."""

from premiere.catalog.models import Franchise, Person, Title
from premiere.follows import services
from premiere.follows.models import Follow
from premiere.newsroom.models import Section

# (reader, model, slug, release kinds or None for every kind, reminder days before)
FOLLOWS = [
    ("maya", Franchise, "john-wick", None, 7),
    ("maya", Person, "ana-de-armas", None, None),
    ("maya", Section, "movies", None, None),
    ("theo", Franchise, "ironvale", ["digital"], 3),
    ("theo", Title, "starfall-protocol", ["theatrical"], None),
]


def load(readers: dict, report=lambda message: None) -> int:
    """Give the demo readers their follows once; return how many were made."""
    made = 0
    for username, model, slug, kinds, remind_days in FOLLOWS:
        reader, target = readers[username], model.objects.get(slug=slug)
        field = model._meta.model_name
        if Follow.objects.filter(user=reader, **{field: target}).exists():
            continue
        follow = services.follow_add(by=reader, target=target, region="US")
        if kinds is not None or remind_days is not None:
            services.follow_choose(
                by=reader,
                follow=follow,
                every_release=kinds is None,
                kinds=kinds or (),
                remind_days=remind_days,
            )
        made += 1
    if made:
        report(f"  follows: {made} for {', '.join(sorted(readers))}")
    return made
