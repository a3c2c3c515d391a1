"""The frozen build's entry point (installer/vpdesk.spec): the same `vpdesk` command as the installed script."""

import sys

from vpdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
