"""Beside the scoring grid: the overall remark, the photos and the second assessor."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.signature import Signature, SignatureError, decode
from bvmdesk.services.assessment_types import AssessmentInfo
from bvmdesk.ui.assessments.photos import PhotoStrip
from bvmdesk.ui.common.signature_pad import INK, signature_path
from bvmdesk.ui.formatting import format_date

SIDE_WIDTH = 256
ROLE_WORDS = {"praktijkopleider": "praktijkopleider", "instructeur": "instructeur"}


class SignatureView(QWidget):
    """A stored signature drawn small, from its strokes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature: Signature | None = None
        self.setFixedHeight(56)

    def set_text(self, text: str | None) -> None:
        try:
            self.signature = decode(text) if text else None
        except SignatureError:
            self.signature = None
        self.setVisible(self.signature is not None)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.signature is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        painter.setPen(QPen(QColor(INK), 1.4))
        painter.drawPath(signature_path(self.signature, QRectF(self.rect()).adjusted(4, 4, -4,
                                                                                      -4)))
        painter.end()


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sideTitle")
    return label


class ScoringSide(QWidget):
    """Opmerking, Foto's and Tweede beoordelaar; the screen connects the buttons."""

    remark_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QPushButton { padding: 6px 10px; }")
        self.remark_edit = QPlainTextEdit()
        self.remark_edit.setObjectName("overallRemark")
        self.remark_edit.setPlaceholderText(self.tr("Opmerking bij de hele beoordeling"))
        self.remark_edit.setTabChangesFocus(True)
        self.remark_edit.setFixedHeight(88)
        self.remark_edit.textChanged.connect(self._on_remark_edit_text_changed)
        self._loading = False

        self.photos = PhotoStrip()
        # Room for a row of thumbnails and a bit: more scroll; the second assessor below
        # stays in view on a 768-pixel screen.
        self.photos.setMinimumHeight(112)
        self.photos.setMaximumHeight(150)
        self.photos.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.photo_hint = QLabel(self.tr("Sleep foto's hierheen of kies een bestand."))
        self.photo_hint.setObjectName("muted")
        self.photo_hint.setWordWrap(True)
        self.add_photo_button = QPushButton(self.tr("Foto toevoegen"))
        self.add_photo_button.setObjectName("addPhoto")
        self.remove_photo_button = QPushButton(self.tr("Verwijderen"))
        self.remove_photo_button.setObjectName("removePhoto")
        self.remove_photo_button.setToolTip(self.tr("De gekozen foto verwijderen"))
        photo_buttons = QHBoxLayout()
        photo_buttons.setSpacing(8)
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        self.photos.currentItemChanged.connect(self._on_photos_current_item_changed)

        self.second_label = QLabel()
        self.second_label.setObjectName("secondAssessor")
        self.second_label.setWordWrap(True)
        self.signature_view = SignatureView()
        self.second_button = QPushButton(self.tr("Tweede beoordelaar…"))
        self.second_button.setObjectName("secondButton")
        self.clear_second_button = QPushButton(self.tr("Verwijderen"))
        self.clear_second_button.setObjectName("clearSecond")
        self.clear_second_button.setToolTip(self.tr("De tweede beoordelaar weghalen"))
        second_buttons = QHBoxLayout()
        second_buttons.setSpacing(8)
        second_buttons.addWidget(self.second_button)
        second_buttons.addWidget(self.clear_second_button)
        second_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_title(self.tr("Opmerking")))
        layout.addWidget(self.remark_edit)
        layout.addSpacing(4)
        layout.addWidget(_title(self.tr("Foto's")))
        layout.addWidget(self.photos, 1)
        layout.addWidget(self.photo_hint)
        layout.addLayout(photo_buttons)
        layout.addSpacing(4)
        layout.addWidget(_title(self.tr("Tweede beoordelaar")))
        layout.addWidget(self.second_label)
        layout.addWidget(self.signature_view)
        layout.addLayout(second_buttons)
        layout.addStretch(1)
        self.setFixedWidth(self.fitting_width())

    def fitting_width(self) -> int:
        """At least SIDE_WIDTH, wider when a large font needs it for the photo buttons."""
        buttons = (self.add_photo_button.sizeHint().width()
                   + self.remove_photo_button.sizeHint().width() + 8)
        return max(SIDE_WIDTH, buttons)

    @property
    def remark(self) -> str:
        return self.remark_edit.toPlainText()

    def show_assessment(self, info: AssessmentInfo, *, editable: bool) -> None:
        self._loading = True
        if self.remark_edit.toPlainText() != (info.remark or ""):
            self.remark_edit.setPlainText(info.remark or "")
        self._loading = False
        self.remark_edit.setReadOnly(not editable)
        self.remark_edit.setPlaceholderText(
            self.tr("Opmerking bij de hele beoordeling") if editable else self.tr("Geen"))
        self.photos.set_photos(info.photos)
        self.photos.accepting = editable
        self.photo_hint.setVisible(editable)
        self.add_photo_button.setVisible(editable)
        self.remove_photo_button.setVisible(editable)
        self.remove_photo_button.setEnabled(False)
        if info.second_assessor_name:
            role = ROLE_WORDS.get(info.second_assessor_role or "", info.second_assessor_role)
            when = (format_date(info.second_assessed_at.date())
                    if info.second_assessed_at is not None else "")
            text = f"{info.second_assessor_name} ({role})"
            if when:
                text += "\n" + self.tr("Bevestigd op {day}").format(day=when)
            self.second_label.setText(text)
        else:
            self.second_label.setText(self.tr("Nog geen tweede beoordelaar."))
        self.signature_view.set_text(info.second_assessor_strokes)
        self.second_button.setVisible(editable)
        self.second_button.setText(self.tr("Wijzigen…") if info.second_assessor_name
                                   else self.tr("Tweede beoordelaar…"))
        self.clear_second_button.setVisible(editable and bool(info.second_assessor_name))

    def _on_remark_edit_text_changed(self) -> None:
        if not self._loading and not self.remark_edit.isReadOnly():
            self.remark_edited.emit()

    def _on_photos_current_item_changed(self, *_args: object) -> None:
        self.remove_photo_button.setEnabled(self.photos.currentItem() is not None)



def side_scroll_area(side: ScoringSide) -> QScrollArea:
    """The side panel scrolls up and down on a short screen (never sideways)."""
    area = QScrollArea()
    area.setObjectName("scoringSide")
    area.setWidget(side)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedWidth(side.width() + area.verticalScrollBar().sizeHint().width())
    side.setMinimumHeight(side.minimumSizeHint().height())
    return area
