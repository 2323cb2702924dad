"""PDF builders: a report value and its ReportMeta in, the bytes of an A4 PDF out."""

from bvmdesk.reports.pdf.attendance import attendance_pdf
from bvmdesk.reports.pdf.fonts import FontMissingError
from bvmdesk.reports.pdf.funders import funders_pdf
from bvmdesk.reports.pdf.hours import hours_pdf
from bvmdesk.reports.pdf.presentielijst import presentielijst_pdf
from bvmdesk.reports.pdf.verzuim import verzuim_pdf

__all__ = [
    "FontMissingError",
    "attendance_pdf",
    "funders_pdf",
    "hours_pdf",
    "presentielijst_pdf",
    "verzuim_pdf",
]
