"""Where a vault lives: $VPDESK_HOME when set, otherwise the platform's user data dir.

Per platform (platformdirs, the folders each system documents; docs/admin-guide.md has the table):

- Linux: vault ``~/.local/share/vpdesk`` (``$XDG_DATA_HOME``), log ``~/.local/state/vpdesk/log``.
- Windows: vault ``%LOCALAPPDATA%\\vpdesk`` (local, not roaming: a vault never follows a roaming profile to
  another machine), log ``%LOCALAPPDATA%\\vpdesk\\Logs``.
- macOS: vault ``~/Library/Application Support/vpdesk``, log ``~/Library/Logs/vpdesk``.

The machine policy's path is `vpdesk.policy.machine_policy_path`; with $VPDESK_HOME the log goes to its ``logs``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from platformdirs.api import PlatformDirsABC
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from vpdesk.errors import KnownError
from vpdesk.files import FileLock


def platform_dirs(platform: str = sys.platform) -> PlatformDirsABC:
    """platformdirs' folders for ``platform`` (the tests ask for each one here)."""
    kind = Windows if platform == "win32" else MacOS if platform == "darwin" else Unix
    return kind("vpdesk", appauthor=False, roaming=False)


def default_home() -> Path:
    env = os.environ.get("VPDESK_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platform_dirs().user_data_dir)


@dataclass(frozen=True, slots=True)
class VaultPaths:
    home: Path

    @property
    def db(self) -> Path:
        return self.home / "vault.db"

    @property
    def keys(self) -> Path:
        return self.home / "vault.keys"

    @property
    def lock(self) -> Path:
        return self.home / "vault.lock"

    def sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + suffix) for suffix in ("-wal", "-shm")]

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()

    def ensure_home(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)


def check_private_home(home: Path) -> None:
    """Refuse a vault folder that another account could swap or fill, as ssh refuses such a key folder: the folder
    must be ours and writable by us alone, and no folder above it writable by others (unless sticky, as /tmp is,
    where nobody can rename what is not theirs). A group-writable folder is fine when the group is our own
    (the user-private groups of Debian and Fedora). Not on Windows, where ACLs decide (the installer sets them)."""
    if os.name != "posix":
        return
    uid, gid = os.getuid(), os.getgid()
    home = Path(os.path.abspath(home))
    for folder in (home, *home.parents):
        try:
            st = os.stat(folder)
        except FileNotFoundError:
            continue
        others_write = st.st_mode & stat.S_IWOTH or (st.st_mode & stat.S_IWGRP and st.st_gid != gid)
        if folder == home:
            bad = st.st_uid != uid or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        else:
            bad = st.st_uid not in (0, uid) or (others_write and not st.st_mode & stat.S_ISVTX)
        if bad:
            raise KnownError(
                "The vault folder {home} is in a folder other users can change ({folder}); vpdesk does not use it.",
                hint="Move the vault folder elsewhere, or make {folder} writable by you alone (chmod go-w).",
                home=home,
                folder=folder,
            )


class VaultLock:
    """An advisory lock on the vault: shared while it is open, exclusive for restore and key rotation. Taking it
    first checks that the vault folder is private (check_private_home)."""

    def __init__(self, path: Path) -> None:
        self._lock = FileLock(path)
        self._home = path.parent

    def acquire(self, exclusive: bool = False) -> None:
        check_private_home(self._home)
        try:
            self._lock.acquire(exclusive=exclusive, wait=False)
        except BlockingIOError:
            raise KnownError("The vault is open in another vpdesk window or process: close it first.") from None

    def downgrade(self) -> None:
        self._lock.acquire(exclusive=False)

    def release(self) -> None:
        self._lock.release()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        self.acquire(exclusive=True)
        try:
            yield
        finally:
            self.downgrade()
