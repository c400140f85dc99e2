"""The background worker, run for real: separate processes on the test database."""

import signal
from datetime import timedelta

import pytest
from django.utils import timezone

from premiere.core import worker
from premiere.core.models import PeriodicRun, WorkerBeat

from ..workers import DATABASE_BACKEND, wait_until, worker_start


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
    first = worker_start(tmp_path, "first")
    try:
        assert wait_until(lambda: marker.exists() and "started" in marker.read_text())
        first.send_signal(signal.SIGKILL)  # mid-job, no goodbye
        first.wait(10)
        second = worker_start(tmp_path, "second")
        try:
            done = wait_until(lambda: job().status == "SUCCESSFUL", seconds=40)
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
