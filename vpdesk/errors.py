"""The two kinds of error (DESIGN.md): a KnownError is the environment's or the user's, everything else is a bug."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class KnownError(Exception):
    """A problem the user can act on: wrong passphrase, damaged file, unreachable server.

    ``message`` and ``hint`` are plain English sentences, written as constants with ``{name}`` placeholders
    filled from ``fields``: KnownError("There is no case {case}.", case=7). The command line prints them
    filled in; the UI translates the constant (Qt Linguist, context "KnownError") and then fills it in.
    tests/test_known_errors.py keeps every such sentence translated. Never put case content in a field.
    """

    def __init__(self, message: str, *, hint: str = "", **fields: object) -> None:
        self.template, self.hint_template = message, hint
        self.fields = {name: str(value) for name, value in fields.items()}
        self.message = message.format(**self.fields) if fields else message
        self.hint = hint.format(**self.fields) if fields else hint
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class WrongPassphrase(KnownError):
    def __init__(self) -> None:
        super().__init__("Wrong passphrase.")


class VaultDamaged(KnownError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The vault is damaged or has been tampered with.",
            hint=detail or "Restore it from a backup with 'vpdesk restore FILE'.",
        )


class VaultMissing(KnownError):
    pass


class VaultLocked(KnownError):
    def __init__(self) -> None:
        super().__init__("The vault is locked.")


def known_sentence(text: str) -> str:
    """Marks a KnownError sentence that is kept in a table rather than written at the raise (for translation)."""
    return text


class Note(KnownError):
    """A sentence to show that is not an error (an import's outcome, say): a constant template with fields,
    translated in the UI exactly like KnownError's. Never raised."""


@contextlib.contextmanager
def writing(path: object) -> Iterator[None]:
    """Writing a file the user chose: a folder that is missing or not writable, a full disk, is a KnownError
    that names the file, not a bug."""
    try:
        yield
    except OSError as exc:
        raise KnownError(
            "The file {path} cannot be written: {problem}.", path=path, problem=exc.strerror or exc
        ) from None
