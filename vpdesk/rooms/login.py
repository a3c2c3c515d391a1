"""The room pool's login (user name and password): in the OS keyring (Secret Service, Windows Credential Manager,
macOS Keychain, through `keyring`), or, where there is none, in the vault. Never in the address, never in an
environment variable, never in a message.

One keyring entry per pool address (host and path, no scheme): service "vpdesk room pool", the address as the
entry's name, the login as JSON. The vault keeps the same JSON under the setting ``room_pool_login:<address>``.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass

import keyring
import keyring.errors

from vpdesk.rooms.http import host_of

SERVICE = "vpdesk room pool"


@dataclass(frozen=True)
class Login:
    user: str
    password: str

    def __repr__(self) -> str:  # never the password
        return f"Login({self.user!r})"

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "password": self.password})

    @staticmethod
    def from_json(text: str | None) -> Login | None:
        try:
            data = json.loads(text or "")
            return Login(str(data["user"]), str(data["password"]))
        except (ValueError, KeyError, TypeError):
            return None


def address(url: str) -> str:
    """The pool as one name: host, port and path (the scheme and any login left out)."""
    return host_of(url) + urllib.parse.urlsplit(url).path.rstrip("/")


def vault_key(url: str) -> str:
    return f"room_pool_login:{address(url)}"


def from_keyring(url: str) -> Login | None:
    """The login kept in the OS keyring for this pool; None when there is none or no keyring to ask."""
    try:
        return Login.from_json(keyring.get_password(SERVICE, address(url)))
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        return None  # no keyring on this computer (a headless Linux without Secret Service), or it is locked


def to_keyring(url: str, login: Login) -> bool:
    """Keep the login in the OS keyring; False when this computer has no usable keyring."""
    try:
        keyring.set_password(SERVICE, address(url), login.to_json())
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        return False
    return True
