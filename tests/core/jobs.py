"""A task for the worker's tests: slow enough to be killed in the middle, safe to run again."""

import time
from pathlib import Path

from django.tasks import task


@task
def slow_tag(name: str, marker: str, seconds: float) -> str:
    """Note each start in `marker`, wait, then make the tag (get_or_create: effect once)."""
    from premiere.newsroom.models import Tag

    with Path(marker).open("a") as notes:
        notes.write("started\n")
    time.sleep(seconds)
    Tag.objects.get_or_create(name=name, defaults={"slug": name.lower()})
    return name
