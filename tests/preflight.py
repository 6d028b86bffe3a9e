# SPDX-License-Identifier: EUPL-1.2
"""PDFBox Preflight (Debian's libpdfbox2-java), an independent PDF/A-1b validator, run by Java.

veraPDF is in none of the package registries this project can reach; Preflight is. It
validates PDF/A-1b only: a PDF/A-2b file kraftdesk writes is checked against the (stricter
in most respects) PDF/A-1b rules, with the part identification (error 7.11.2, "part must be
1") as the one difference allowed. .ci/run installs the packages; elsewhere the tests that
need them are skipped with the reason, except in CI, where a missing validator fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

JAVA_DIR = Path("/usr/share/java")
#: Preflight and what it needs on Java 17 (JAXB and activation left the JDK in Java 11).
JARS = ("preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
        "javax.activation.jar", "jaxb-api.jar")
PART_TWO = "7.11.2"  # "part must be 1": the file declares PDF/A-2


@dataclass(frozen=True)
class Verdict:
    valid: bool
    errors: tuple[str, ...]  # "3.1.11 : Invalid Font definition, …"

    def only_part_two(self) -> bool:
        """Valid PDF/A-1b but for declaring part 2 (what a PDF/A-2b file of ours gives)."""
        return bool(self.errors) and all(e.startswith(PART_TWO) for e in self.errors)


def available() -> str | None:
    """None when Preflight can run here; else why not."""
    if shutil.which("java") is None:
        return "java saknas"
    missing = [jar for jar in JARS if not (JAVA_DIR / jar).exists()]
    return f"{', '.join(missing)} saknas i {JAVA_DIR}" if missing else None


def require() -> None:
    reason = available()
    if reason is None:
        return
    message = f"PDFBox Preflight kan inte köras: {reason} (apt-get install libpdfbox2-java " \
              "libjaxb-api-java libactivation-java default-jre-headless)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def preflight(path: Path) -> Verdict:
    require()
    classpath = ":".join(str(JAVA_DIR / jar) for jar in JARS)
    result = subprocess.run(
        ["java", "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(path)],
        capture_output=True, text=True, timeout=300, check=False)
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if any(line.endswith("is a valid PDF/A-1b file") for line in lines):
        return Verdict(True, ())
    errors = tuple(line for line in lines if " : " in line)
    assert errors or result.returncode == 0, result.stdout + result.stderr
    return Verdict(False, errors)
