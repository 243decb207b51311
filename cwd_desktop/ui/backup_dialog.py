"""File > Kopie zapasowe: the backups of the store, a new one now, and restoring one.

Restoring replaces the whole store, so it is confirmed, and the chosen file
is verified (and the current store backed up as "before-restore") on the
background writer thread before anything changes. The swap itself needs
the store closed: the dialog hands the verified copy to the main window
(``sig_restore_ready``), which closes; ``ui.app`` installs the copy and
opens the window again on the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QTreeWidgetItem,
    QWidget,
)

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_backup_dialog import Ui_BackupDialog

if TYPE_CHECKING:
    from cwd_desktop.store.backup import BackupInfo
    from cwd_desktop.store.restore import PreparedRestore

#: Why a backup was made, as the list shows it.
REASON_LABELS: dict[str, str] = {
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "ręczna"),
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "codzienna"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "przed przywróceniem innej kopii"),
    "before-encryption": QT_TRANSLATE_NOOP("BackupDialog", "przed zaszyfrowaniem bazy"),
    "before-decryption": QT_TRANSLATE_NOOP("BackupDialog", "przed odszyfrowaniem bazy"),
}
PathRole = Qt.ItemDataRole.UserRole


def reason_label(reason: str) -> str:
    """A backup's reason in the UI language ("before-0005": before a schema update)."""
    label = REASON_LABELS.get(reason)
    if label:
        return QCoreApplication.translate("BackupDialog", label)
    if reason.startswith("before-"):
        return QCoreApplication.translate(
            "BackupDialog", "przed aktualizacją bazy (schemat {revision})"
        ).format(revision=reason.removeprefix("before-"))
    return reason or QCoreApplication.translate("BackupDialog", "inna")


def made_text(info: BackupInfo) -> str:
    """When a backup was made, as people read it."""
    return info.made_at.strftime("%d.%m.%Y %H:%M")


