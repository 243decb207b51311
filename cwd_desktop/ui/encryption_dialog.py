"""File > Szyfrowanie danych: encrypt or decrypt the store and its backups; the recovery key.

The conversion (``store.conversion``) runs in three parts so that the window
stays usable and nothing is lost: the backup and the verified copy on the
writer thread (with progress and Cancel), the swap on the GUI thread (where
no read can run meanwhile; it refuses if anything was saved in between), and
the backups on the writer thread again. After encrypting, the recovery key
is shown once with what to do with it.

``RecoveryKeyDialog`` asks for the recovery key when the store is encrypted
and its key is not in this computer's keyring (``unlock_interactively``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_encryption_dialog import Ui_EncryptionDialog
from cwd_desktop.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog

if TYPE_CHECKING:
    from cwd_desktop.store.conversion import BackupsReport, PreparedConversion

#: Groups of the recovery key per line in the dialog (two lines of eight).
GROUPS_PER_LINE = 8


def key_lines(recovery_key: str) -> str:
    """The recovery key on two lines, so the dialog stays narrow."""
    groups = recovery_key.split("-")
    return "\n".join(
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


class EncryptionDialog(QDialog):
    """Whether the store is encrypted, the buttons to change it, and the recovery key."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_EncryptionDialog()
        self.ui.setupUi(self)
        self._recovery_key: str | None = None
        self._busy = False
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.ui.keyLabel.setFont(font)
        self.ui.keyGroup.hide()
        self.ui.encryptButton.clicked.connect(lambda: self.convert(encrypt=True))
        self.ui.decryptButton.clicked.connect(lambda: self.convert(encrypt=False))
        self.ui.showKeyButton.clicked.connect(self.show_recovery_key)
        self.ui.copyButton.clicked.connect(self._copy_key)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    # -- state -------------------------------------------------------------------

    def refresh(self) -> None:
        """Say what is encrypted now and enable the buttons that make sense."""
        from cwd_desktop.store.backup import list_backups
        from cwd_desktop.store.encryption import status

        store = self.services.store
        state = status(store.data_dir, list_backups(store.backup_dir))
        if not state.available:
            text = self.tr(
                "Szyfrowanie jest niedostępne w tej instalacji programu (brak modułu sqlcipher3)."
            )
        elif store.encrypted:
            text = self.tr(
                "Baza danych {path} jest zaszyfrowana, a klucz jest w systemowym magazynie haseł."
            ).format(path=store.path)
        else:
            text = self.tr("Baza danych {path} nie jest zaszyfrowana.").format(path=store.path)
        if store.encrypted and state.plain_backups:
            text += " " + self.tr(
                "Niezaszyfrowanych kopii zapasowych: {n} — „Zaszyfruj…” je przepisze."
            ).format(n=state.plain_backups)
        self.ui.statusLabel.setText(text)
        idle = not self._busy
        self.ui.encryptButton.setEnabled(
            idle and state.available and (not store.encrypted or state.plain_backups > 0)
        )
        self.ui.decryptButton.setEnabled(idle and state.available and store.encrypted)
        self.ui.showKeyButton.setEnabled(idle and store.encrypted)
        self.ui.buttonBox.setEnabled(idle)

    def recovery_key(self) -> str | None:
        """The recovery key shown in the dialog (None while it is hidden)."""
        return self._recovery_key if self.ui.keyGroup.isVisible() else None

    def show_recovery_key(self) -> None:
        """Show the key of the encrypted store with what to do with it."""
        from cwd_desktop.store.encryption import format_recovery_key

        key = self.services.store.key
        if key is None:
            return
        self._recovery_key = format_recovery_key(key)
        self.ui.keyLabel.setText(key_lines(self._recovery_key))
        self.ui.keyGroup.show()
        self.ui.showKeyButton.setEnabled(False)
        self.adjustSize()  # room for the key, never narrower than the form's minimum

    def _copy_key(self) -> None:
        if self._recovery_key:
            QGuiApplication.clipboard().setText(self._recovery_key)

    # -- the conversion ----------------------------------------------------------

    def convert(self, encrypt: bool) -> None:
        """Ask, then encrypt (or decrypt) the store and its backups."""
        store = self.services.store
        if encrypt and store.encrypted:
            self._convert_backups(store.key)
            return
        question = (
            self.tr(
                "Zaszyfrować bazę danych i wszystkie jej kopie zapasowe?\n\n"
                "Najpierw powstanie kopia zapasowa; cała operacja potrwa chwilę. Zmian "
                "zapisanych w tym czasie nie będzie można wprowadzać."
            )
            if encrypt
            else self.tr(
                "Odszyfrować bazę danych i wszystkie jej kopie zapasowe?\n\n"
                "Dane (w tym osobowe) będą zapisane na dysku bez szyfrowania."
            )
        )
        if not messages.confirm(self, question):
            return
        from cwd_desktop.store.conversion import prepare_conversion, target_key

        def work(progress: Any) -> PreparedConversion:
            return prepare_conversion(store, target_key(store, encrypt), progress)

        label = self.tr("Szyfrowanie bazy…") if encrypt else self.tr("Odszyfrowywanie bazy…")
        self._set_busy(True)
        Operation(self, work).success(self._install).failure(self._failed).with_progress(
            label
        ).run_in_background()

    def _install(self, prepared: PreparedConversion) -> None:
        """The swap, on the GUI thread: no page reads from the store while it happens."""
        from cwd_desktop.store.conversion import install_conversion

        store = self.services.store
        old_key = store.key
        try:
            install_conversion(store, prepared)
        except UserError as exc:
            self._set_busy(False)
            messages.show_user_error(self, exc)
            return
        self._convert_backups(old_key or prepared.key)

    def _convert_backups(self, from_key: bytes | None) -> None:
        from cwd_desktop.store.conversion import convert_backups

        store = self.services.store
        self._set_busy(True)
        Operation(
            self,
            lambda progress: convert_backups(store.backup_dir, from_key, store.key, progress),
        ).success(self._done).failure(self._failed).with_progress(
            self.tr("Przepisywanie kopii zapasowych…")
        ).run_in_background()

    def _done(self, report: BackupsReport) -> None:
        self._set_busy(False)
        store = self.services.store
        if report.skipped:
            messages.warning(
                self,
                self.tr(
                    "Tych kopii zapasowych nie udało się odczytać, więc pozostały bez zmian: "
                    "{files}."
                ).format(files=", ".join(p.name for p in report.skipped)),
            )
        if store.encrypted:
            self.show_recovery_key()
        else:
            self.ui.keyGroup.hide()
            self._recovery_key = None
            messages.info(
                self,
                self.tr(
                    "Baza i jej kopie zapasowe nie są już zaszyfrowane. Klucz pozostał "
                    "w systemowym magazynie haseł, aby dało się otworzyć starsze "
                    "zaszyfrowane kopie."
                ),
            )

    def _failed(self, exc: BaseException) -> None:
        from cwd_desktop.errors import Cancelled
        from cwd_desktop.ui import crash

        self._set_busy(False)
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            messages.show_user_error(self, exc)
        else:
            crash.report(self, type(exc), exc, exc.__traceback__)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh()


