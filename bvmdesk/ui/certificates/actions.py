"""What Certificaten does with issued certificates: print (the frozen pages, in a worker),
open in the PDF viewer, save as, correct and revoke. Every refusal is the service's Dutch
message; nothing here touches the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import CertificateInfo, EligibilityRow
from bvmdesk.ui.certificates import pdf_pages
from bvmdesk.ui.certificates.files import open_in_viewer, save_as
from bvmdesk.ui.certificates.passphrase import passphrase_asker
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.common.reason_dialog import ReasonDialog
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.icons import icon
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.certificates import CertificateService
    from bvmdesk.services.signing_keys import PassphraseAsk

CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate
Say = Callable[[str, bool], None]  # (message, is an error)


def passphrase_ask(parent: QWidget) -> PassphraseAsk:
    """Asks for the key's passphrase (once per session) when the key file has one."""
    return passphrase_asker(parent)


def print_data(
    parent: QWidget,
    make: Callable[[], bytes],
    say: Say,
    done_text: str,
    printer: QPrinter | None = None,
) -> None:
    """Make the PDF, ask for a printer (unless given) and print it in a worker (QPainter on
    a QPrinter may run off the GUI thread): the pages come from the frozen bytes."""
    try:
        data = make()
    except ServiceError as exc:
        say(str(exc), True)
        return
    chosen = printer or pdf_pages.choose_printer(parent, data)
    if chosen is None:
        return

    def work(context: TaskContext) -> int:
        context.progress(0, 0, translate("CertificatesPage", "Bezig met afdrukken…"))
        return pdf_pages.print_pdf(data, chosen)

    def failed(exc: BaseException) -> None:
        say(
            str(exc)
            if isinstance(exc, ServiceError | OSError)
            else translate("CertificatesPage", "Het afdrukken is mislukt; er is niets afgedrukt."),
            True,
        )
        if not isinstance(exc, ServiceError | OSError):
            show_error(parent, exc)

    run_task(
        parent,
        work,
        lambda pages: say(done_text.format(pages=pages), False),
        label=translate("CertificatesPage", "Bezig met afdrukken…"),
        on_error=failed,
    )


def frozen_pdfs(service: CertificateService, actor: Actor, numbers: Sequence[str]) -> bytes:
    """The frozen PDF of one certificate, or the pages of several after each other."""
    if len(numbers) == 1:
        return service.pdf(actor, numbers[0])
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    try:
        for number in numbers:
            source = pypdfium2.PdfDocument(service.pdf(actor, number))
            try:
                merged.import_pages(source)
            finally:
                source.close()
        from io import BytesIO

        buffer = BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()


def print_certificates(
    parent: QWidget,
    service: CertificateService,
    actor: Actor,
    numbers: Sequence[str],
    say: Say,
    printer: QPrinter | None = None,
) -> None:
    if not numbers:
        return
    print_data(
        parent,
        lambda: frozen_pdfs(service, actor, numbers),
        say,
        translate("CertificatesPage", "Afgedrukt: {pages} pagina('s)."),
        printer,
    )


def open_certificate(service: CertificateService, actor: Actor, number: str, say: Say) -> None:
    """The frozen PDF in the desktop's PDF viewer (as NUMBER.pdf)."""
    try:
        path = open_in_viewer(service.pdf(actor, number), number)
    except ServiceError as exc:
        say(str(exc), True)
        return
    say(
        translate(
            "CertificatesPage", "Certificaat {number} geopend in de PDF-viewer ({path})."
        ).format(number=number, path=path),
        False,
    )


def save_certificate(
    parent: QWidget,
    service: CertificateService,
    actor: Actor,
    number: str,
    say: Say,
    database: str | None,
) -> None:
    try:
        path = save_as(parent, service.pdf(actor, number), number, database)
    except ServiceError as exc:
        say(str(exc), True)
        return
    if path is not None:
        say(
            translate("CertificatesPage", "Certificaat {number} opgeslagen: {path}").format(
                number=number, path=path
            ),
            False,
        )