class BackupDialog(QDialog):
    """The list of backups with "back up now", "restore" and the automatic-backup settings."""

    #: A verified restore (``PreparedRestore``) is ready to be swapped in.
    sig_restore_ready = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        store = services.store
        self.ui.introLabel.setText(
            self.tr(
                "Kopie bazy {path} są w folderze {folder}. Przywrócenie kopii zastępuje "
                "całą bazę; obecna zostaje najpierw zachowana jako kopia „przed "
                "przywróceniem innej kopii”."
            ).format(path=store.path, folder=store.backup_dir)
        )
        header = self.ui.backupList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        settings = store.settings
        self.ui.dailyCheck.setChecked(bool(settings.get("backups_daily")))
        self.ui.keepSpin.setValue(int(settings.get("backups_keep")))
        self.ui.dailyCheck.toggled.connect(lambda on: self._save("backups_daily", bool(on)))
        self.ui.keepSpin.valueChanged.connect(lambda n: self._save("backups_keep", int(n)))
        self.ui.createButton.clicked.connect(self.create_backup)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.restoreFileButton.clicked.connect(self.choose_file)
        self.ui.folderButton.clicked.connect(self._open_folder)
        self.ui.backupList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupList.itemActivated.connect(lambda *_: self.restore_selected())
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def _save(self, key: str, value: object) -> None:
        try:
            self.services.store.settings.set(key, value)
        except OSError as exc:  # a full or read-only disk
            messages.error(
                self,
                self.tr("Nie udało się zapisać ustawień: {reason}.").format(
                    reason=exc.strerror or exc
                ),
            )

    # -- the list ----------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Re-read the backups folder, newest first; select ``select`` or the newest."""
        view = self.ui.backupList
        view.clear()
        locale = QLocale()
        for info in self.services.store.backups():
            item = QTreeWidgetItem(
                [
                    made_text(info),
                    reason_label(info.reason),
                    locale.formattedDataSize(
                        info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                ]
            )
            item.setData(0, PathRole, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.addTopLevelItem(item)
        view.resizeColumnToContents(0)
        view.setColumnWidth(0, view.columnWidth(0) + 24)
        items = [view.topLevelItem(row) for row in range(view.topLevelItemCount())]
        chosen = next(
            (i for i in items if i is not None and i.data(0, PathRole) == str(select)),
            items[0] if items else None,
        )
        if chosen is not None:
            view.setCurrentItem(chosen)
            self.ui.statusLabel.clear()
        else:
            self.ui.statusLabel.setText(
                self.tr("Nie ma jeszcze żadnej kopii zapasowej — utwórz pierwszą.")
            )
        self._update_buttons()

    def selected_path(self) -> Path | None:
        """The backup chosen in the list."""
        item = self.ui.backupList.currentItem()
        return Path(item.data(0, PathRole)) if item is not None else None

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected_path() is not None)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.ui.createButton,
            self.ui.restoreButton,
            self.ui.restoreFileButton,
        ):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    # -- actions -----------------------------------------------------------------

    def create_backup(self) -> None:
        """Write a verified backup now, on the writer thread."""
        store = self.services.store

        def done(path: Path) -> None:
            self._busy(False)
            self.refresh(select=path)
            self.ui.statusLabel.setText(
                self.tr("Zapisano kopię zapasową: {path}").format(path=path)
            )

        def failed(exc: BaseException) -> None:
            self._busy(False)
            _report(self, exc)

        self._busy(True)
        Operation(self, lambda _progress: store.backup("manual")).success(done).failure(
            failed
        ).with_progress(self.tr("Zapisywanie kopii zapasowej…")).run_in_background()

    def restore_selected(self) -> None:
        """Ask, then restore the backup chosen in the list."""
        item = self.ui.backupList.currentItem()
        path = self.selected_path()
        if item is None or path is None:
            return
        question = self.tr(
            "Przywrócić bazę z kopii z {date} ({reason})?\n\n"
            "Dane zmienione po tej chwili zostaną zastąpione (obecna baza zostanie "
            "zachowana jako kopia). Okno programu zamknie się i otworzy ponownie "
            "z przywróconymi danymi."
        ).format(date=item.text(0), reason=item.text(1))
        if messages.confirm(self, question):
            self.restore_from(path)

    def choose_file(self) -> None:
        """Restore from a backup file elsewhere (a pendrive, another folder)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Wybierz kopię zapasową bazy"),
            str(self.services.store.backup_dir),
            self.tr("Kopie bazy CWD (*.sqlite3);;Wszystkie pliki (*)"),
        )
        if not name:
            return
        question = self.tr(
            "Przywrócić bazę z pliku {path}?\n\n"
            "Obecna baza zostanie zachowana jako kopia. Okno programu zamknie się "
            "i otworzy ponownie z przywróconymi danymi."
        ).format(path=name)
        if messages.confirm(self, question):
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        """Verify ``path`` and back up the current store in the background, then hand over.

        A bad file is reported in one sentence and nothing changes.
        """
        from cwd_desktop.store.restore import prepare_while_open

        store = self.services.store
        keep = int(store.settings.get("backups_keep"))

        def ready(prepared: PreparedRestore) -> None:
            self._busy(False)
            self.sig_restore_ready.emit(prepared)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.refresh()
            _report(self, exc)

        self._busy(True)
        Operation(self, lambda _progress: prepare_while_open(store.data_dir, path, keep)).success(
            ready
        ).failure(failed).with_progress(
            self.tr("Sprawdzanie kopii i zabezpieczanie obecnej bazy…")
        ).run_in_background()

    def _open_folder(self) -> None:
        folder = self.services.store.backup_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _report(parent: QWidget, exc: BaseException) -> None:
    """A UserError as a message; anything else is a bug for the crash dialog."""
    from cwd_desktop.errors import UserError
    from cwd_desktop.ui import crash

    if isinstance(exc, UserError):
        messages.show_user_error(parent, exc)
    else:
        crash.report(parent, type(exc), exc, exc.__traceback__)
