"""Where a vault lives: $VPDESK_HOME when set, otherwise the platform's user data dir."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from vpdesk.errors import KnownError
from vpdesk.files import FileLock


def default_home() -> Path:
    env = os.environ.get("VPDESK_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("vpdesk", appauthor=False))


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


class VaultLock:
    """An advisory lock on the vault: shared while it is open, exclusive for restore and key rotation."""

    def __init__(self, path: Path) -> None:
        self._lock = FileLock(path)

    def acquire(self, exclusive: bool = False) -> None:
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
