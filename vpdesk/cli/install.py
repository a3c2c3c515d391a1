"""What IT runs on a machine: `vpdesk policy` (the settings in force and where each came from),
`vpdesk policy --check FILE` (validate a policy before shipping it) and `vpdesk verify` (is this installation ours
and unaltered)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vpdesk.cli.context import Context, Subparsers, command, home
from vpdesk.policy import machine_policy_path
from vpdesk.services import policy_info, verify


def register(sub: Subparsers) -> None:
    p = command(sub, "policy", cmd_policy, "the settings in force and where each came from", vault=False)
    p.add_argument("--home", help="vault folder whose user settings count (default: $VPDESK_HOME or the user folder)")
    p.add_argument("--check", type=Path, metavar="FILE", help="validate a policy file as the app would read it")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = command(sub, "verify", cmd_verify, "check every installed file against the signed manifest", vault=False)
    p.add_argument("--keyring", type=Path, help="verify with this public key instead of the installed keyring")
    p.add_argument("--root", type=Path, help=argparse.SUPPRESS)  # tests: an installation unpacked elsewhere


def cmd_policy(args: argparse.Namespace, ctx: Context) -> int:
    if args.check is not None:
        values, org = policy_info.check_file(args.check)
        ctx.out(f"{args.check} is valid: {org} sets {len(values)} key(s)" + (":" if values else "."))
        for name, value in values.items():
            ctx.out(f"  {name} = {value!r}")
        return 0
    rows, path, _ = policy_info.effective(home(args))
    if args.json:
        data = [{"key": r.name, "value": r.value, "source": r.source, "allowed": r.allowed} for r in rows]
        ctx.out(json.dumps({"policy_file": str(path), "settings": data}, indent=1))
        return 0
    label = "Development policy" if path != machine_policy_path() else "Machine policy"
    ctx.out(f"{label}: {path}" + ("" if path.exists() else " (none)"))
    width = max(len(r.name) for r in rows)
    for r in rows:
        ctx.out(f"{r.name:<{width}}  {r.value!r:<28} {r.source}   [allowed: {r.allowed}]")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    report = verify.verify_installation(args.root, args.keyring)
    for line in report.details:
        ctx.out(line)
    ctx.out(report.summary)
    return report.exit_code
