"""The recovery-code sheet, printed on paper: the code and what to do with it. No case data.

It goes straight to a printer through the print dialog (QtPrintSupport), never to a file: a PDF of the code
lying on the laptop it protects would open the vault for whoever takes the laptop (issue 15 point 3). The
dialog's "print to file" option is switched off; what the printer spooler keeps is the operating system's
(CUPS removes a job's spool file once it has printed; docs/threat-model.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def paint_recovery_sheet(device: QPagedPaintDevice, code: str, today: date) -> bool:
    """Draw the sheet on ``device`` (a printer; a PDF writer in tests). False when the device cannot be drawn on."""
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        width = device.width()
        unit = max(1, device.logicalDpiY()) / 300  # the layout is made for 300 dpi
        y = 0

        def block(text: str, size: float, bold: bool = False, family: str = "") -> None:
            nonlocal y
            font = QFont(family) if family else QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            rect = QRectF(0, y, width, 2000 * unit)
            bounds = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
            y += int(bounds.height() + 60 * unit)

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
        block(
            QCoreApplication.translate(
                "RecoverySheet",
                "Maak geen foto, scan of kopie van dit blad en bewaar de code niet in een bestand of e-mail. "
                "Een eerder blad is ongeldig zodra u een nieuwe code hebt gekregen: vernietig het.",
            ),
            11,
            bold=True,
        )
    finally:
        painter.end()
    return True


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system's print dialog, without its "print to file" choice. True when the adviser chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Herstelcode afdrukken"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_recovery_sheet(
    parent: QWidget | None,
    code: str,
    today: date,
    ask: Callable[[QPrinter, QWidget | None], bool] = ask_printer,
    printers: Callable[[], bool] | None = None,
) -> bool:
    """Print the sheet on a printer the adviser picks. True when it went to the printer; a message says why not
    when there is no printer or printing failed (a cancel says nothing)."""
    if not (printers or has_printer)():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RecoverySheet", "Geen printer"),
            QCoreApplication.translate(
                "RecoverySheet",
                "Er is geen printer ingesteld op deze computer. Schrijf de code met de hand over op papier; "
                "bewaar hem niet als bestand.",
            ),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "vpdesk herstelcode"))
    printer.setCreator("vpdesk")
    if not ask(printer, parent):
        return False
    if not paint_recovery_sheet(printer, code, today):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecoverySheet", "Afdrukken mislukt"),
            QCoreApplication.translate("RecoverySheet", "De printer kon het blad niet afdrukken."),
        )
        return False
    return True
