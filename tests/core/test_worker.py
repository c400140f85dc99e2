"""The background worker, run for real: separate processes on the test database."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from premiere.core import worker
from premiere.core.models import PeriodicRun, WorkerBeat

ROOT = Path(__file__).resolve().parents[2]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _start_worker(tmp_path, name):
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "PREMIERE_TASKS_BACKEND": "database",
        "PREMIERE_WORKER_STALE_SECONDS": "2",
        "PREMIERE_WORKER_TICK_SECONDS": "1",
        "PREMIERE_DATA_DIR": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
    }
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "premiere", "worker", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _wait(condition, seconds=30):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_is_killed_runs_again_and_takes_effect_once(tmp_path, settings):
    from django_tasks_db.models import DBTaskResult

    from premiere.newsroom.models import Tag

    from .jobs import slow_tag

    settings.TASKS = DATABASE_BACKEND
    marker = tmp_path / "marker.txt"

    def job():
        return DBTaskResult.objects.get(task_path="tests.core.jobs.slow_tag")

    slow_tag.enqueue("Resumed", str(marker), 3.0)
    first = _start_worker(tmp_path, "first")
    try:
        assert _wait(lambda: marker.exists() and "started" in marker.read_text())
        first.send_signal(signal.SIGKILL)  # mid-job, no goodbye
        first.wait(10)
        second = _start_worker(tmp_path, "second")
        try:
            done = _wait(lambda: job().status == "SUCCESSFUL", seconds=40)
            assert done, (tmp_path / "second.log").read_text()
            second.send_signal(signal.SIGTERM)
            assert second.wait(15) == 0  # a graceful stop
        finally:
            second.kill()
    finally:
        first.kill()
    assert marker.read_text().count("started") == 2  # run again by the second worker…
    assert Tag.objects.filter(name="Resumed").count() == 1  # …with its effect once
    assert len(job().worker_ids) == 2


@pytest.mark.django_db
def test_a_periodic_task_is_enqueued_once_per_interval_however_many_workers(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_BACKEND
    settings.PREMIERE_PERIODIC_TASKS = {"premiere.newsroom.tasks.publish_due": 60}
    now = timezone.now()
    assert worker.periodic_enqueue(now=now) == ["premiere.newsroom.tasks.publish_due"]
    assert worker.periodic_enqueue(now=now + timedelta(seconds=10)) == []  # a second worker
    assert worker.periodic_enqueue(now=now + timedelta(seconds=61)) != []
    assert DBTaskResult.objects.count() == 2
    assert PeriodicRun.objects.get().enqueued_at == now + timedelta(seconds=61)


@pytest.mark.django_db
def test_a_job_that_killed_three_workers_is_failed_not_retried(settings):
    from django_tasks_db.models import DBTaskResult

    from premiere.newsroom.tasks import publish_due

    settings.TASKS = DATABASE_BACKEND
    publish_due.enqueue()
    long_ago = timezone.now() - timedelta(hours=1)
    DBTaskResult.objects.update(status="RUNNING", started_at=long_ago, worker_ids=["a", "b", "c"])
    WorkerBeat.objects.create(worker_id="c", seen_at=long_ago)
    assert worker.orphans_requeue() == 1
    assert DBTaskResult.objects.get().status == "FAILED"
