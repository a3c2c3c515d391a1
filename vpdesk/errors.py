"""The two kinds of error (DESIGN.md): a KnownError is the environment's or the user's, everything else is a bug."""

from __future__ import annotations

import contextlib
import errno
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


# What the operating system said, as a part of a sentence that the app translates like the sentence around it
# (the OS's own strerror is English whatever the app's language).
OS_PROBLEMS: dict[int, str] = {
    errno.EACCES: known_sentence("permission denied"),
    errno.EPERM: known_sentence("the operation is not permitted"),
    errno.ENOENT: known_sentence("the file or folder does not exist"),
    errno.ENOSPC: known_sentence("the disk is full"),
    errno.EROFS: known_sentence("the disk is read-only"),
    errno.EISDIR: known_sentence("it is a folder"),
    errno.ENOTDIR: known_sentence("a part of the path is not a folder"),
    errno.EEXIST: known_sentence("it already exists"),
    errno.ENAMETOOLONG: known_sentence("the name is too long"),
    errno.EIO: known_sentence("the disk reported a read or write error"),
    errno.EFBIG: known_sentence("the file is too large"),
    errno.EBUSY: known_sentence("the file is in use"),
    getattr(errno, "EDQUOT", errno.ENOSPC): known_sentence("the disk is full"),
}
OS_PROBLEM_TEXTS = frozenset(OS_PROBLEMS.values())


def os_problem(exc: OSError) -> str:
    """The operating system's reason as a sentence part the app can translate; its own words when unknown."""
    return OS_PROBLEMS.get(exc.errno or -1) or exc.strerror or type(exc).__name__


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
        raise KnownError("The file {path} cannot be written: {problem}.", path=path, problem=os_problem(exc)) from None
