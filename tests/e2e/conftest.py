from tests.cli.conftest import cli  # noqa: F401  (the in-process command line, for the app-vs-CLI comparisons)
