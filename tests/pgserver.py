# SPDX-License-Identifier: EUPL-1.2
"""A throwaway PostgreSQL server for the tests: Debian's PostgreSQL 15 binaries, a temporary
folder, 127.0.0.1 and a free port, password authentication over TCP (as a real server has
it, so a wrong password can be tested), durability off (tests only).

    server = TestServer.start()      # initdb + pg_ctl start (as `postgres` when run as root)
    server.url                        # postgresql+psycopg://kraftdesk_ci:…@127.0.0.1:PORT/postgres
    server.stop()                     # pg_ctl stop, folder removed

tests/conftest.py starts one when KRAFTDESK_TEST_POSTGRES_URL is not set and the binaries are
installed; `.ci/run` starts its own the same way in shell and passes its URL.

    uv run python -m tests.pgserver start DIR   # prints the URL; the server runs on
    uv run python -m tests.pgserver stop DIR
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: Where Debian puts the PostgreSQL 15 server programs (package postgresql-15).
PG_BIN = Path(os.environ.get("KRAFTDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
#: The server's superuser (initdb -U) and its password; tests create their own roles.
SUPERUSER = "kraftdesk_ci"
PASSWORD = "kraftdesk-ci"
#: Settings for a server that only tests use: a crash loses nothing anyone needs.
TEST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off",
                 "max_connections=200", "shared_buffers=64MB")


def available() -> bool:
    return (PG_BIN / "initdb").is_file() and (PG_BIN / "pg_ctl").is_file()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server programs as `postgres` then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class TestServer:
    folder: Path
    port: int

    __test__ = False  # not a pytest test class

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}:{PASSWORD}@127.0.0.1:{self.port}/postgres"

    @classmethod
    def start(cls, folder: Path | None = None) -> TestServer:
        if not available():
            raise RuntimeError(f"PostgreSQL 15 server programs missing in {PG_BIN}")
        folder = folder or Path(tempfile.mkdtemp(prefix="kraftdesk-pg-"))
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        server = cls(folder, free_port())
        run = {"check": True, "capture_output": True, "text": True}
        password_file = folder / "password"
        password_file.write_text(PASSWORD)
        if os.geteuid() == 0:
            shutil.chown(password_file, "postgres", "postgres")
        subprocess.run(_as_server_user([
            str(PG_BIN / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
            f"--pwfile={password_file}", "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]), **run)
        options = " ".join([f"-c listen_addresses=127.0.0.1 -p {server.port}",
                            f"-c unix_socket_directories={folder}",
                            *(f"-c {setting}" for setting in TEST_SETTINGS)])
        subprocess.run(_as_server_user([
            str(PG_BIN / "pg_ctl"), "-D", str(server.data), "-o", options, "-w",
            "-l", str(folder / "server.log"), "start"]), **run)
        (folder / "port").write_text(str(server.port))
        return server

    @classmethod
    def existing(cls, folder: Path) -> TestServer:
        return cls(folder, int((folder / "port").read_text()))

    def stop(self, *, remove: bool = True) -> None:
        if self.data.exists():
            subprocess.run(_as_server_user([
                str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                "stop"]), capture_output=True, check=False)
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python -m tests.pgserver start|stop DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        print(TestServer.start(folder).url)
    else:
        TestServer.existing(folder).stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
