"""The reader's pages under concurrent load, uncached, at whatever size the database holds.

    DATABASE_URL=postgres://premiere:premiere@127.0.0.1:5432/premiere_scale_100k \\
    PREMIERE_DATA_DIR=/tmp/scale-data PREMIERE_PAGE_CACHE=0 \\
        .venv/bin/python bench/scale_load.py --seconds 10 --connections 8

bench/scale.py times one request at a time in-process; this asks what a reader waits for
when others are reading too. It starts one app instance as `make prod-up` runs each (gunicorn
with premiere/gunicorn_conf.py's processes and threads, or --workers and --threads) on
127.0.0.1, with the app's page cache off, and points wrk at each page of scale.py's list in
turn (the same heaviest and typical subjects), reporting requests/s and the 50th, 95th and
99th percentile of latency. The run is bounded (--seconds a page) and stops the instance
whatever happens.
"""

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import scale  # django.setup() happens on import (catalog_pages)

from premiere import gunicorn_conf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PORT = 8031
# wrk reports its percentiles through Lua; microseconds in, milliseconds out.
REPORT = """
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\\n",
    summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout, summary.requests))
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="load on each page")
    parser.add_argument("--connections", type=int, default=8, help="readers at once")
    parser.add_argument("--only", default="", help="load only the rows whose label holds this")
    parser.add_argument(
        "--workers", type=int, default=gunicorn_conf.workers, help="gunicorn processes"
    )
    parser.add_argument(
        "--threads", type=int, default=gunicorn_conf.threads, help="threads per process"
    )
    return parser.parse_args()


def serve(workers: int, threads: int) -> subprocess.Popen:
    if os.environ.get("PREMIERE_PAGE_CACHE") != "0":
        sys.exit("scale_load: run with PREMIERE_PAGE_CACHE=0 (the point is the uncached page).")
    # The instance runs as in production (DEBUG off): it needs its collected static files.
    subprocess.run(
        [str(ROOT / ".venv/bin/premiere"), "collectstatic", "--no-input", "--verbosity", "0"],
        check=True,
        env=os.environ | {"PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    app = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            *("-c", "python:premiere.gunicorn_conf", "premiere.wsgi"),
            *("--bind", f"127.0.0.1:{PORT}", "--workers", str(workers)),
            *("--threads", str(threads)),
            *("--log-level", "warning"),
        ],
        env=os.environ | {"PYTHONPATH": str(ROOT / "src")},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=5).read()
            return app
        except OSError:
            if app.poll() is not None:
                sys.exit("scale_load: the app instance did not start.")
            time.sleep(0.5)
    app.terminate()
    sys.exit("scale_load: the app instance did not answer within 60 s.")


def load(path: str, headers: dict, seconds: int, connections: int, script: Path):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name.removeprefix('HTTP_').replace('_', '-').title()}: {value}"]
    command.append(f"http://127.0.0.1:{PORT}{path}")
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30).stdout
    line = next((row for row in out.splitlines() if row.startswith("RESULT ")), "")
    if not line:
        return None
    rate, p50, p95, p99, errors, total = line.split()[1:]
    return float(rate), float(p50), float(p95), float(p99), int(errors), int(total)


def main() -> None:
    args = parse_args()
    rows = [row for row in scale.pages() if args.only in row[0]]
    script = Path(os.environ.get("TMPDIR", "/tmp")) / "premiere-scale-load.lua"
    script.write_text(REPORT)
    print(
        f"{args.connections} readers at once, {args.seconds} s a page, one app instance "
        f"({args.workers} processes x {args.threads} thread{'s' if args.threads > 1 else ''})"
    )
    print(f"{'page':<42}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    app = serve(args.workers, args.threads)
    try:
        for label, path, headers in rows:
            result = load(path, headers, args.seconds, args.connections, script)
            if result is None:
                print(f"{label:<42}{'wrk gave no result':>43}", flush=True)
                continue
            rate, p50, p95, p99, errors, total = result
            # each page's row as soon as it is loaded: the rows are the run's progress
            print(
                f"{label:<42}{rate:>8.1f}{p50:>9.1f}{p95:>9.1f}{p99:>9.1f}{errors:>8}", flush=True
            )
    finally:
        app.terminate()
        app.wait(timeout=30)
    print(f"{len(rows)} pages loaded for {args.seconds} s each; the app instance is stopped.")


if __name__ == "__main__":
    main()
