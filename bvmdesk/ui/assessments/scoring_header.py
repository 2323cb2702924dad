"""Above the scoring grid: who and what is assessed, the version line, a banner when the
assessment is locked, the keys and the message line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bvmdesk.domain.assessment import Scale
from bvmdesk.services.assessment_types import FINAL, AssessmentInfo, AssessmentSummary
from bvmdesk.ui.formatting import format_date

SCORING_STYLE = """
QLabel#scoringTitle { font-size: 13pt; font-weight: 600; }
QLabel#sideTitle { font-weight: 600; }
QLabel#scoringKeys { background: #E8F0F8; border: 1px solid #C9D8E8; border-radius: 4px;
                     padding: 4px 8px; }
QLabel#scoringBanner { background: #FDF3E1; color: #6B4300; border: 1px solid #EBCB8B;
                       border-radius: 4px; padding: 4px 8px; font-weight: 600; }
QLabel#scoringVersion { color: #174A7C; font-weight: 600; }
QLabel#scanError { color: #B3261E; font-weight: 600; }
QLabel#scanOk { color: #2E7D32; font-weight: 600; }
QLabel#scoringTotal { font-weight: 600; }
"""


def status_word(info: AssessmentInfo | AssessmentSummary) -> str:
    translate = QCoreApplication.translate
    if info.status == FINAL:
        return translate("Scoring", "definitief")
    return translate("Scoring", "concept")


def keys_text(scale: Scale) -> str:
    translate = QCoreApplication.translate
    if scale is Scale.OVG:
        keys = translate("Scoring", "<b>O</b> onvoldoende <b>V</b> voldoende <b>G</b> goed")
    elif scale is Scale.ACCEPTABLE:
        keys = translate("Scoring", "<b>A</b> acceptabel <b>N</b> niet acceptabel")
    else:
        keys = translate("Scoring", "<b>cijfer</b> typen (7 of 7,5), Enter")
    rest = translate("Scoring", "Enter: toelichting · Alt+Enter: opmerking · Delete: wissen · "
                     "Ctrl+Enter: definitief maken")
    return translate("Scoring", "Toetsen: {keys} · {rest}").format(keys=keys, rest=rest)


class ScoringHeader(QWidget):
    """`version_chosen(assessment_id)` when another version is picked in the list."""

    version_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("scoringTitle")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("muted")
        self.detail_label.setWordWrap(True)
        self.versions_combo = QComboBox()
        self.versions_combo.setObjectName("versions")
        self.versions_combo.setToolTip(self.tr("Alle versies van deze beoordeling"))
        self.versions_combo.activated.connect(self._on_versions_combo_activated)
        self.version_label = QLabel()
        self.version_label.setObjectName("scoringVersion")
        self.version_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("scoringBanner")
        self.banner.setWordWrap(True)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("scoringKeys")
        self.keys_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.counter_label = QLabel()
        self.total_label = QLabel()
        self.total_label.setObjectName("scoringTotal")
        status = QHBoxLayout()
        status.setSpacing(16)
        status.addWidget(self.version_label, 1)
        status.addWidget(self.counter_label)
        status.addWidget(self.total_label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.versions_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.detail_label)
        layout.addLayout(status)
        layout.addWidget(self.banner)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message_label)

    def show_assessment(self, info: AssessmentInfo, versions: list[AssessmentSummary], *,
                        can_record: bool) -> None:
        self.title_label.setText(self.tr("{code} · {name} ({number})").format(
            code=info.code, name=info.participant_name, number=info.participant_number))
        self.title_label.setToolTip(self.title_label.text())
        assessor = info.assessor_name or info.assessor_username or self.tr("onbekend")
        self.detail_label.setText(" · ".join((
            self.tr("Beoordelingsformulier {code} {name}").format(code=info.form.code,
                                                                  name=info.form.name),
            self.tr("groep {group}").format(group=info.group_code),
            format_date(info.date),
            self.tr("Beoordelaar: {name}").format(name=assessor))))
        version = self.tr("Versie {version} · {status}").format(
            version=info.version, status=status_word(info))
        if info.supersedes_version is not None:
            version = self.tr("Versie {version}, vervangt versie {old}: {reason}").format(
                version=info.version, old=info.supersedes_version,
                reason=info.reason or self.tr("geen reden opgegeven"))
            version += f" · {status_word(info)}"
        self.version_label.setText(version)
        self.versions_combo.clear()
        for item in versions:
            self.versions_combo.addItem(self.tr("Versie {version} ({status})").format(
                version=item.version, status=status_word(item)), item.id)
            if item.id == info.id:
                self.versions_combo.setCurrentIndex(self.versions_combo.count() - 1)
        self.versions_combo.setVisible(len(versions) > 1)
        banner = ""
        if info.superseded_by_id is not None:
            banner = self.tr("Deze versie is vervangen door een nieuwere versie; de nieuwste "
                             "definitieve versie telt.")
        elif info.is_final:
            when = format_date(info.finalised_at.date()) if info.finalised_at else ""
            banner = self.tr("Definitief sinds {day}: deze beoordeling kan niet meer worden "
                             "gewijzigd. Een fout herstelt u met 'Corrigeren' (een nieuwe "
                             "versie).").format(day=when)
        elif not can_record:
            banner = self.tr("U kunt deze beoordeling alleen bekijken.")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.keys_label.setText(keys_text(Scale(info.form.scale)))
        self.keys_label.setVisible(not info.is_final and can_record)

    def show_message(self, text: str, *, error: bool = False, muted: bool = False) -> None:
        self.message_label.setObjectName("muted" if muted else "scanError" if error
                                         else "scanOk")
        self.message_label.setText(text)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def _on_versions_combo_activated(self, index: int) -> None:
        chosen = self.versions_combo.itemData(index)
        if chosen is not None:
            self.version_chosen.emit(chosen)
