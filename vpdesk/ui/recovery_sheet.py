"""The recovery-code sheet as a one-page PDF (QPdfWriter): the code and what to do with it. No case data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter


def write_recovery_sheet(path: str, code: str, today: date) -> None:
    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("RecoverySheet", "vpdesk herstelcode"))
    painter = QPainter(writer)
    try:
        width = writer.width()
        y = 0

        def block(text: str, size: float, bold: bool = False, family: str = "", height: int = 0) -> None:
            nonlocal y
            font = QFont(family) if family else QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            rect = QRectF(0, y, width, height or 2000)
            bounds = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
            y += int(bounds.height()) + 60

        block(QCoreApplication.translate("RecoverySheet", "Herstelcode voor uw vpdesk-kluis"), 18, bold=True)
        block(
            QCoreApplication.translate("RecoverySheet", "Aangemaakt op {date}").format(date=today.strftime("%d-%m-%Y")),
            10,
        )
        block(code, 20, bold=True, family="monospace")
        block(
            QCoreApplication.translate(
                "RecoverySheet",
                "Met deze code opent u uw kluis als u uw wachtwoordzin vergeten bent. Niemand anders heeft "
                "hem: ook IT of uw organisatie niet. Bewaar dit blad op een veilige plek, gescheiden van uw "
                "laptop, bijvoorbeeld in een afgesloten kast. Wie deze code en uw kluisbestand heeft, kan uw "
                "aantekeningen lezen.",
            ),
            11,
        )
    finally:
        painter.end()
