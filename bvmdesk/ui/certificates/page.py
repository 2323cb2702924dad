"""Certificaten: the register of issued certificates (print, open, save, correct, revoke),
issuing a group's certificates, the certificates that expire soon, and Verifiëren.

Pages never touch the database: everything goes through services.certificates (and
services.signing_keys for the key before a batch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from bvmdesk.domain.certificate import EXPIRING_DAYS
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import CertificateInfo, IssueResult
from bvmdesk.ui.certificates import actions
from bvmdesk.ui.certificates.files import save_as
from bvmdesk.ui.certificates.issue_summary import IssueSummaryDialog, summary_text
from bvmdesk.ui.certificates.issue_view import IssueView
from bvmdesk.ui.certificates.issued_view import CertificateTable, ExpiringView, IssuedView
from bvmdesk.ui.certificates.verify_dialog import open_verify_dialog
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

ISSUED, ISSUE, EXPIRING = range(3)
CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate


class CertificatesPage(Page):
    """Three tabs (Uitgegeven, Uitgeven, Verlopen binnenkort) and Verifiëren."""

    certificates_changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        database: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("CertificatesPage", "Certificaten"),
            translate("CertificatesPage", "Verifiëren…"),
            translate("CertificatesPage", "Zoek op nummer, naam of groep"),
            parent=parent,
        )
        self._services = services
        self._service = services.certificates
        self._actor = actor
        self._database = database
        self._loaded = False
        self.summary_dialog: IssueSummaryDialog | None = None
        self.verify_button = self.header.action_button
        assert self.verify_button is not None
        self.verify_button.setIcon(icon("fa6s.qrcode", "#FFFFFF"))
        self.verify_button.setToolTip(
            translate(
                "CertificatesPage",
                "Een certificaat controleren: de QR-code scannen of de tekst plakken "
                "(Ctrl+Shift+V)",
            )
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.issued_view = IssuedView(actor.may(Permission.MANAGE_CERTIFICATES))
        self.issue_view = IssueView(services, actor)
        self.expiring_view = ExpiringView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("certificateTabs")
        self.tabs.addTab(
            self.issued_view, icon("fa6s.list"), translate("CertificatesPage", "&Uitgegeven")
        )
        self.tabs.addTab(
            self.issue_view, icon("fa6s.certificate"), translate("CertificatesPage", "U&itgeven")
        )
        self.tabs.addTab(
            self.expiring_view,
            icon("fa6s.hourglass-half"),
            translate("CertificatesPage", "&Verlopen binnenkort"),
        )
        if not actor.may(Permission.ISSUE_CERTIFICATES):
            self.tabs.setTabEnabled(ISSUE, False)
        self.body.addWidget(self.message_label)
        self.body.addWidget(self.tabs, 1)
        self.main_view = self.issued_view.table
        self.verify_button.clicked.connect(self.open_verify)
        self.header.search_changed.connect(self._on_search_changed)
        self.issued_view.status_changed.connect(self.load_issued)
        self.issued_view.print_requested.connect(self.print_selected)
        self.issued_view.open_requested.connect(self.open_selected)
        self.issued_view.save_requested.connect(self.save_selected)
        self.issued_view.correct_requested.connect(self.correct_selected)
        self.issued_view.revoke_requested.connect(self.revoke_selected)
        for table in (self.issued_view.table, self.expiring_view.table):
            table.row_activated.connect(self._on_row_activated)
        self.issue_view.message.connect(self.show_message)
        self.issue_view.issued.connect(self._on_issued)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        for keys, slot in (("Ctrl+P", self.print_selected), ("Ctrl+O", self.open_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.load_issued()
        self.load_expiring()
        self.issue_view.load_groups()

    def load_issued(self) -> None:
        try:
            rows = self._service.list(self._actor, status=self.issued_view.status)
        except ServiceError as exc:
            self.show_message(str(exc), True)
            return
        self.issued_view.set_certificates(rows)

    def load_expiring(self) -> None:
        try:
            rows = self._service.expiring(self._actor, EXPIRING_DAYS)
        except ServiceError as exc:
            self.show_message(str(exc), True)
            return
        self.expiring_view.set_certificates(rows, EXPIRING_DAYS)

    def show_message(self, text: str, error: bool = False) -> None:
        set_form_message(self.message_label, text, "formError" if error else "formSuccess")
        self.message_label.setVisible(bool(text))

    def _on_search_changed(self, text: str) -> None:
        if text and self.tabs.currentIndex() != ISSUED:
            self.tabs.setCurrentIndex(ISSUED)
        self.issued_view.set_search(text)

    def _on_tab_changed(self, index: int) -> None:
        self.main_view = (
            self.issue_view.table
            if index == ISSUE
            else self.expiring_view.table
            if index == EXPIRING
            else self.issued_view.table
        )

    # --- the selection -------------------------------------------------------------------
    def _table(self) -> CertificateTable | None:
        index = self.tabs.currentIndex()
        if index == ISSUED:
            return self.issued_view.table
        if index == EXPIRING:
            return self.expiring_view.table
        return None

    def selected(self) -> list[CertificateInfo]:
        table = self._table()
        return table.selected_items() if table is not None else []

    def _one(self) -> CertificateInfo | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def _say(self, text: str, error: bool) -> None:
        self.show_message(text, error)

    def print_selected(self) -> None:
        numbers = [info.number for info in self.selected()]
        if numbers:
            actions.print_certificates(self, self._service, self._actor, numbers, self._say)

    def open_selected(self) -> None:
        info = self._one()
        if info is not None:
            actions.open_certificate(self._service, self._actor, info.number, self._say)

    def save_selected(self) -> None:
        info = self._one()
        if info is not None:
            actions.save_certificate(
                self, self._service, self._actor, info.number, self._say, self._database
            )

    def correct_selected(self) -> CertificateInfo | None:
        info = self._one()
        if info is None:
            return None
        new = actions.correct_certificate(self, self._service, self._actor, info, self._say)
        if new is not None:
            self._changed(new.number)
        return new

    def revoke_selected(self) -> CertificateInfo | None:
        info = self._one()
        if info is None:
            return None
        revoked = actions.revoke_certificate(self, self._service, self._actor, info, self._say)
        if revoked is not None:
            self._changed(revoked.number)
        return revoked

    def _changed(self, select: str | None = None) -> None:
        self.load_issued()
        self.load_expiring()
        self.issue_view.refresh()
        if select is not None:
            self.issued_view.table.select_number(select)
        self.certificates_changed.emit()

    def _on_row_activated(self, info: object) -> None:
        if isinstance(info, CertificateInfo):
            actions.open_certificate(self._service, self._actor, info.number, self._say)

    # --- issuing and verifying -----------------------------------------------------------
    def _on_issued(self, result: IssueResult) -> None:
        self.show_message(summary_text(result), False)
        self._changed()
        dialog = IssueSummaryDialog(result, self.print_batch, self.save_batch, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_summary_finished)
        self.summary_dialog = dialog
        dialog.open()

    def _on_summary_finished(self, _code: int) -> None:
        self.summary_dialog = None

    def print_batch(self, data: bytes) -> None:
        actions.print_data(
            self.summary_dialog or self,
            lambda: data,
            self._say,
            translate("CertificatesPage", "Afgedrukt: {pages} pagina('s)."),
        )

    def save_batch(self, data: bytes) -> None:
        group = self.issue_view.group or "certificaten"
        try:
            path = save_as(
                self.summary_dialog or self, data, f"certificaten-{group}", self._database
            )
        except ServiceError as exc:
            self.show_message(str(exc), True)
            return
        if path is not None:
            self.show_message(
                translate("CertificatesPage", "De certificaten zijn opgeslagen: {path}").format(
                    path=path
                ),
                False,
            )

    def open_verify(self) -> None:
        """The Verifiëren dialog of the main window (the one Ctrl+Shift+V raises)."""
        open_verify_dialog(self.window(), self._services, self._actor)
