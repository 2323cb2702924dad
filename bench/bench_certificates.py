"""Certificates (issue 14, point 10): 1,000 certificates with unique signed QR codes, each
frozen, plus the one print PDF, against the naive route in the same run.

- renderer: 1,000 documents signed with a fresh key, each rendered as its frozen PDF, then
  the one print PDF of all of them (the QR cache emptied first, so each code is encoded
  here);
- service: `services.certificates.issue` of a group of 1,000 on a demo database (numbered,
  signed, rendered, frozen and stored, plus the print PDF), as the app does it;
- naive: the same 1,000 pages in one document with ReportLab's QrCodeWidget drawn per page
  (ASCII85 on, as ReportLab's default), the page content otherwise the same; drawn in
  chunks alternating with the renderer's, so that other load on the machine slows both.

Targets: naive / ours >= 5x; every frozen PDF <= 100 KB.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from bench.common import Report, workspace
from bvmdesk.reports.certificate_model import (
    CertificateArt,
    CertificateDocument,
    WorkProcessResult,
)

COUNT = 1000
CHUNK = 50
GROUP = "BENCH-CERT"
MODULE = "BENCH-CERT-1"
LIMIT = 100 * 1024
_FIRST = ("Şükrü", "Łucja", "Řehoř", "Nguyễn Thị Ánh", "Þórunn", "Zoë", "Daan", "Ayşe",
          "Sanne Maria", "Mohamed")
_LAST = ("Yıldırım", "Śliwińska", "Dvořák", "Tuyết", "Øvergård", "de Vries", "Bakker",
         "Doğan", "Jansen", "El Amrani")


def _documents(count: int) -> list[CertificateDocument]:
    """`count` signed certificate documents as the service would make them."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from bvmdesk.domain.certificate_code import CertificateRecord, encode, key_id_of

    key = Ed25519PrivateKey.generate()
    key_id = key_id_of(key.public_key().public_bytes_raw())
    issued = date(2026, 5, 12)
    results = tuple(WorkProcessResult(f"B1-K1-W{n}", f"Werkproces {n} van de module",
                                      "voldoende" if n % 2 else "goed") for n in range(1, 6))
    docs = []
    for n in range(1, count + 1):
        first, last = _FIRST[n % len(_FIRST)], _LAST[(n * 3) % len(_LAST)]
        number = f"ZWL-2026-{n:05d}"
        code = encode(CertificateRecord(number, f"{first} {last}", MODULE, issued,
                                        "certificaat", "ZWL", None, key_id), key)
        docs.append(CertificateDocument(
            number=number, kind="certificaat", language="nl", first_names=first, prefix="",
            last_name=last, birth_date=date(2000, 1, 1) + timedelta(days=n),
            participant_number=f"P{n:05d}", module_code=MODULE,
            module_name="Benchmark: verspanen 1", crebo="25293", level=2,
            programme_name="Verspaner", planned_hours=40, attended_minutes=2400,
            attendance_pct=100.0, results=results,
            organisation="Bedrijfsvakschool Metaaltechniek", site_code="ZWL",
            site_name="Zwolle", place="Zwolle", issued_on=issued, expires_on=None,
            signatory_name="H. Bosman", signatory_function="Directeur", qr_text=code,
            key_id=key_id))
    return docs


def _art() -> CertificateArt:
    """A logo and a signature picture as a site would set them (PNG)."""
    from PIL import Image, ImageDraw

    def png(image: Image.Image) -> bytes:
        out = BytesIO()
        image.save(out, "PNG", optimize=True)
        return out.getvalue()

    logo = Image.new("RGB", (720, 260), "white")
    ImageDraw.Draw(logo).ellipse((10, 10, 240, 240), fill=(31, 78, 121))
    signature = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    ImageDraw.Draw(signature).line([(40, 150), (200, 40), (360, 160), (560, 60)],
                                   fill=(20, 30, 90, 255), width=5)
    return CertificateArt(logo=png(logo), signature=png(signature))