class RecoveryKeyDialog(QDialog):
    """Asks for the recovery key of an encrypted store; accepts only a key that opens it."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cwd_desktop.config import DB_FILENAME

        self.data_dir = data_dir
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(
            self.tr(
                "Baza {path} jest zaszyfrowana, a jej klucza nie ma w systemowym magazynie "
                "haseł tego komputera. Wpisz klucz odzyskiwania, który program pokazał przy "
                "szyfrowaniu; zostanie zapamiętany i baza otworzy się bez pytania."
            ).format(path=data_dir / DB_FILENAME)
        )
        self.ui.keyEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Check the key against the file and keep it in the keyring; stay open if it is wrong."""
        from cwd_desktop.store.encryption import unlock

        try:
            unlock(self.data_dir, self.ui.keyEdit.text())
        except UserError as exc:
            self.ui.errorLabel.setText(messages.render(exc))
            self.ui.errorLabel.show()
            self.ui.keyEdit.setFocus()
            self.ui.keyEdit.selectAll()
            return
        super().accept()


def unlock_interactively(data_dir: Path, parent: QWidget | None = None) -> bool:
    """Ask for the recovery key of the store in ``data_dir``; True once it is in the keyring.

    For ``ui.app.open_or_recover`` when ``open_store`` raises ``MissingKey``.
    """
    dialog = RecoveryKeyDialog(data_dir, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
