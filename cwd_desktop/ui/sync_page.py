"""The "Synchronizacja" area: where the central store is, sync now, and bundles for no network.

The server settings are plain settings; the password goes only to the
operating system's keyring (``sync.config``) or is typed for one sync and
forgotten. Sync and bundle work run on the writer thread through
``Operation`` with a progress dialog and Cancel; a ``UserError`` (server
unreachable, wrong password, an outdated client…) is shown by Operation as
one sentence.

The page does not depend on the partnership shown: sync covers every
partnership the advisor is assigned to. Several ``sync.*`` modules load
SQLAlchemy, so they are imported inside the methods, never when the page
module is imported (UI modules stay ORM-free for the fast first paint).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_sync_page import Ui_SyncPage

if TYPE_CHECKING:
    from cwd_desktop.services.progress import Progress
    from cwd_desktop.store import Store
    from cwd_desktop.sync.config import ServerConfig
    from cwd_desktop.sync.report import BundleReport, SyncReport

BUNDLE_SUFFIX = ".cwdsync"


@dataclass(frozen=True)
class SyncStatus:
    """What the page and the status bar say about sync."""

    last_sync: datetime | None
    pending: int
    conflicts: int


def read_status(store: Store) -> SyncStatus:
    """Last sync, pending changes and open conflicts of this device (imports the sync core)."""
    from cwd_desktop.sync.client import last_sync
    from cwd_desktop.sync.conflicts import count_open

    return SyncStatus(last_sync(store), store.pending_changes(), count_open(store))


def format_moment(moment: datetime | None) -> str:
    """A sync time in the computer's time zone as dd.mm.rrrr gg:mm, or "nigdy"."""
    if moment is None:
        return QCoreApplication.translate("SyncPage", "nigdy")
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def sync_summary(report: SyncReport) -> str:
    """One paragraph with a sync's counts, for the page and the status bar."""
    translate = QCoreApplication.translate
    parts = [
        translate("SyncPage", "Wysłane zmiany: {n}").format(n=report.pushed),
        translate("SyncPage", "pobrane zmiany: {n}").format(n=report.pulled),
        translate("SyncPage", "nowe konflikty: {n}").format(n=report.new_conflicts),
        translate("SyncPage", "otwarte konflikty: {n}").format(n=report.open_conflicts),
    ]
    if report.already_there:
        parts.append(
            translate("SyncPage", "już były na serwerze: {n}").format(n=report.already_there)
        )
    if report.held_back:
        parts.append(translate("SyncPage", "wstrzymane: {n}").format(n=report.held_back))
    if report.blobs_sent or report.blobs_received:
        parts.append(
            translate("SyncPage", "pliki wysłane/pobrane: {sent}/{received}").format(
                sent=report.blobs_sent, received=report.blobs_received
            )
        )
    head = translate("SyncPage", "Synchronizacja zakończona {when}.").format(
        when=format_moment(report.finished_at or datetime.now().astimezone())
    )
    return f"{head} {', '.join(parts)}."


def bundle_summary(report: BundleReport, exported: bool) -> str:
    """What an export or import of a ``.cwdsync`` bundle did."""
    translate = QCoreApplication.translate
    name = Path(report.path).name
    if exported:
        return translate("SyncPage", "Zapisano pakiet {name}. Zmiany: {n}, pliki: {blobs}.").format(
            name=name, n=report.mutations, blobs=report.blobs
        )
    text = translate(
        "SyncPage",
        "Wczytano pakiet {name}. Zastosowane zmiany: {applied}, już obecne: {there}, "
        "nowe konflikty: {conflicts}.",
    ).format(
        name=name,
        applied=report.applied,
        there=report.already_there,
        conflicts=report.new_conflicts,
    )
    if report.missing_rows:
        text += " " + translate(
            "SyncPage", "Zmiany rekordów, których nie ma na tym komputerze: {n}."
        ).format(n=report.missing_rows)
    return text


_NO_USER = QT_TRANSLATE_NOOP("errors", "Podaj nazwę użytkownika (doradcy) na serwerze centralnym.")
_NO_CA = QT_TRANSLATE_NOOP("errors", "Nie ma pliku CA {path}.")