def confirm(parent: QWidget, title: str, question: str, ok_text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    ok.setIcon(icon("fa6s.check"))
    cancel = box.addButton(translate("CertificatesPage", "Annuleren"),
                           QMessageBox.ButtonRole.RejectRole)
    cancel.setIcon(icon("fa6s.xmark"))
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


def correct_certificate(
    parent: QWidget, service: CertificateService, actor: Actor, info: CertificateInfo, say: Say
) -> CertificateInfo | None:
    """A new certificate from today's data that supersedes `info` (after a confirmation)."""
    if info.status != "valid":
        say(
            translate(
                "CertificatesPage",
                "Certificaat {number} is niet meer geldig en kan niet worden "
                "gecorrigeerd; er is niets gewijzigd.",
            ).format(number=info.number),
            True,
        )
        return None
    if not confirm(
        parent,
        translate("CertificatesPage", "Certificaat corrigeren"),
        translate(
            "CertificatesPage",
            "Certificaat {number} van {name} corrigeren? Er komt een nieuw certificaat met "
            "de gegevens van vandaag, met een nieuw nummer; {number} wordt daarmee "
            "vervangen en geldt niet meer.",
        ).format(number=info.number, name=info.name),
        translate("CertificatesPage", "Corrigeren"),
    ):
        return None
    try:
        new = service.correct(actor, info.number, ask=passphrase_ask(parent))
    except ServiceError as exc:
        say(str(exc), True)
        return None
    say(
        translate("CertificatesPage", "Certificaat {new} vervangt {old}.").format(
            new=new.number, old=info.number
        ),
        False,
    )
    return new


def revoke_certificate(
    parent: QWidget, service: CertificateService, actor: Actor, info: CertificateInfo, say: Say
) -> CertificateInfo | None:
    """Revoke `info` with a reason (administrators only)."""
    if not actor.may(Permission.MANAGE_CERTIFICATES):
        say(
            translate(
                "CertificatesPage",
                "Alleen een beheerder kan een certificaat intrekken; er is niets gewijzigd.",
            ),
            True,
        )
        return None
    if info.status != "valid":
        say(
            translate(
                "CertificatesPage",
                "Certificaat {number} is al niet meer geldig; er is niets gewijzigd.",
            ).format(number=info.number),
            True,
        )
        return None
    if not confirm_identity(parent, translate("CertificatesPage", "een certificaat intrekken")):
        return None
    dialog = ReasonDialog(
        translate("CertificatesPage", "Certificaat intrekken"),
        translate(
            "CertificatesPage",
            "Certificaat {number} intrekken? Het is van {name} ({module}). Wie de "
            "QR-code controleert, ziet daarna 'ingetrokken' met uw reden. Dit kan "
            "niet ongedaan worden gemaakt.",
        ).format(number=info.number, name=info.name, module=info.module_name),
        translate("CertificatesPage", "Intrekken"),
        "fa6s.ban",
        lambda reason: service.revoke(actor, info.number, reason),
        translate(
            "CertificatesPage", "Waarom? Bijvoorbeeld: uitgegeven aan de verkeerde deelnemer"
        ),
        parent,
    )
    try:
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return None
        revoked = dialog.result_value
    finally:
        dialog.deleteLater()
    assert isinstance(revoked, CertificateInfo)
    say(
        translate("CertificatesPage", "Certificaat {number} is ingetrokken.").format(
            number=info.number
        ),
        False,
    )
    return revoked


def allow_anyway(parent: QWidget, service: CertificateService, actor: Actor,
                 row: EligibilityRow, say: Say) -> bool:
    """An administrator allows `row` a certificate although a condition is not met: the
    reason is asked and recorded. True when allowed."""
    enrolment: uuid.UUID = row.enrolment_id
    dialog = ReasonDialog(
        translate("CertificatesPage", "Toch toestaan"),
        translate(
            "CertificatesPage",
            "{name} voldoet niet aan alle voorwaarden ({summary}). Toch een "
            "certificaat toestaan? Uw reden wordt vastgelegd en staat in de "
            "lijst.",
        ).format(name=row.name, summary=row.summary),
        translate("CertificatesPage", "Toestaan"),
        "fa6s.unlock",
        lambda reason: service.override(actor, enrolment, reason),
        translate("CertificatesPage", "Waarom? Bijvoorbeeld: ziek gemeld, les later ingehaald"),
        parent,
    )
    try:
        accepted = dialog.exec() == ReasonDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if accepted:
        say(translate("CertificatesPage", "{name} mag toch een certificaat krijgen.").format(
            name=row.name), False)
    return accepted


def withdraw_permission(parent: QWidget, service: CertificateService, actor: Actor,
                        row: EligibilityRow, say: Say) -> bool:
    """Withdraw an administrator's permission for `row` (after a confirmation)."""
    if row.override is None:
        return False
    if not confirm(
        parent,
        translate("CertificatesPage", "Toestemming intrekken"),
        translate(
            "CertificatesPage",
            "De toestemming voor {name} intrekken? Daarna gelden de voorwaarden weer.",
        ).format(name=row.name),
        translate("CertificatesPage", "Intrekken"),
    ):
        return False
    try:
        service.withdraw_override(actor, row.enrolment_id)
    except ServiceError as exc:
        say(str(exc), True)
        return False
    say(translate("CertificatesPage", "De toestemming voor {name} is ingetrokken.").format(
        name=row.name), False)
    return True
