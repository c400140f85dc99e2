"""Load the production stack (`make prod-up`) with wrk: the same article page as a static file
served by nginx (the ceiling), through nginx's microcache, from one app instance directly (its
kept page), and from that instance made afresh for every request (a session cookie, which
neither cache serves), in interleaved rounds, and print req/s and latency side by side.

    make prod-up
    .venv/bin/python bench/stack.py --seconds 10 --rounds 2

Needs wrk (Debian's package) and a running stack; it only reads, on 127.0.0.1, and stops by
itself after rounds × targets × seconds.
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", default="/news/quiet-weekend-at-the-box-office/")
    parser.add_argument("--nginx", default="http://127.0.0.1:8080")
    parser.add_argument("--app", default="http://127.0.0.1:8001")
    parser.add_argument("--data-dir", default=str(ROOT / "var" / "prod"))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    return parser.parse_args()


# A session cookie that names no session: the page is made for an anonymous visitor, but no
# cache (nginx's or the app's) may serve or keep it.
UNCACHED = "Cookie: sessionid=bench-no-session"


def wrk(url: str, seconds: int, connections: int) -> dict:
    headers = []
    if url.endswith("#uncached"):
        url, headers = url.removesuffix("#uncached"), ["-H", UNCACHED]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def percentile(p):
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)\b", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": rate,
        "p50": percentile(50),
        "p99": percentile(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def static_copy(nginx: str, path: str, data_dir: str) -> tuple[str, Path]:
    """Copy the page to nginx's static folder; return its URL there and the file."""
    try:
        page = urllib.request.urlopen(nginx + path, timeout=10).read()
    except OSError as error:
        sys.exit(f"stack: the stack does not answer at {nginx} ({error}); run make prod-up.")
    static = Path(data_dir) / "static" / "bench-article.html"
    static.write_bytes(page)
    return f"{nginx}/static/bench-article.html", static


def measure(targets: dict, *, seconds: int, rounds: int, connections: int) -> dict:
    """Load each target in turn, round after round, so drift in the machine hits all alike."""
    results = {label: [] for label in targets}
    for round_ in range(1, rounds + 1):
        for label, url in targets.items():
            print(f"round {round_}: {label}…", flush=True)
            results[label].append(wrk(url, seconds, connections))
    return results


def summarise(runs: list) -> dict:
    """Return the medians over the rounds and the sum of errors."""
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p50": statistics.median(r["p50"] for r in runs),
        "p99": statistics.median(r["p99"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
    }


def print_table(results: dict, width: int = 40) -> dict:
    """Print req/s, p50, p99 and the ratio to the first target (the ceiling); return medians."""
    summary = {label: summarise(runs) for label, runs in results.items()}
    ceiling = next(iter(summary.values()))["rps"]
    print(f"\n{'target':{width}} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'× ceiling':>10}")
    for label, row in summary.items():
        note = f"  ({row['errors']} non-2xx)" if row["errors"] else ""
        print(
            f"{label:{width}} {row['rps']:9.0f} {row['p50']:8.1f} {row['p99']:8.1f}"
            f" {row['rps'] / ceiling:10.3f}{note}"
        )
    return summary


def main() -> None:
    args = parse_args()
    if shutil.which("wrk") is None:
        sys.exit("stack: wrk is not installed (apt-get install wrk).")
    # The ceiling: the very page, as a file nginx serves from its static folder.
    static_url, static = static_copy(args.nginx, args.path, args.data_dir)
    targets = {
        "nginx, the page as a static file": static_url,
        "Premiere through nginx (microcache)": args.nginx + args.path,
        "Premiere app instance, kept page": args.app + args.path,
        "Premiere app instance, made each time": args.app + args.path + "#uncached",
    }
    try:
        results = measure(
            targets, seconds=args.seconds, rounds=args.rounds, connections=args.connections
        )
    finally:
        static.unlink(missing_ok=True)
    print_table(results)
    print(f"Loaded {len(targets)} targets × {args.rounds} rounds × {args.seconds}s.")


if __name__ == "__main__":
    main()
