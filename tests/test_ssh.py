"""The installed `gsomia-tui` over a real SSH session to 127.0.0.1, in tmux.

A throwaway sshd (its own port, host key, client key and authorized_keys, all in tmp_path)
runs for the test only. It needs tmux, ssh, ssh-keygen and sshd (Debian: `tmux`,
`openssh-client`, `openssh-server`; `.ci/run` installs them where they are missing) and is
skipped, with the reason, without them.
"""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tmux_harness import TMUX, Terminal, installed_command
from test_terminals import base_env

pytestmark = pytest.mark.terminal

SSHD_PATHS = ("/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd")


def find_sshd() -> str | None:
    found = shutil.which("sshd")
    return found or next((path for path in SSHD_PATHS if os.access(path, os.X_OK)), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, server: subprocess.Popen, log: Path, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"sshd exited with {server.returncode}:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"sshd did not listen on {port}:\n{log.read_text()}")


@pytest.fixture
def sshd(tmp_path):
    """A throwaway sshd on 127.0.0.1; yields (port, user, client key)."""
    for tool in ("ssh", "ssh-keygen"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: openssh-client)")
    if TMUX is None:
        pytest.skip("tmux is not installed: the SSH test reads the screen through it")
    binary = find_sshd()
    if binary is None:
        pytest.skip("sshd is not installed (Debian: openssh-server)")

    keys = tmp_path / "ssh"
    keys.mkdir()
    for name in ("host", "client"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name,
                        "-f", str(keys / name)], check=True, timeout=30)
    (keys / "authorized_keys").write_text((keys / "client.pub").read_text())
    for path in keys.iterdir():
        path.chmod(0o600)
    user = getpass.getuser()
    port = free_port()
    config = keys / "sshd_config"
    config.write_text(f"""\
Port {port}
ListenAddress 127.0.0.1
HostKey {keys / 'host'}
PidFile {keys / 'sshd.pid'}
AuthorizedKeysFile {keys / 'authorized_keys'}
AllowUsers {user}
PermitRootLogin {'yes' if user == 'root' else 'no'}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
PrintLastLog no
""")
    privsep = Path("/run/sshd")  # sshd refuses to start without it when run as root
    made_privsep = os.geteuid() == 0 and not privsep.exists()
    if made_privsep:
        privsep.mkdir(mode=0o755, parents=True)
    check = subprocess.run([binary, "-t", "-f", str(config)], capture_output=True, text=True,
                           timeout=30)
    assert check.returncode == 0, f"sshd rejects the test configuration: {check.stderr}"
    log = keys / "sshd.log"
    with log.open("w") as output:
        server = subprocess.Popen([binary, "-D", "-e", "-f", str(config)], stdout=output,
                                  stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, server, log)
        yield port, user, keys / "client"
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
        if made_privsep:
            shutil.rmtree(privsep, ignore_errors=True)


def test_search_over_ssh(sshd, tmp_path):
    port, user, key = sshd
    remote = " ".join(f"{name}={value}" for name, value in {
        **base_env(tmp_path / "index", tmp_path / "data"), "TERM": "xterm-256color"}.items())
    ssh = ["ssh", "-F", "/dev/null", "-tt", "-p", str(port), "-i", str(key),
           "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
           "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", f"{user}@127.0.0.1",
           f"'env {remote} {installed_command()[0]}'"]
    terminal = Terminal(f"gsomia-ssh-{os.getpid()}-{tmp_path.name}", tmp_path / "status")
    try:
        terminal.start(ssh, {"TERM": "xterm-256color", "PATH": os.environ.get("PATH", "")})
        screen = terminal.wait_for("5 articles", timeout=40)
        assert "╭─ Results" in screen and "⏎" in screen
        terminal.keys("/")
        terminal.type("Nagamine")
        screen = terminal.wait_for("2 articles · “Nagamine”")  # the whole word, not "Nagamin"
        assert "KBS World Radio" in screen
        terminal.wait_for("hit 1/")  # the first result, previewed with its hit
        terminal.wait_for("esc Back to results")  # (see test_terminals: the footer changes)
        terminal.keys("Escape")
        terminal.wait_for("⏎ Open")
        terminal.keys("q")
        assert terminal.exit_status() == 0  # ssh exits with the remote command's status
    finally:
        terminal.close()
