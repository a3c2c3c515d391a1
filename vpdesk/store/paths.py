"""Where a vault lives: $VPDESK_HOME when set, otherwise the platform's user data dir."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from vpdesk.errors import KnownError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


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
        self._path = path
        self._fd: int | None = None

    def acquire(self, exclusive: bool = False) -> None:
        if fcntl is None:
            return
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        try:
            fcntl.flock(self._fd, flags)
        except BlockingIOError:
            raise KnownError("The vault is open in another vpdesk window or process: close it first.") from None

    def downgrade(self) -> None:
        if fcntl is not None and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        self.acquire(exclusive=True)
        try:
            yield
        finally:
            self.downgrade()
