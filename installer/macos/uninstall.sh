#!/bin/sh
# Removes vpdesk from a Mac (run as root, e.g. from Jamf): the app and the package receipt. It never removes an
# adviser's vault (~/Library/Application Support/vpdesk) or the machine policy (the configuration profile is
# removed in Jamf; /Library/Application Support/vpdesk/policy.toml, if IT placed one, stays unless --purge-policy).
set -eu
if [ "$(id -u)" != "0" ]; then echo "run as root: sudo $0" >&2; exit 1; fi
pkill -x vpdesk 2>/dev/null || true
rm -rf "/Applications/vpdesk.app"
pkgutil --forget nl.vpdesk.vpdesk.pkg >/dev/null 2>&1 || true
if [ "${1:-}" = "--purge-policy" ]; then rm -f "/Library/Application Support/vpdesk/policy.toml"; fi
echo "vpdesk removed; advisers' vaults in their home folders are kept."
