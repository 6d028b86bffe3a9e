# SPDX-License-Identifier: EUPL-1.2
"""The `kraftdesk` command run in a process of its own, and which modules it loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from typing import NamedTuple

_SCRIPT = """
import json, sys
from kraftdesk.launcher import main
watched = json.loads(sys.argv[2])
sys.argv = ["kraftdesk", *json.loads(sys.argv[1])]
try:
    main()
finally:
    print(json.dumps({
        "loaded": [m for m in watched if m in sys.modules],
        "commands": sorted(m for m in sys.modules if m.startswith("kraftdesk.cli.cmd_")),
    }), file=sys.stderr)
"""


class Watched(NamedTuple):
    stdout: str
    loaded: list[str]  # of the modules watched, those the command loaded
    commands: list[str]  # the command modules it loaded


def run_watching(argv: Sequence[str], watched: Sequence[str]) -> Watched:
    """Run `kraftdesk ARGV` (through its front door, launcher.main) in a new process."""
    done = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(list(argv)),
                           json.dumps(list(watched))],
                          capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return Watched(done.stdout, report["loaded"], report["commands"])
