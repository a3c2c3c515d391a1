"""`python -m vpdesk` and the `vpdesk` command: no arguments opens the app, a subcommand runs headless."""

from __future__ import annotations

import sys


def main() -> int:
    from vpdesk.hardening import harden_process
    from vpdesk.policy import policy_wipes_memory

    missing = harden_process(policy_wipes_memory())  # before any secret is read: no core dumps, no ptrace
    import logging
    import os

    from vpdesk.log import setup_logging

    os.umask(0o077)  # everything vpdesk creates (vault folder, database, log, exports) is the adviser's alone
    setup_logging()
    if missing:
        logging.getLogger("vpdesk").warning("process hardening not available here: %s", ", ".join(missing))
    if sys.argv[1:] == ["--gui-probe"]:  # `vpdesk selftest` starts the GUI stack in a child process
        from vpdesk.ui.probe import main as probe

        return probe()
    if len(sys.argv) > 1:
        from vpdesk.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from vpdesk.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
