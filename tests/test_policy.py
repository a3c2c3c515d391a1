"""The machine policy holds: every key has a type and bounds, a bad file stops with a sentence naming the file, the
key and what is allowed, nothing a user sets replaces it, and `vpdesk policy` says where each value came from."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from vpdesk import policy
from vpdesk.errors import KnownError
from vpdesk.policy import BOUNDS, Settings, effective_settings, load_policy, parse_policy

ROOT = Path(__file__).resolve().parent.parent


def test_policy_wins_over_user_settings_and_says_who_locked_it(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        'organisation = "I-Interim Rijk"\n[settings]\nidle_lock_minutes = 3\nroom_pool = "https://pool.example"\n'
    )
    values, org = load_policy(path)
    settings = effective_settings({"idle_lock_minutes": 10, "language": "en"}, values, org)
    assert settings.idle_lock_minutes == 3 and settings.language == "en"
    assert settings.room_pool == "https://pool.example"
    assert settings.is_locked("idle_lock_minutes") and not settings.is_locked("language")
    assert settings.locked_by == "I-Interim Rijk"


def test_every_key_has_bounds_its_default_meets_and_the_admin_guide_documents() -> None:
    defaults = Settings()
    guide = (ROOT / "docs/admin-guide.md").read_text(encoding="utf-8")
    keys = [k for k in Settings.__dataclass_fields__ if k not in ("locked", "locked_by")]
    assert sorted(keys) == sorted(BOUNDS)
    for name in keys:
        assert parse_policy(f"[settings]\n{name} = {json.dumps(getattr(defaults, name))}\n") == {
            name: getattr(defaults, name)
        }
        assert f"| `{name}` |" in guide, f"{name} is not in the admin guide's key table"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("idle_lock_minutes = 60", "'idle_lock_minutes' is 60, outside the allowed range 1 to 15"),
        ("idle_lock_minutes = 0", "outside the allowed range 1 to 15"),
        ("clipboard_clear_seconds = 99999999999", "'clipboard_clear_seconds' is 99999999999, outside"),
        ("suppression_threshold = 0", "'suppression_threshold' is 0, outside the allowed range 3 to 20"),
        ("suppression_threshold = 1", "outside the allowed range 3 to 20"),
        ('language = "de"', '\'language\' is "de"; allowed: "nl" or "en"'),
        ('room_pool = "http://pool.example/"', 'allowed: "local" or an https:// address'),
        ("autosave_seconds = 0.1", "outside the allowed range 0.5 to 60"),
        ('guide_override = "relative.toml"', "allowed: a full path"),
        ("idle_lock_minutes = 'five'", "must be a number from 1 to 15"),
        ("idle_lock_minutes = 2.5", "must be a number from 1 to 15"),
        ("language = 1", "must be text"),
        ("no_such_thing = 1", "unknown setting 'no_such_thing'"),
        ("update_checks = false", "'update_checks' is no longer used"),
        ("idle_lock_minutes = ", "policy.toml"),
    ],
)
def test_a_value_outside_its_bounds_stops_with_the_file_key_and_range(line: str, message: str) -> None:
    with pytest.raises(KnownError) as caught:
        parse_policy(f'organisation = "BZK"\n[settings]\n{line}\n', "/etc/vpdesk/policy.toml")
    assert message in str(caught.value) and str(caught.value).startswith("/etc/vpdesk/policy.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_lock_minutes = 3\n[settings]\nlanguage = 'en'\n", "stands above the [settings] table; move it under"),
        ("[setings]\nidle_lock_minutes = 3\n", "unknown table [setings]"),
        ("organisation = 3\n", "'organisation' must be the organisation's name"),
        ("settings = 3\n", "must be the table [settings]"),
    ],
)
def test_misplaced_keys_and_tables_are_named(text: str, message: str) -> None:
    with pytest.raises(KnownError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_policy(text)


def test_a_bom_and_a_latin1_file_get_a_sentence_saying_how_to_save_it(tmp_path: Path) -> None:
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b'\xef\xbb\xbforganisation = "BZK"\n')
    with pytest.raises(KnownError, match="byte-order mark"):
        load_policy(bom)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('organisation = "Ministerie"\n[settings]\nvp_code = "Jos\u00e9"\n'.encode("latin-1"))
    with pytest.raises(KnownError, match=r"is not UTF-8 text \(line 3 holds byte 0xE9\): save it as UTF-8"):
        load_policy(latin)


def test_invalid_user_settings_fall_back_to_defaults_and_nothing_is_clamped() -> None:
    assert effective_settings({"idle_lock_minutes": 60}, {}).idle_lock_minutes == 5
    assert effective_settings({"language": "de"}, {}).language == "nl"
    assert effective_settings({"idle_lock_minutes": 12}, {}).idle_lock_minutes == 12


def test_missing_policy_is_empty(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "none.toml") == ({}, "")


def test_the_suppression_keys_have_their_documented_defaults_and_bounds() -> None:
    defaults = effective_settings({}, {})
    assert (defaults.suppression_threshold, defaults.suppression_min_advisers, defaults.suppression_dominance) == (
        5,
        2,
        0.8,
    )
    for line in ("suppression_min_advisers = 0", "suppression_dominance = 0.2", "suppression_threshold = 1"):
        with pytest.raises(KnownError, match="outside the allowed range"):
            parse_policy("[settings]\n" + line)
    policy = parse_policy("[settings]\nsuppression_dominance = 1")
    assert effective_settings({}, policy).suppression_dominance == 1.0
    assert "suppression_dominance" in effective_settings({}, policy).locked


def test_no_environment_variable_replaces_the_machine_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(policy.DEV_POLICY_ENV)
    monkeypatch.setenv("VPDESK_POLICY", "/dev/null")  # the old override: gone
    assert policy.policy_path() == policy.machine_policy_path()


def test_the_development_policy_is_refused_by_a_packaged_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(policy.DEV_POLICY_ENV, str(tmp_path / "dev.toml"))
    assert policy.policy_path() == tmp_path / "dev.toml"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(KnownError, match="packaged build: it refuses VPDESK_DEV_POLICY"):
        policy.policy_path()


def test_an_option_cannot_change_a_key_it_set() -> None:
    settings = effective_settings({}, {"room_pool": "https://pool.example/"}, "BZK")
    with pytest.raises(KnownError, match="--pool cannot change 'room_pool': BZK sets it"):
        policy.refuse_override(settings, "room_pool", "local", "--pool")
    policy.refuse_override(settings, "room_pool", "https://pool.example/", "--pool")  # the same value: fine
    policy.refuse_override(effective_settings({}, {}), "room_pool", "local", "--pool")  # not set by IT: fine


def test_the_shipped_example_policy_is_valid_once_uncommented() -> None:
    values, org = policy.parse_policy_document((ROOT / "installer/policy/policy.toml").read_text(encoding="utf-8"))
    assert org and values


def _run(*argv: str) -> tuple[int, str, str]:
    import io

    from vpdesk.cli import Context, main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Context(io.StringIO(), out, err))
    return code, out.getvalue(), err.getvalue()


def test_vpdesk_policy_shows_each_value_and_where_it_came_from(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('organisation = "BZK"\n[settings]\nidle_lock_minutes = 3\n', encoding="utf-8")
    monkeypatch.setenv(policy.DEV_POLICY_ENV, str(path))
    (home / "settings.json").write_text('{"language": "en", "idle_lock_minutes": 9}', encoding="utf-8")
    code, out, _ = _run("policy", "--json")
    rows = {r["key"]: r for r in json.loads(out)["settings"]}
    assert code == 0
    assert rows["idle_lock_minutes"]["value"] == 3 and rows["idle_lock_minutes"]["source"] == f"policy {path} (BZK)"
    assert rows["language"]["value"] == "en" and rows["language"]["source"] == "user settings"
    assert rows["room_pool"]["source"] == "default" and rows["room_pool"]["allowed"].startswith('"local"')
    code, out, _ = _run("policy")
    assert code == 0 and f"Development policy: {path}\n" in out and "idle_lock_minutes" in out
    monkeypatch.delenv(policy.DEV_POLICY_ENV)
    assert _run("policy")[1].startswith(f"Machine policy: {policy.machine_policy_path()}")


def test_vpdesk_policy_check_validates_a_file_before_it_ships(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text('organisation = "BZK"\n[settings]\nlanguage = "en"\n', encoding="utf-8")
    bad.write_text("[settings]\nclipboard_clear_seconds = 99999999999\n", encoding="utf-8")
    assert _run("policy", "--check", str(good)) == (0, f"{good} is valid: BZK sets 1 key(s):\n  language = 'en'\n", "")
    code, out, err = _run("policy", "--check", str(bad))
    assert code == 1 and out == ""
    assert err == f"vpdesk: {bad}: 'clipboard_clear_seconds' is 99999999999, outside the allowed range 5 to 600.\n"
    assert _run("policy", "--check", str(tmp_path / "none.toml"))[2].endswith("does not exist.\n")


def test_the_command_line_cannot_override_the_pool_the_policy_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('organisation = "BZK"\n[settings]\nroom_pool = "https://pool.example/"\n', encoding="utf-8")
    monkeypatch.setenv(policy.DEV_POLICY_ENV, str(path))
    code, _, err = _run("rooms", "list", "--pool", "local")
    assert code == 1 and "--pool cannot change 'room_pool': BZK sets it in the machine policy." in err


def test_the_vault_cache_defaults_to_the_stores_and_is_bounded() -> None:
    from vpdesk.policy import VAULT_CACHE_MIB, Settings
    from vpdesk.store.connection import DEFAULT_CACHE_MIB

    assert Settings().vault_cache_mib == DEFAULT_CACHE_MIB
    assert effective_settings({"vault_cache_mib": 0}, {}).vault_cache_mib == DEFAULT_CACHE_MIB  # outside: default
    with pytest.raises(KnownError, match="outside the allowed range"):
        parse_policy(f"[settings]\nvault_cache_mib = {VAULT_CACHE_MIB[1] + 1}")
    assert effective_settings({"vault_cache_mib": 256}, {}).vault_cache_mib == 256
