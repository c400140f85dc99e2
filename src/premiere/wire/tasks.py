from django.tasks import task

from . import services


@task
def fetch_wire() -> str:
    """Poll every active feed once; return the one-line summary."""
    return services.wire_fetch_all().summary
