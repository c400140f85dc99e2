"""The follows tasks run by the real worker (`premiere worker`, separate processes), killed."""

import email
import signal
from collections import Counter
from pathlib import Path

import pytest

from premiere.catalog import services as catalog
from premiere.follows import tasks
from premiere.follows.models import Email, Notice

from ..workers import DATABASE_BACKEND, wait_until, worker_start

SEPARATOR = b"\n" + b"-" * 79 + b"\n"  # how Django's file backend ends each message


def _start_worker(tmp_path, name, mailbox):
    return worker_start(
        tmp_path,
        name,
        # Mail goes to files this test reads; one e-mail a second, so the worker is
        # killed between two of them, with some sent and some not.
        PREMIERE_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        PREMIERE_EMAIL_FILE_PATH=str(mailbox),
        PREMIERE_MAIL_PER_MINUTE="60",
        # Only the job this test enqueued delivers notices, not the clock's periodic one.
        PREMIERE_NOTICES_EVERY="0",
    )


def _mailbox(folder: Path) -> list:
    """Every message the file backend wrote, parsed."""
    messages = []
    for path in sorted(folder.glob("*.log")):
        for raw in path.read_bytes().split(SEPARATOR):
            if raw.strip():
                messages.append(email.message_from_bytes(raw))
    return messages


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_batch_sends_every_notice_and_email_exactly_once(
    tmp_path, settings, make_user, follow, said_by, day
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_BACKEND
    mailbox = tmp_path / "mail"
    franchise = catalog.franchise_create(name="Nightjar")
    film = catalog.title_create(kind="film", name="Nightjar Rising", franchise=franchise)
    release = catalog.release_set(
        title=film, medium="digital", when=day("2031-05-02"), evidence=said_by()
    )
    readers = [make_user(f"reader{n}") for n in range(4)]
    for reader in readers:
        follow(reader, franchise)
    catalog.release_move(release=release, to=day("2031-06-13"), evidence=said_by())
    catalog.title_status_set(title=film, status="filming", evidence=said_by())
    tasks.notices_deliver.enqueue()

    def job():
        return DBTaskResult.objects.get(task_path="premiere.follows.tasks.notices_deliver")

    def sent():
        return Email.objects.filter(state=Email.State.SENT).count()

    first = _start_worker(tmp_path, "first", mailbox)
    try:
        assert wait_until(lambda: sent() >= 3, seconds=40), (tmp_path / "first.log").read_text()
        first.send_signal(signal.SIGKILL)  # mid-batch, no goodbye
        first.wait(10)
        at_kill = sent()
        assert 3 <= at_kill < 8  # some e-mails out, others still waiting
        second = _start_worker(tmp_path, "second", mailbox)
        try:
            done = wait_until(lambda: job().status == "SUCCESSFUL", seconds=60)
            assert done, (tmp_path / "second.log").read_text()
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(15)
            second.kill()
    finally:
        first.kill()

    assert len(job().worker_ids) == 2  # the job was given to the second worker…
    # …which made no notice twice and sent every e-mail exactly once.
    assert Notice.objects.count() == 8
    assert Counter(Notice.objects.values_list("user__username", flat=True)) == {
        reader.username: 2 for reader in readers
    }
    assert set(Email.objects.values_list("state", flat=True)) == {Email.State.SENT}
    messages = _mailbox(mailbox)
    assert Counter(m["Message-ID"] for m in messages) == {
        e.message_id: 1 for e in Email.objects.all()
    }
    assert Counter(m["To"] for m in messages) == {r.email: 2 for r in readers}
    for message in messages:
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
