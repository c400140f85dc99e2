"""The app server as `make run` starts it, tried from outside: headers on every answer, and a
graceful stop under load. Real gunicorn processes on 127.0.0.1, bounded in time."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A migrated demo site served by gunicorn with Premiere's config, in its own folder."""
    data = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "PREMIERE_DATA_DIR": str(data),
        "PREMIERE_TASKS_BACKEND": "immediate",
        "DATABASE_URL": f"sqlite:///{data}/site.sqlite3",
    }
    env.pop("REDIS_URL", None)
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["demo"]):
        subprocess.run(
            [BIN / "premiere", *command, "-v", "0"], env=env, check=True, capture_output=True
        )
    port = _free_port()
    server = subprocess.Popen(
        [
            BIN / "gunicorn",
            "-c",
            "python:premiere.gunicorn_conf",
            "premiere.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            str(data / "access.log"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield port, server, data / "access.log"
    server.kill()
    server.wait(10)


def _get(port, path, host="127.0.0.1"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Host": host})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


@pytest.mark.parametrize(
    "path, host, status",
    [
        ("/", "127.0.0.1", 200),
        ("/static/favicon.svg", "127.0.0.1", 200),  # a static file, served by WhiteNoise
        ("/", "evil.example", 400),  # a Host header the site does not answer to
        ("/" + "a" * 9000, "127.0.0.1", 414),  # a request line gunicorn refuses itself
    ],
)
def test_every_answer_carries_the_content_security_policy(site, path, host, status):
    port, _, _ = site
    response = _get(port, path, host)
    assert response.status == status
    policy = response.getheader("Content-Security-Policy") or ""
    assert "default-src" in policy and "frame-ancestors 'none'" in policy
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_a_graceful_stop_under_load_answers_every_request_it_took(site):
    """SIGTERM while readers keep coming: each request the server took is answered in full;
    the rest are refused before any work (a client or proxy may simply retry them)."""
    port, server, access_log = site
    story = "/news/ballerina-john-wick-spin-off-release-date/"
    outcomes = []

    def reader():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        try:
            conn.request("GET", story)
            response = conn.getresponse()
            body = response.read()  # IncompleteRead here would be an answer cut off
            outcomes.append("answered" if response.status == 200 and body else "broken")
        except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected):
            outcomes.append("not taken")  # closed before a worker took it: nothing was done
        except http.client.IncompleteRead:
            outcomes.append("cut off")
        finally:
            conn.close()

    taken_before = access_log.read_text().count(story)
    threads = [threading.Thread(target=reader) for _ in range(40)]
    for number, thread in enumerate(threads):
        thread.start()
        if number == 10:
            server.send_signal(signal.SIGTERM)
    for thread in threads:
        thread.join(30)
    assert server.wait(30) == 0
    assert "cut off" not in outcomes and "broken" not in outcomes, outcomes
    served = access_log.read_text().count(story) - taken_before
    assert served == outcomes.count("answered") >= 1  # every request taken was answered
