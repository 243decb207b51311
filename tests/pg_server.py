"""A throw-away PostgreSQL cluster on a loopback port, for sync tests and benchmarks.

Uses the Debian ``postgresql`` package's ``initdb`` and ``pg_ctl`` (installed
by ``scripts/system-deps.sh test``). initdb and postgres refuse to run as
root, so under root (CI containers) the cluster belongs to the ``postgres``
system user. Password (SCRAM) authentication on TCP, so advisors log in
with their own passwords exactly as against a real server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from psycopg.conninfo import make_conninfo

SUPERUSER = "cwd_admin"


def find_pg_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, newest version first; None if absent."""
    candidates = [os.path.dirname(p) for p in [shutil.which("initdb")] if p]
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    versions.sort(key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    candidates += reversed(versions)
    for folder in candidates:
        if os.access(os.path.join(folder, "initdb"), os.X_OK) and os.access(
            os.path.join(folder, "pg_ctl"), os.X_OK
        ):
            return Path(folder)
    return None


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_owner(argv: list[str]) -> list[str]:
    """Run as ``postgres`` when we are root, because initdb and postgres refuse root."""
    if os.geteuid() != 0:
        return argv
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *argv]
    import shlex

    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(argv)]


@contextmanager
def running_postgres(bindir: Path, *, durable: bool = False) -> Iterator[str]:
    """Start a fresh cluster; yield its superuser DSN; stop and remove it afterwards.

    ``durable=False`` (tests) turns fsync off; benchmarks keep PostgreSQL's
    defaults so the figures mean what they would on a real server.
    """
    root = Path(tempfile.mkdtemp(prefix="cwd-pg-"))
    data = root / "data"
    password = os.urandom(12).hex()
    pwfile = root / "pw"
    pwfile.write_text(password)
    if os.geteuid() == 0:
        import pwd

        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        os.chown(pwfile, owner.pw_uid, owner.pw_gid)
    os.chmod(root, 0o700)
    os.chmod(pwfile, 0o600)
    port = free_port()
    try:
        subprocess.run(
            as_owner(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    SUPERUSER,
                    f"--pwfile={pwfile}",
                    "--auth-host=scram-sha-256",
                    "--auth-local=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            ),
            check=True,
            capture_output=True,
        )
        pwfile.unlink()
        options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root}"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            as_owner(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
    except subprocess.CalledProcessError as exc:
        log = root / "log"
        detail = log.read_text() if log.exists() else exc.stderr.decode(errors="replace")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {detail}") from exc
    try:
        yield make_conninfo(
            host="127.0.0.1", port=port, user=SUPERUSER, password=password, dbname="postgres"
        )
    finally:
        subprocess.run(
            as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
