from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.store.keyslots import (
    BOUNDS_ITERATIONS,
    BOUNDS_MEMORY_KIB,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    Argon2Params,
    SlotFile,
    calibrate_argon2,
    derive_argon2,
    normalise_recovery_code,
)
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"

FAST = Argon2Params(8192, 1, 1)


def test_calibration_on_this_machine_never_goes_below_64_mib_and_two_passes(real_kdf: None) -> None:
    """How long the calibrated derivation takes here is a benchmark figure (benchmarks/kdf_bench.py): on a busy
    machine it can be anything. What must hold everywhere is the floor."""
    params = calibrate_argon2()
    assert params.memory_kib >= MIN_MEMORY_KIB == 64 * 1024
    assert params.iterations >= MIN_ITERATIONS == 2
    assert len(derive_argon2(b"passphrase", b"0123456789abcdef", params)) == 32


class _Machine:
    """A machine on which Argon2id costs `floor_s` seconds at the floor parameters and scales with memory x
    passes, with a clock that only moves when a key is derived: calibration's choices, without real time."""

    def __init__(self, floor_s: float) -> None:
        self.per_mib_pass = floor_s / (MIN_MEMORY_KIB / 1024 * MIN_ITERATIONS)
        self.now = 0.0
        self.derived: list[Argon2Params] = []

    def seconds(self, params: Argon2Params) -> float:
        return self.per_mib_pass * params.memory_kib / 1024 * params.iterations

    def derive(self, secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
        self.derived.append(params)
        self.now += self.seconds(params)
        return bytes(32)

    def perf_counter(self) -> float:
        return self.now


def _on(machine: _Machine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vpdesk.store.keyslots.derive_argon2", machine.derive)
    monkeypatch.setattr("vpdesk.store.keyslots.time", machine)


@pytest.mark.parametrize("floor_s", [0.003, 0.02, 0.1, 0.15, 0.26, 0.4, 0.49])
def test_calibration_lands_in_half_to_one_second_on_fast_and_slow_machines(
    floor_s: float, monkeypatch: pytest.MonkeyPatch, real_kdf: None
) -> None:
    machine = _Machine(floor_s)
    _on(machine, monkeypatch)
    params = calibrate_argon2()
    assert params.memory_kib >= MIN_MEMORY_KIB and params.iterations >= MIN_ITERATIONS
    assert 0.5 <= machine.seconds(params) <= 1.0, (params, machine.seconds(params))
    assert len(machine.derived) <= 3  # a few trial derivations, not a search


def test_an_implausibly_fast_machine_gets_the_bounds_maximum_never_beyond(
    monkeypatch: pytest.MonkeyPatch, real_kdf: None
) -> None:
    """0.5 ms for 64 MiB x 2 passes (about 100 times today's laptops): calibration stops at what a slot read from
    disk may ask for, so the vault it makes still opens."""
    machine = _Machine(0.0005)
    _on(machine, monkeypatch)
    params = calibrate_argon2()
    assert params == Argon2Params(BOUNDS_MEMORY_KIB[1], BOUNDS_ITERATIONS[1])
    assert len(machine.derived) <= 4
    slots, *_ = SlotFile.create(PASSPHRASE, FAST)
    slots.slots["passphrase"].update(params.as_dict())
    assert SlotFile.from_bytes(slots.to_bytes()).passphrase_params() == params


@pytest.mark.parametrize("floor_s", [0.5, 1.3, 4.0])
def test_a_machine_too_slow_for_the_window_keeps_the_floor(
    floor_s: float, monkeypatch: pytest.MonkeyPatch, real_kdf: None
) -> None:
    machine = _Machine(floor_s)
    _on(machine, monkeypatch)
    assert calibrate_argon2() == Argon2Params(MIN_MEMORY_KIB, MIN_ITERATIONS)  # slower, never weaker
    assert machine.derived == [Argon2Params(MIN_MEMORY_KIB, MIN_ITERATIONS)]


def _count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[Argon2Params]:
    """Every Argon2id derivation from now on, still done for real."""
    seen: list[Argon2Params] = []

    def counting(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
        seen.append(params)
        return derive_argon2(secret, salt, params)

    monkeypatch.setattr("vpdesk.store.keyslots.derive_argon2", counting)
    return seen


def test_created_vault_stores_calibrated_parameters_in_its_slot(tmp_path: Path, real_kdf: None) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    vault.close()
    slot = json.loads((tmp_path / "v" / "vault.keys").read_text())["slots"]["passphrase"]
    assert slot["kdf"] == "argon2id"
    assert slot["memory_kib"] >= 64 * 1024


def test_wrong_passphrase_costs_one_derivation_with_the_stored_parameters(
    tmp_path: Path, real_kdf: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rejected as quickly as the calibrated key derivation allows: one derivation with the slot's parameters,
    no calibration and no retry (the seconds themselves are a benchmark figure, benchmarks/kdf_bench.py)."""
    Vault.create(tmp_path / "v", PASSPHRASE)[0].close()
    before = (tmp_path / "v" / "vault.db").read_bytes()
    stored = SlotFile.from_bytes((tmp_path / "v" / "vault.keys").read_bytes()).passphrase_params()
    derived = _count_derivations(monkeypatch)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "v", "not the passphrase at all")
    assert derived == [stored] and stored.memory_kib >= MIN_MEMORY_KIB
    assert (tmp_path / "v" / "vault.db").read_bytes() == before


def test_slot_file_round_trip_and_both_slots_open_the_same_master() -> None:
    slots, master, dbkey, code = SlotFile.create("a passphrase of some length", FAST)
    again = SlotFile.from_bytes(slots.to_bytes())
    assert again.unlock_passphrase("a passphrase of some length") == master
    assert again.unlock_recovery(code) == master
    assert again.database_keys(master) == [dbkey]
    assert master not in slots.to_bytes() and dbkey.hex().encode() not in slots.to_bytes()


def test_recovery_code_is_forgiving_about_case_dashes_and_lookalikes() -> None:
    slots, master, _, code = SlotFile.create("a passphrase of some length", FAST)
    sloppy = code.lower().replace("-", " ").replace("O", "0")
    assert slots.unlock_recovery(sloppy) == master
    assert normalise_recovery_code("ab-cd 0i") == "ABCDOI"
    with pytest.raises(KnownError, match="Wrong recovery code"):
        slots.unlock_recovery("AAAA-" * 7 + "AAAA")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("slots"),
        lambda d: d.update(format="something/9"),
        lambda d: d["slots"]["passphrase"].update(salt="***"),
        lambda d: d["slots"].pop("recovery"),
    ],
)
def test_damaged_slot_file_gets_a_clear_message(mutate: Callable[[dict[str, Any]], object]) -> None:
    slots, *_ = SlotFile.create("a passphrase of some length", FAST)
    doc = json.loads(slots.to_bytes())
    mutate(doc)
    with pytest.raises(KnownError, match="damaged") as err:
        SlotFile.from_bytes(json.dumps(doc).encode())
    assert "restore" in str(err.value)


def test_tampered_wrapped_key_reads_as_wrong_passphrase_not_a_crash() -> None:
    slots, *_ = SlotFile.create("a passphrase of some length", FAST)
    doc = json.loads(slots.to_bytes())
    wrapped = bytearray(doc["slots"]["passphrase"]["wrapped"].encode())
    wrapped[5] = ord("A") if wrapped[5] != ord("A") else ord("B")
    doc["slots"]["passphrase"]["wrapped"] = wrapped.decode()
    with pytest.raises(WrongPassphrase):
        SlotFile.from_bytes(json.dumps(doc).encode()).unlock_passphrase("a passphrase of some length")


def _database_keys(keys: Path, passphrase: str) -> list[bytes]:
    slots = SlotFile.from_bytes(keys.read_bytes())
    return slots.database_keys(slots.unlock_passphrase(passphrase))


def test_passphrase_change_rewraps_without_touching_the_database(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    db, keys = vault.paths.db, vault.paths.keys
    vault.close()
    before = db.read_bytes()
    old_keys = _database_keys(keys, PASSPHRASE)
    v = Vault.unlock(vault.paths.home, PASSPHRASE)
    derived = _count_derivations(monkeypatch)
    v.change_passphrase("a brand new passphrase here", params=FAST)
    v.close()
    assert derived == [FAST]  # one derivation, for the new passphrase: a rewrap, not a re-encryption
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault.paths.home, PASSPHRASE)
    assert _database_keys(keys, "a brand new passphrase here") == old_keys  # no rekey: the same database key
    Vault.unlock(vault.paths.home, "a brand new passphrase here").close()
    # the page content is the same: only the audit row differs
    assert len(db.read_bytes()) >= len(before) - 4096


def test_missing_slot_file_points_to_restore(vault: Vault) -> None:
    vault.close()
    vault.paths.keys.unlink()
    with pytest.raises(KnownError, match=r"key-slot file .* missing") as err:
        Vault.unlock(vault.paths.home, PASSPHRASE)
    assert "restore" in str(err.value)


def test_slot_writes_are_atomic_no_temp_files_left(vault: Vault) -> None:
    vault.change_passphrase("another long passphrase", params=FAST)
    names = sorted(p.name for p in vault.paths.home.iterdir())
    assert not [n for n in names if ".tmp" in n]
