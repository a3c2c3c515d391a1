"""The two kinds of error (DESIGN.md): a KnownError is the environment's or the user's, everything else is a bug."""


class KnownError(Exception):
    """A problem the user can act on: wrong passphrase, damaged file, unreachable server.

    ``message`` is one plain English sentence; the UI translates it through Qt Linguist (context "KnownError").
    It never contains case content.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

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
