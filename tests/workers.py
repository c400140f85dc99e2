"""Real worker processes (`premiere worker`) on the test database, for the tests that start,
kill and restart them."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url() -> str:
    """The test database, as a URL another process can open."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def worker_start(tmp_path, name: str, **env) -> subprocess.Popen:
    """Start a worker on the test database that notices a dead peer within two seconds; its
    output goes to `tmp_path/name.log`; `env` adds or overrides settings."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "PREMIERE_TASKS_BACKEND": "database",
        "PREMIERE_WORKER_STALE_SECONDS": "2",
        "PREMIERE_WORKER_TICK_SECONDS": "1",
        "PREMIERE_DATA_DIR": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        **env,
    }
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "premiere", "worker", "--interval", "0.2"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_until(condition, seconds: float = 30, every: float = 0.1) -> bool:
    """Poll `condition` until it holds (True) or `seconds` pass (False)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(every)
    return False
