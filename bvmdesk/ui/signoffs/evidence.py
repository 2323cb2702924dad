"""The photo or scan of a returned aftekenkaart: the evidence behind a sign-off on paper,
shown as it was stored (services.photos made it upright, small and free of metadata)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoffs import SignOffService
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.icons import icon


class EvidenceDialog(QDialog):
    """One stored photo, scaled to the screen, with its caption."""

    def __init__(self, pixmap: QPixmap, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BVM Desk: foto van de aftekenkaart"))
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("evidenceImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit_w = int(screen.width() * 0.8) if screen else 1000
        limit_h = int(screen.height() * 0.7) if screen else 600
        self.image.setPixmap(pixmap.scaled(min(limit_w, pixmap.width()),
                                           min(limit_h, pixmap.height()),
                                           Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        area = QScrollArea()
        area.setWidget(self.image)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setIcon(icon("fa6s.xmark"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(min(limit_w, pixmap.width()) + 60, min(limit_h, pixmap.height()) + 140)


def evidence_dialog(parent: QWidget, service: SignOffService, actor: Actor,
                    attachment_id: uuid.UUID, caption: str) -> EvidenceDialog | None:
    """The dialog for a stored photo, or None after saying why it cannot be shown."""
    try:
        _media_type, data = service.evidence(actor, attachment_id)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        show_error(parent, ServiceError(QCoreApplication.translate(
            "EvidenceDialog", "De foto kan niet worden getoond (geen leesbare afbeelding).")))
        return None
    return EvidenceDialog(pixmap, caption, parent)
