"""Help > O programie: what is installed, when it was built, where the data lives.

A support call starts with "which version do you have and where is your data
folder?", so the dialog shows exactly that, selectable for copying. The build
date comes from ``build_info.ini``, which ``packaging/cwd-desktop.spec``
writes into the bundle's resources at package time; a source checkout has no
such file and says it is a development version.
"""

from __future__ import annotations

import configparser
import html
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QIcon, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cwd_desktop import APP_DISPLAY_NAME, __version__
from cwd_desktop.resources import resources_dir
from cwd_desktop.services.app import Services

BUILD_INFO_FILENAME = "build_info.ini"


@dataclass(frozen=True)
class BuildInfo:
    """What the packager recorded: the version it built and when (ISO date)."""

    version: str
    date: str


def read_build_info(path: Path | None = None) -> BuildInfo | None:
    """The packaged build's record, or None in a source checkout (no file or unreadable)."""
    if path is None:
        try:
            path = resources_dir() / BUILD_INFO_FILENAME
        except FileNotFoundError:
            return None
    parser = configparser.ConfigParser()
    try:
        if not parser.read(path, encoding="utf-8"):
            return None
        return BuildInfo(parser.get("build", "version"), parser.get("build", "date"))
    except (configparser.Error, UnicodeDecodeError):
        return None


class AboutDialog(QMessageBox):
    """Name, version, build date, Qt/PySide/Python versions, data folder and licence.

    A message box (icon, rich text, one Close button) is all this needs; the
    text is selectable so a user can paste it into a support e-mail.
    """

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        build: BuildInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("O programie"))
        icon = QIcon(str(resources_dir() / "icons" / "cwd-desktop.svg"))
        self.setIconPixmap(icon.pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.build = build if build is not None else read_build_info()
        self.setText(
            "<h3>{name} {version}</h3><p>{about}</p>".format(
                name=APP_DISPLAY_NAME,
                version=html.escape(__version__),
                about=self.tr(
                    "Program dla doradców i koordynatorów Centrum Wsparcia Doradczego "
                    "pracujących z partnerstwami JST."
                ),
            )
        )
        self.setInformativeText(self._details(services))
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)
        for label in self.findChildren(QLabel):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            label.setOpenExternalLinks(True)

    def build_date_text(self) -> str:
        """The build date, or the note that this is not a packaged build."""
        if self.build is None:
            return self.tr("wersja deweloperska (uruchomiona ze źródeł)")
        return self.build.date

    def _details(self, services: Services) -> str:
        store = services.store
        folder = store.data_dir
        url = QUrl.fromLocalFile(str(folder)).toString()
        link = f'<a href="{url}">{html.escape(str(folder))}</a>'
        rows = (
            (self.tr("Data kompilacji:"), html.escape(self.build_date_text())),
            (self.tr("Folder danych:"), link),
            (self.tr("Plik danych:"), html.escape(store.path.name)),
            (
                self.tr("Rejestr TERYT:"),
                self.tr("{units} JST").format(units=len(services.teryt)),
            ),
            ("Qt:", html.escape(qVersion())),
            ("PySide6:", html.escape(pyside_version)),
            ("Python:", html.escape(sys.version.split()[0])),
        )
        table = "".join(
            f"<tr><td style='padding-right:12px'>{name}</td><td>{value}</td></tr>"
            for name, value in rows
        )
        licence = self.tr(
            "Oprogramowanie programu Centrum Wsparcia Doradczego, do użytku jego doradców. "
            "Wykorzystuje Qt i PySide6 na licencji LGPL v3."
        )
        return f"<table>{table}</table><p><small>{html.escape(licence)}</small></p>"

    def plain_text(self) -> str:
        """Everything the dialog says, as plain text (what a user would copy)."""
        parts = []
        for rich in (self.text(), self.informativeText()):
            document = QTextDocument()
            document.setHtml(rich)
            parts.append(document.toPlainText())
        return "\n".join(parts)
