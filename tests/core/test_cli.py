"""The `premiere` command as a user runs it on a fresh machine, before the database is set up."""

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def test_a_command_run_before_migrate_says_so_in_one_line(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Copper Sky dated\nCopper Sky opens in theaters on June 7, 2027.\n")
    env = {
        **os.environ,
        "PREMIERE_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": f"sqlite:///{tmp_path}/fresh.sqlite3",
    }
    ran = subprocess.run(
        [BIN / "premiere", "extract", "--published", "2027-05-01", str(story)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 1
    assert ran.stderr.strip().splitlines() == [
        "premiere: the database has no tables yet: run `premiere migrate` first (`make run` does)."
    ]
