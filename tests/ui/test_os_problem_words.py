"""The operating system's part of a file error is in the app's language (the OS's strerror is always English)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from vpdesk.errors import OS_PROBLEMS, KnownError, writing
from vpdesk.ui.application import install_translation
from vpdesk.ui.errors import describe


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    for translator in qapp.findChildren(QTranslator):  # as the other tests expect it: no translator
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _unwritable(tmp_path: Path) -> KnownError:
    """What `writing` makes of the OS's refusal (raised here: this test may run as root, who writes anywhere)."""
    with pytest.raises(KnownError) as caught, writing(tmp_path / "uit.csv"):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "uit.csv"))
    return caught.value


def test_permission_denied_reads_dutch_in_the_dutch_app(app: QApplication, tmp_path: Path) -> None:
    exc = _unwritable(tmp_path)
    assert install_translation(app, "nl") is not None
    text = describe(exc)
    assert "toegang geweigerd" in text and "Permission denied" not in text and "permission denied" not in text
    assert install_translation(app, "en") is not None
    assert "permission denied" in describe(exc)


def test_every_os_problem_has_a_dutch_words(app: QApplication) -> None:
    assert install_translation(app, "nl") is not None
    untranslated = [
        text
        for text in set(OS_PROBLEMS.values())
        if describe(KnownError("The file {path} cannot be written: {problem}.", path="x", problem=text)).endswith(
            f"{text}."
        )
    ]
    assert untranslated == []


def test_the_app_alone_says_it_shows_the_own_bookings_when_the_pool_is_out_of_reach(app: QApplication) -> None:
    from vpdesk.rooms.http import Unreachable

    exc = Unreachable("pool.example")
    assert "shown read-only" not in str(exc)  # the command line's words
    assert install_translation(app, "en") is not None
    assert describe(exc).endswith("Your own bookings are shown read-only; nothing was booked or cancelled.")
