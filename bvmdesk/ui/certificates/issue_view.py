"""Certificaten "Uitgeven": choose a group, see who may get a certificate and why not, allow
one all the same (administrators), look at an example, and issue the batch in a worker
with progress and Annuleren. Each certificate is committed whole by the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import EligibilityRow, GroupEligibility, IssueResult
from bvmdesk.ui.certificates import actions
from bvmdesk.ui.certificates.actions import confirm, passphrase_ask
from bvmdesk.ui.certificates.eligibility_table import EligibilityTable, may_issue
from bvmdesk.ui.certificates.issue_summary import group_text, issue_question
from bvmdesk.ui.certificates.issued_view import kind_text
from bvmdesk.ui.certificates.pdf_pages import PdfPreviewDialog
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.icons import icon
from bvmdesk.ui.workers import TaskContext, TaskHandle, run_task

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate


class IssueView(QWidget):
    """The eligibility list of one group and the batch. `issued(result)` after a batch;
    `message(text, error)` for the page's message line."""

    issued = Signal(object)  # IssueResult
    message = Signal(str, bool)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._service = services.certificates
        self._actor = actor
        self.data: GroupEligibility | None = None
        self.task: TaskHandle[IssueResult] | None = None  # the batch being issued
        self.busy = False
        self.last_result: IssueResult | None = None
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.setMinimumContentsLength(34)
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = self.group_combo.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.group_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("CertificatesPage", "Kies of zoek een groep…"))
        group_label = QLabel(translate("CertificatesPage", "&Groep:"))
        group_label.setBuddy(self.group_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in ("certificaat", "deelname"):
            self.kind_combo.addItem(kind_text(kind), kind)
        kind_label = QLabel(translate("CertificatesPage", "S&oort:"))
        kind_label.setBuddy(self.kind_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        language_label = QLabel(translate("CertificatesPage", "&Taal:"))
        language_label.setBuddy(self.language_combo)
        top = QHBoxLayout()
        top.setSpacing(8)
        for widget in (
            group_label,
            self.group_combo,
            kind_label,
            self.kind_combo,
            language_label,
            self.language_combo,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("muted")
        self.summary_label.setWordWrap(True)
        self.table = EligibilityTable()
        self.table.setObjectName("eligibilityTable")
        may_manage = actor.may(Permission.MANAGE_CERTIFICATES)
        self.override_button = QPushButton(
            icon("fa6s.unlock"), translate("CertificatesPage", "Toch toestaan…")
        )
        self.withdraw_button = QPushButton(
            icon("fa6s.lock"), translate("CertificatesPage", "Toestemming intrekken")
        )
        for button in (self.override_button, self.withdraw_button):
            button.setVisible(may_manage)
        self.preview_button = QPushButton(
            icon("fa6s.eye"), translate("CertificatesPage", "Voorbeeld")
        )
        self.preview_button.setToolTip(
            translate(
                "CertificatesPage",
                "Het eerste certificaat van deze reeks bekijken, zonder het uit te geven",
            )
        )
        self.issue_button = QPushButton(
            icon("fa6s.certificate", "#FFFFFF"), translate("CertificatesPage", "Uitgeven")
        )
        self.issue_button.setObjectName("primary")
        self.issue_button.setVisible(actor.may(Permission.ISSUE_CERTIFICATES))
        foot = QHBoxLayout()
        foot.setSpacing(8)
        foot.addWidget(self.override_button)
        foot.addWidget(self.withdraw_button)
        foot.addStretch(1)
        foot.addWidget(self.preview_button)
        foot.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        self.group_combo.activated.connect(self._on_group_chosen)
        completer.activated[str].connect(self._choose_typed)  # type: ignore[index]
        line.returnPressed.connect(lambda: self._choose_typed(line.text()))
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.override_button.clicked.connect(self.override_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.preview_button.clicked.connect(self.show_preview)
        self.issue_button.clicked.connect(self.issue)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------
    def load_groups(self) -> None:
        keep = self.group
        try:
            groups = self._service.groups(self._actor)
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for _group_id, code, name in groups:
            self.group_combo.addItem(f"{code} · {name}", code)
        index = self.group_combo.findData(keep) if keep else -1
        self.group_combo.setCurrentIndex(index)
        if index < 0:
            self.group_combo.setEditText("")
        self.group_combo.blockSignals(False)

    @property
    def group(self) -> str | None:
        if self.data is not None:
            return self.data.group
        value = self.group_combo.currentData()
        return value if isinstance(value, str) else None

    def show_group(self, code: str) -> bool:
        index = self.group_combo.findData(code)
        if index < 0:
            return False
        self.group_combo.setCurrentIndex(index)
        self._load(code, None)
        return True

    def refresh(self) -> None:
        if self.data is not None:
            self._load(self.data.group, self.kind)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _on_group_chosen(self, index: int) -> None:
        code = self.group_combo.itemData(index)
        if isinstance(code, str):
            self._load(code, None)
        line = self.group_combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # the code shows, not the end of the name

    def _choose_typed(self, text: str) -> None:
        """Enter or a pick from the suggestions: the group whose code is typed, or the one
        group whose code or name contains what is typed."""
        wanted = text.strip().casefold()
        if not wanted:
            return
        items = [
            (i, self.group_combo.itemText(i).casefold(), self.group_combo.itemData(i))
            for i in range(self.group_combo.count())
        ]
        exact = [i for i, label, code in items if label == wanted or str(code).casefold() == wanted]
        found = exact or [i for i, label, _code in items if wanted in label]
        if len(found) == 1:
            self.group_combo.setCurrentIndex(found[0])
            self._on_group_chosen(found[0])

    def _on_kind_chosen(self, _index: int) -> None:
        if self.data is not None:
            self._load(self.data.group, self.kind)

    def _load(self, group: str, kind: str | None) -> None:
        try:
            data = self._service.eligibility(self._actor, group, kind)
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        self.data = data
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind or data.kind), 0))
        self.table.set_rows(list(data.rows))
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        data = self.data
        if data is None:
            self.summary_label.clear()
            return
        self.summary_label.setText(group_text(data, kind_text(data.kind)))

    # --- the batch -----------------------------------------------------------------------
    def batch(self) -> list[EligibilityRow]:
        """Who "Uitgeven" issues to: the selected rows that may get one, or (nothing
        selected) everyone who may."""
        selected = self.table.selected_items()
        rows = selected if selected else list(self.data.rows if self.data else ())
        return [row for row in rows if may_issue(row)]

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch = self.batch()
        selected = self.table.selected_items()
        self.issue_button.setText(
            translate("CertificatesPage", "Uitgeven ({count})").format(count=len(batch))
        )
        self.issue_button.setToolTip(
            translate(
                "CertificatesPage",
                "Uitgeven aan de geselecteerde deelnemers die een certificaat mogen krijgen",
            )
            if selected
            else translate(
                "CertificatesPage",
                "Uitgeven aan iedereen die een certificaat mag krijgen en er nog geen heeft",
            )
        )
        running = self.busy
        self.issue_button.setEnabled(bool(batch) and not running)
        self.preview_button.setEnabled(bool(batch) and not running)
        one = selected[0] if len(selected) == 1 else None
        self.override_button.setEnabled(
            one is not None and not one.eligible and one.override is None
        )
        self.withdraw_button.setEnabled(
            one is not None and one.override is not None and one.certificate is None
        )

    def show_preview(self) -> PdfPreviewDialog | None:
        batch = self.batch()
        if self.data is None or not batch:
            return None
        try:
            data = self._service.preview(
                self._actor,
                self.data.group,
                [row.participant for row in batch],
                kind=self.kind,
                language=self.language,
            )
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return None
        if data is None:
            self.message.emit(
                translate(
                    "CertificatesPage", "Niemand in deze selectie kan nu een certificaat krijgen."
                ),
                True,
            )
            return None
        dialog = PdfPreviewDialog(
            data,
            translate("CertificatesPage", "Voorbeeld: {name}").format(name=batch[0].name),
            translate(
                "CertificatesPage",
                "Zo ziet het certificaat van {name} eruit. Dit voorbeeld heeft geen nummer en "
                "geen geldige QR-code; er is niets uitgegeven.",
            ).format(name=batch[0].name),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def issue(self) -> None:
        """Issue the batch in a worker, with progress and Annuleren."""
        data, batch = self.data, self.batch()
        if data is None or not batch or self.busy:
            return
        question = issue_question(data.group, batch, kind_text(self.kind).lower(),
                                  self.language_combo.currentText())
        if not confirm(
            self,
            translate("CertificatesPage", "Certificaten uitgeven"),
            question,
            translate("CertificatesPage", "Uitgeven"),
        ):
            return
        try:  # the key (and its passphrase) on this thread, before the worker needs it
            self._services.signing_keys.signer(self._actor, ask=passphrase_ask(self))
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        everyone = not self.table.selected_items()
        numbers = None if everyone else [row.participant for row in batch]
        group, kind, language = data.group, self.kind, self.language
        total = len(batch)

        def work(context: TaskContext) -> IssueResult:
            def progress(done: int, count: int) -> None:
                context.progress(
                    done,
                    count,
                    translate(
                        "CertificatesPage", "Certificaat {done} van {total} uitgegeven…"
                    ).format(done=done, total=count),
                )

            context.progress(0, total, translate("CertificatesPage", "Certificaten uitgeven…"))
            return self._service.issue(
                self._actor,
                group,
                numbers,
                kind=kind,
                language=language,
                progress=progress,
                cancelled=context.cancelled,
            )

        self.busy = True
        self._update_buttons()
        handle = run_task(
            self,
            work,
            self._on_issue_done,
            label=translate("CertificatesPage", "Certificaten uitgeven…"),
            on_error=self._on_issue_failed,
        )
        self.task = handle if self.busy else None  # (tests run it at once: done already)

    def _on_issue_done(self, result: IssueResult) -> None:
        self.task, self.busy = None, False
        self.last_result = result
        self.refresh()
        self.issued.emit(result)

    def _on_issue_failed(self, exc: BaseException) -> None:
        self.task, self.busy = None, False
        self.refresh()
        if isinstance(exc, ServiceError):
            self.message.emit(str(exc), True)
        else:
            self.message.emit(
                translate(
                    "CertificatesPage",
                    "Het uitgeven is onverwacht gestopt. Wat al is "
                    "uitgegeven, is heel en staat bij Uitgegeven.",
                ),
                True,
            )
            show_error(self, exc)

    # --- administrators: allow all the same ----------------------------------------------
    def _selected_one(self) -> EligibilityRow | None:
        selected = self.table.selected_items()
        return selected[0] if len(selected) == 1 else None

    def override_selected(self) -> bool:
        """Allow the selected person a certificate all the same (a reason is asked)."""
        row = self._selected_one()
        if row is None or not actions.allow_anyway(self, self._service, self._actor, row,
                                                   self.message.emit):
            return False
        self.refresh()
        return True

    def withdraw_selected(self) -> bool:
        """Withdraw the selected person's permission (after a confirmation)."""
        row = self._selected_one()
        if row is None or not actions.withdraw_permission(self, self._service, self._actor,
                                                          row, self.message.emit):
            return False
        self.refresh()
        return True