class SyncPage(QWidget):
    """Server settings, "Synchronizuj teraz", status, conflicts and offline bundles."""

    #: The local data changed through sync, a bundle import or resolved conflicts:
    #: the main window refreshes its list, status bar and pages.
    sig_synced = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)  # settings and syncs are not undone
        self.status: SyncStatus | None = None
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        bold = self.ui.syncButton.font()
        bold.setBold(True)
        self.ui.syncButton.setFont(bold)
        self.ui.columns.setStretch(0, 1)
        self.ui.columns.setStretch(1, 1)
        self._fill_form()
        ui = self.ui
        ui.caEdit.textChanged.connect(self._update_tls_hint)
        ui.caButton.clicked.connect(self._pick_ca_file)
        ui.saveButton.clicked.connect(self.save_settings)
        ui.forgetButton.clicked.connect(self.forget_password)
        ui.syncButton.clicked.connect(self.sync_now)
        ui.conflictsButton.clicked.connect(self.open_conflicts_dialog)
        ui.exportButton.clicked.connect(lambda: self.export_bundle_dialog())
        ui.importButton.clicked.connect(lambda: self.import_bundle_dialog())
        ui.keyButton.clicked.connect(self.save_team_key)
        ui.keyEdit.returnPressed.connect(self.save_team_key)
        self._update_tls_hint()
        self._update_password_note()
        self._update_key_note()
        self.refresh()

    # -- the area protocol ------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Sync is not per partnership; showing the page refreshes its counts."""
        self.undo_stack.clear()
        self.refresh()

    # -- status -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the last sync time and the pending and conflict counts."""
        self.status = read_status(self._services.store)
        ui = self.ui
        ui.lastSyncValue.setText(format_moment(self.status.last_sync))
        ui.pendingValue.setText(str(self.status.pending))
        ui.conflictsValue.setText(str(self.status.conflicts))
        ui.conflictsButton.setEnabled(self.status.conflicts > 0)

    # -- server settings --------------------------------------------------------------

    def _fill_form(self) -> None:
        from cwd_desktop.sync.config import load_config

        config = load_config(self._services.store.settings)
        if config is None:
            return
        ui = self.ui
        ui.hostEdit.setText(config.host)
        ui.portSpin.setValue(config.port)
        ui.dbEdit.setText(config.dbname)
        ui.userEdit.setText(config.user)
        ui.caEdit.setText(config.ca_file)

    def form_config(self) -> ServerConfig:
        """The server as typed in the form (not necessarily saved)."""
        from cwd_desktop.sync.config import ServerConfig

        ui = self.ui
        return ServerConfig(
            host=ui.hostEdit.text().strip(),
            user=ui.userEdit.text().strip(),
            port=ui.portSpin.value(),
            dbname=ui.dbEdit.text().strip() or "cwd",
            ca_file=ui.caEdit.text().strip(),
        )

    def _saved_config(self) -> ServerConfig | None:
        from cwd_desktop.sync.config import load_config

        return load_config(self._services.store.settings)

    def _check(self, config: ServerConfig) -> None:
        """Refuse settings that cannot work; the field at fault gets the focus."""
        if config.host and not config.user:
            self.ui.userEdit.setFocus()
            raise UserError(_NO_USER, field="sync_user")
        if config.ca_file and not Path(config.ca_file).is_file():
            self.ui.caEdit.setFocus()
            raise UserError(_NO_CA, field="sync_ca_file", path=config.ca_file)

    def save_settings(self, *, keep_password: bool = True) -> bool:
        """Store the server settings; the typed password goes only to the keyring.

        A keyring that refuses the password is reported, but the settings are
        saved anyway and the typed password stays in the box for this session.
        With ``keep_password`` False (a sync saving the form first) the typed
        password is left alone: only "Zapisz" stores it.
        """
        from cwd_desktop.sync.config import save_config, set_password

        config = self.form_config()
        try:
            self._check(config)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return False
        save_config(self._services.store.settings, config)
        status = self.tr("Zapisano ustawienia serwera.")
        password = self.ui.passwordEdit.text() if keep_password else ""
        if password and config.host:
            try:
                set_password(config, password)
            except UserError as exc:
                messages.show_user_error(self, exc)
            else:
                self.ui.passwordEdit.clear()
                status = self.tr("Zapisano ustawienia serwera i hasło.")
        self.ui.settingsStatus.setText(status)
        self._update_password_note()
        return True

    def forget_password(self) -> None:
        """Remove the saved server's password from the keyring."""
        from cwd_desktop.sync.config import forget_password

        config = self._saved_config()
        if config is not None:
            forget_password(config)
        self.ui.settingsStatus.setText(self.tr("Hasło usunięto z systemowego magazynu haseł."))
        self._update_password_note()

    def password_stored(self) -> bool:
        """Whether the keyring holds a password for the saved server (never shown)."""
        from cwd_desktop.sync.config import get_password

        config = self._saved_config()
        return config is not None and bool(get_password(config))

    def _update_password_note(self) -> None:
        stored = self.password_stored()
        self.ui.passwordNote.setText(
            self.tr("Hasło jest zapisane w systemowym magazynie haseł.")
            if stored
            else self.tr(
                "Hasło nie jest zapisane: wpisz je i kliknij „Zapisz” albo podawaj je "
                "przy każdej synchronizacji."
            )
        )
        self.ui.forgetButton.setEnabled(stored)

    def _update_tls_hint(self) -> None:
        has_ca = bool(self.ui.caEdit.text().strip())
        self.ui.tlsHint.setText(
            self.tr("Połączenie szyfrowane (TLS); certyfikat serwera i jego nazwa są sprawdzane.")
            if has_ca
            else self.tr(
                "Bez pliku CA certyfikat serwera nie jest sprawdzany; wskaż plik od "
                "administratora, aby mieć pewność, że łączysz się z właściwym serwerem."
            )
        )

    def _pick_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Plik CA serwera centralnego"),
            self.ui.caEdit.text(),
            self.tr("Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)"),
        )
        if path:
            self.ui.caEdit.setText(path)

    # -- sync -------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Push and pull in the background; the typed password is used, not stored.

        Server settings changed in the form are saved first, so the sync goes
        where the page says it goes.
        """
        changed = self.form_config() != self._saved_config()
        must_save = changed and bool(self.ui.hostEdit.text().strip())
        if must_save and not self.save_settings(keep_password=False):
            return
        store = self._services.store
        password = self.ui.passwordEdit.text() or None

        def work(progress: Progress) -> SyncReport:
            from cwd_desktop.sync.client import configured_dsn, synchronise

            return synchronise(store, configured_dsn(store, password), progress)

        self._run(work, self._synced, self.tr("Synchronizacja z serwerem centralnym…"))

    def _synced(self, report: SyncReport) -> None:
        self.ui.reportLabel.setText(sync_summary(report))
        self.refresh()
        self.sig_synced.emit()

    def _run(
        self, work: Callable[[Progress], Any], done: Callable[[Any], None], label: str
    ) -> None:
        Operation(self, work).success(done).with_progress(label).run_in_background()

    # -- bundles ----------------------------------------------------------------------

    def save_team_key(self) -> None:
        """Keep the typed team key (which signs and checks bundles) in the keyring only."""
        from cwd_desktop.sync.bundle_key import set_key

        try:
            set_key(self.ui.keyEdit.text())
        except UserError as exc:
            messages.show_user_error(self, exc)
            self.ui.keyEdit.setFocus()
            return
        self.ui.keyEdit.clear()
        self._update_key_note()

    def _update_key_note(self) -> None:
        from cwd_desktop.sync.bundle_key import get_key

        self.ui.keyNote.setText(
            self.tr("Klucz zespołu jest zapisany w systemowym magazynie haseł.")
            if get_key()
            else self.tr(
                "Brak klucza zespołu: wpisz klucz otrzymany od koordynatora, aby zapisywać "
                "i wczytywać pakiety."
            )
        )

    def _default_folder(self) -> str:
        return str(Path.home())

    def export_bundle_dialog(self, path: str | None = None) -> None:
        """Ask where to save a bundle of the pending changes and write it in the background."""
        if path is None:
            stamp = datetime.now().strftime("%Y-%m-%d")
            suggested = str(Path(self._default_folder()) / f"cwd-{stamp}{BUNDLE_SUFFIX}")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksportuj pakiet synchronizacji"),
                suggested,
                self.tr("Pakiet synchronizacji (*.cwdsync)"),
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() != BUNDLE_SUFFIX:
            target = target.with_name(target.name + BUNDLE_SUFFIX)
        store = self._services.store

        def work(progress: Progress) -> BundleReport:
            from cwd_desktop.sync.bundle import export_bundle

            return export_bundle(store, target, progress)

        self._run(work, self._exported, self.tr("Zapisywanie pakietu synchronizacji…"))

    def _exported(self, report: BundleReport) -> None:
        self.ui.bundleReportLabel.setText(bundle_summary(report, exported=True))
        self.refresh()

    def import_bundle_dialog(self, path: str | None = None) -> None:
        """Ask for a bundle and apply it in the background with the sync merge rules."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Importuj pakiet synchronizacji"),
                self._default_folder(),
                self.tr("Pakiet synchronizacji (*.cwdsync)"),
            )
            if not path:
                return
        source = Path(path)
        store = self._services.store

        def work(progress: Progress) -> BundleReport:
            from cwd_desktop.sync.bundle import import_bundle

            return import_bundle(store, source, progress)

        self._run(work, self._imported, self.tr("Wczytywanie pakietu synchronizacji…"))

    def _imported(self, report: BundleReport) -> None:
        self.ui.bundleReportLabel.setText(bundle_summary(report, exported=False))
        self.refresh()
        self.sig_synced.emit()

    # -- conflicts --------------------------------------------------------------------

    def open_conflicts_dialog(self) -> None:
        """Show the open conflicts side by side; refresh everything if any was settled."""
        from cwd_desktop.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self._services, self)
        dialog.exec()
        resolved = dialog.resolved
        dialog.deleteLater()
        self.refresh()
        if resolved:
            self.sig_synced.emit()