def _widget(canvas: object, text: str, x: float, y: float, size: float) -> None:
    """The naive QR: ReportLab's QrCodeWidget (its own encoder and mask search, a shape per
    module), scaled into the same place."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    qr = QrCodeWidget(text, barLevel="M")
    left, bottom, right, top = qr.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0,
                                             size / (top - bottom), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, canvas, x, y)


def _compare(report: Report, docs: list[CertificateDocument], art: CertificateArt
             ) -> tuple[float, float, int]:
    """Ours (each frozen PDF, then the print PDF) and the naive document, measured in
    alternating chunks of CHUNK certificates, so that a busy machine slows both alike.
    Returns (ours, naive, largest frozen PDF)."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from bvmdesk.reports.pdf import certificate
    from bvmdesk.reports.pdf.certificate_page import PAGE, draw_page

    certificate.render_certificate(docs[0], art)  # fonts registered, pictures made
    certificate._code_operators.cache_clear()
    ours = naive = 0.0
    sizes: list[int] = []
    naive_buffer = BytesIO()
    naive_canvas = Canvas(naive_buffer, pagesize=PAGE)
    for first in range(0, len(docs), CHUNK):
        chunk = docs[first:first + CHUNK]
        started = time.perf_counter()
        sizes += [len(certificate.render_certificate(doc, art)) for doc in chunk]
        ours += time.perf_counter() - started
        started = time.perf_counter()
        for doc in chunk:
            draw_page(naive_canvas, doc, art, _widget)
            naive_canvas.showPage()
        naive += time.perf_counter() - started
    started = time.perf_counter()
    printed = certificate.render_print(docs, art)
    printing = time.perf_counter() - started
    before = rl_config.useA85
    rl_config.useA85 = 1  # ReportLab's default: the naive route keeps it
    try:
        started = time.perf_counter()
        naive_canvas.save()
        naive += time.perf_counter() - started
    finally:
        rl_config.useA85 = before
    report.add(f"{len(docs)} bevroren certificaat-PDF's + 1 print-PDF (renderer)",
               [ours + printing], "s")
    print(f"  waarvan bevroren {ours:.2f} s ({ours / len(docs) * 1000:.1f} ms per stuk), "
          f"print-PDF {printing:.2f} s ({len(printed) / 1e6:.1f} MB)", flush=True)
    report.add(f"naïeve route: {len(docs)} pagina's met QrCodeWidget in één document",
               [naive], "s")
    print(f"  naïeve PDF {len(naive_buffer.getvalue()) / 1e6:.1f} MB; alleen de print-PDF: "
          f"{naive / printing:.1f}x", flush=True)
    return ours + printing, naive, max(sizes)


def _service(report: Report, art: CertificateArt) -> tuple[float, int] | None:
    """Issue a group of COUNT through the service; None when the service is not built yet."""
    from sqlalchemy import func, select

    from bvmdesk.db.models import Certificate, Enrolment, Group, Module, Participant
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services, sessions_of
    from bvmdesk.services.demo import generate_demo

    path = workspace() / "certificates-bench.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    services = open_services(str(path), create=True, backup=False)
    actor = Actor.cli()
    try:
        generate_demo(sessions_of(services), participants=COUNT, seed=1)
        site = services.accounts.local_site()
        assert site is not None
        with sessions_of(services).write(actor.name) as s:
            module = Module(code=MODULE, name="Benchmark: verspanen 1", planned_hours=40,
                            certificate_kind="certificaat", crebo="25293", level=2)
            s.add(module)
            s.flush()
            start = date.today() - timedelta(days=90)
            group = Group(code=GROUP, name="Benchmarkgroep certificaten", module_id=module.id,
                          location_id=site.id, start_date=start)
            s.add(group)
            s.flush()
            people = list(s.scalars(select(Participant.id).order_by(Participant.number)
                                    .limit(COUNT)))
            for person in people:
                s.add(Enrolment(participant_id=person, group_id=group.id, start_date=start,
                                status="actief"))
        try:
            services.certificate_settings.update(
                actor, signatory_name="H. Bosman", signatory_function="Directeur",
                logo=art.logo, signature=art.signature)
        except Exception as error:  # the settings' own rules: the bench goes on without art
            print(f"  (instellingen niet gezet: {error})", flush=True)
        started = time.perf_counter()
        try:
            result = services.certificates.issue(actor, GROUP, kind="certificaat",
                                                 language="nl", with_print=True)
        except NotImplementedError:
            print("  CertificateService.issue is nog niet gebouwd (helper svc): "
                  "de dienst is niet gemeten", flush=True)
            return None
        elapsed = time.perf_counter() - started
        with sessions_of(services).read() as s:
            largest = s.scalar(select(func.max(func.length(Certificate.pdf)))) or 0
        report.add(f"{len(result.issued)} certificaten uitgeven via de dienst (genummerd, "
                   "ondertekend, bevroren, opgeslagen) + 1 print-PDF", [elapsed], "s")
        if len(result.issued) != COUNT:
            print(f"  LET OP: {len(result.issued)} uitgegeven, {len(result.skipped)} "
                  "overgeslagen", flush=True)
        return elapsed, int(largest)
    finally:
        services.close()


def run(report: Report) -> None:
    art = _art()
    docs = _documents(COUNT)
    ours, naive, largest = _compare(report, docs, art)
    print(f"  verhouding naïef / renderer: {naive / ours:.1f}x   [doel: >= 5x]", flush=True)
    served = _service(report, art)
    if served is not None:
        elapsed, stored = served
        largest = max(largest, stored)
        print(f"  verhouding naïef / dienst: {naive / elapsed:.1f}x   [doel: >= 5x] (de naïeve "
              "route eerder in deze run gemeten)", flush=True)
    report.add("grootste bevroren certificaat-PDF", [largest / 1024], "KB", target="<= 100 KB")
