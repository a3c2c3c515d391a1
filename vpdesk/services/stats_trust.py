"""The coordinator's trust list: enrol, rename and remove advisers, the delivery overview per year, and the age
identity written out for the standard `age` tool."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vpdesk.errors import KnownError, Note, writing
from vpdesk.exchange.identity import fingerprint, parse_signing_public
from vpdesk.files import write_atomic
from vpdesk.services.stats_role import age_key, require_coordinator
from vpdesk.store.keys import TrustedAdviser
from vpdesk.store.repositories import Repositories


def trust(vault: Repositories, public: str, label: str, confirm: str, now: datetime) -> TrustedAdviser:
    """Enrol an adviser; ``confirm`` is the fingerprint read out by the adviser, and must match."""
    require_coordinator(vault)
    parse_signing_public(public)
    expected = fingerprint(public)
    # the adviser reads it out: case, spaces and dashes do not matter; the right value is never shown, or the
    # check would only confirm whatever key arrived
    if "".join(c for c in confirm.upper() if c.isalnum()) != expected.replace("-", ""):
        raise KnownError("The fingerprint does not match this key. Check the key and the fingerprint with the adviser.")
    adviser = TrustedAdviser(expected, public, label, now.isoformat(timespec="seconds"))
    vault.keys.trust(adviser)
    return adviser


def trusted(vault: Repositories) -> list[TrustedAdviser]:
    require_coordinator(vault)
    return vault.keys.trusted()


def untrust(vault: Repositories, fingerprint: str, keep_figures: bool = False, now: datetime | None = None) -> Note:
    """Remove an adviser: with every figure imported from them, or keeping them in the reports (no new import is
    accepted then). Returns the sentence that says which."""
    require_coordinator(vault)
    key = fingerprint.strip().upper()
    who = next((a.label for a in vault.keys.advisers() if a.fingerprint == key), "") or key
    when = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    vault.keys.untrust(key, keep_figures, when)
    vault.audit.record("untrust", f"adviser:{key}:{'kept' if keep_figures else 'dropped'}")
    if keep_figures:
        return Note("Removed {who}; the figures already imported from them stay in the reports.", who=who)
    return Note("Removed {who}, with every figure imported from them.", who=who)


def rename(vault: Repositories, fingerprint: str, label: str) -> None:
    require_coordinator(vault)
    vault.keys.rename(fingerprint.strip().upper(), label.strip())


@dataclass(frozen=True, slots=True)
class Delivery:
    """One adviser's delivery for a year: when it first arrived and when it was last replaced, per period."""

    fingerprint: str
    label: str
    removed: str  # "" = on the trust list
    periods: tuple[tuple[int, str, str], ...]  # (quarter, delivered on, replaced on or ""); empty = missing

    @property
    def missing(self) -> bool:
        return not self.periods


def deliveries(vault: Repositories, year: int) -> list[Delivery]:
    """Who has delivered for ``year`` and when, and who has not (the coordinator's overview)."""
    require_coordinator(vault)
    got: dict[str, list[tuple[int, str, str]]] = {}
    for adviser, quarter, imported, first_imported in vault.keys.import_dates(year):
        first = first_imported or imported
        got.setdefault(adviser, []).append((quarter, first, "" if first == imported else imported))
    return [
        Delivery(a.fingerprint, a.label, a.removed, tuple(sorted(got.get(a.fingerprint, []))))
        for a in vault.keys.advisers()
        if not a.removed or a.fingerprint in got
    ]


AGE_IDENTITY_WARNING = (
    "This file opens every export sent to this coordinator. Keep it only as long as you need it, on an encrypted "
    "disk or a removable medium, never in a shared folder or e-mail."
)


def write_age_identity(vault: Repositories, path: Path) -> Path:
    """Write the coordinator's age identity to ``path`` (mode 0600, never over an existing file), so the standard
    `age -d -i FILE export.vpstats` opens an export. See AGE_IDENTITY_WARNING."""
    require_coordinator(vault)
    secret, public = age_key(vault)
    if path.exists() or path.is_symlink():
        raise KnownError("{path} exists already; choose a new file name.", path=path)
    text = f"# vpdesk coordinator age identity; public key: {public}\n".encode("ascii") + secret + b"\n"
    with writing(path):
        write_atomic(path, text, 0o600)
    vault.audit.record("export", "age-identity")
    return path
