"""After a batch: the numbers issued, who was skipped and why, and the one print PDF of the
batch to print or save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.certificate_types import EligibilityRow, GroupEligibility, IssueResult
from bvmdesk.ui.certificates.eligibility_table import may_issue
from bvmdesk.ui.icons import icon

CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate


def group_text(data: GroupEligibility, kind: str) -> str:
    """The line above the list: the module, its kind and minimum, and how many may get one."""
    ready = sum(1 for row in data.rows if may_issue(row))
    has = sum(1 for row in data.rows if row.certificate is not None)
    minimum = (
        translate("CertificatesPage", "minimaal {pct} % aanwezig").format(
            pct=data.min_attendance_pct)
        if data.min_attendance_pct
        else translate("CertificatesPage", "geen eis aan aanwezigheid")
    )
    return translate(
        "CertificatesPage",
        "{module} · {module_name} · {kind} ({minimum}). Nu uit te geven: {ready} van "
        "{total} deelnemers; al uitgegeven: {has}.",
    ).format(module=data.module, module_name=data.module_name, kind=kind, minimum=minimum,
             ready=ready, total=len(data.rows), has=has)


def issue_question(group: str, batch: list[EligibilityRow], kind: str, language: str) -> str:
    """The confirmation before a batch: a certificate, once issued, stays."""
    if len(batch) != 1:
        text = translate(
            "CertificatesPage",
            "{count} certificaten uitgeven aan groep {group} ({kind}, {language})? Een "
            "uitgegeven certificaat blijft bestaan: een fout herstelt u met Corrigeren of "
            "Intrekken.",
        )
    else:
        text = translate(
            "CertificatesPage",
            "1 certificaat uitgeven aan {name} ({kind}, {language})? Een uitgegeven "
            "certificaat blijft bestaan: een fout herstelt u met Corrigeren of Intrekken.",
        )
    return text.format(count=len(batch), group=group, name=batch[0].name, kind=kind,
                       language=language)


def summary_text(result: IssueResult) -> str:
    """One sentence on what the batch did."""
    count = len(result.issued)
    if not count:
        text = translate("CertificatesPage", "Er is geen certificaat uitgegeven.")
    elif count == 1:
        text = translate("CertificatesPage", "1 certificaat uitgegeven: {number}.").format(
            number=result.issued[0].number
        )
    else:
        text = translate(
            "CertificatesPage", "{count} certificaten uitgegeven: {first} t/m {last}."
        ).format(count=count, first=result.issued[0].number, last=result.issued[-1].number)
    if result.cancelled:
        text += " " + translate(
            "CertificatesPage",
            "U hebt het uitgeven gestopt; wat is uitgegeven is heel en "
            "telt mee, de rest kunt u later uitgeven.",
        )
    if result.skipped:
        text += " " + translate("CertificatesPage", "{count} overgeslagen.").format(
            count=len(result.skipped)
        )
    return text


def details_text(result: IssueResult) -> str:
    lines = [f"{item.number}  {item.participant}" for item in result.issued]
    if result.skipped:
        if lines:
            lines.append("")
        lines.append(translate("CertificatesPage", "Overgeslagen:"))
        lines.extend(f"{item.participant}: {item.reason}" for item in result.skipped)
    return "\n".join(lines)


class IssueSummaryDialog(QDialog):
    """What was issued; "Afdrukken" and "Opslaan als PDF" act on the batch's print PDF."""

    def __init__(
        self,
        result: IssueResult,
        print_batch: Callable[[bytes], None],
        save_batch: Callable[[bytes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.result_value = result
        self.setObjectName("issueSummary")
        self.setWindowTitle(translate("CertificatesPage", "Certificaten uitgegeven"))
        self.setMinimumWidth(560)
        self.summary_label = QLabel(summary_text(result))
        self.summary_label.setWordWrap(True)
        self.details = QPlainTextEdit(details_text(result))
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.print_button = QPushButton(
            icon("fa6s.print", "#FFFFFF"), translate("CertificatesPage", "Afdrukken")
        )
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton(
            icon("fa6s.floppy-disk"), translate("CertificatesPage", "Opslaan als PDF…")
        )
        self.close_button = QPushButton(
            icon("fa6s.xmark"), translate("CertificatesPage", "Sluiten")
        )
        has_pdf = result.print_pdf is not None
        self.print_button.setEnabled(has_pdf)
        self.save_button.setEnabled(has_pdf)
        self.print_button.setDefault(has_pdf)
        self.close_button.setDefault(not has_pdf)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        pdf = result.print_pdf
        if pdf is not None:
            self.print_button.clicked.connect(lambda: print_batch(pdf))
            self.save_button.clicked.connect(lambda: save_batch(pdf))
        self.close_button.clicked.connect(self.accept)
