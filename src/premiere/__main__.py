"""The `premiere` command: Django's management commands under the project's own name."""

import os
import sys

NOT_SET_UP = (
    "premiere: the database has no tables yet: run `premiere migrate` first (`make run` does)."
)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "premiere.settings")
    from django.core.management import execute_from_command_line
    from django.db import DatabaseError

    try:
        execute_from_command_line(["premiere", *sys.argv[1:]])
    except DatabaseError:
        # A command run on a fresh machine before `migrate` ("premiere extract story.txt")
        # gets one line that says what to do, not the driver's traceback. (Not `migrate`
        # itself, nor a database with tables: their own error is the one to read.)
        if sys.argv[1:2] != ["migrate"] and _has_no_tables():
            sys.exit(NOT_SET_UP)
        raise


def _has_no_tables() -> bool:
    from django.db import DatabaseError, connection

    try:
        return not connection.introspection.table_names()
    except DatabaseError:
        return False  # the database itself is down: its own error says so


if __name__ == "__main__":
    main()
