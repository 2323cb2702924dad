"""Find text that Qt cuts off and widgets that overlap, on a shown widget tree.

Each check asks Qt what it would draw: `fontMetrics().horizontalAdvance` of a text against
the room the widget gives it. A text that does not fit is fine only when the widget (or the
item, through `Qt.ToolTipRole`) has a tooltip that shows it in full.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

MAX_ROWS = 40  # visible rows checked per view: enough for a screen, keeps the test fast


def _describe(widget: QWidget, text: str, need: int, room: int) -> str:
    name = widget.objectName() or "-"
    owner = widget.window().__class__.__name__
    return (f"{owner}: {widget.__class__.__name__}#{name} {text!r} needs {need}px, "
            f"has {room}px")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    rect = label.contentsRect()
    margin = label.margin()
    indent = max(label.indent(), 0)
    room = rect.width() - 2 * margin - indent
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height():
            return _describe(label, text, need_height, label.height()) + " (height)"
        return None
    fm = label.fontMetrics()
    if rich:  # laid out as Qt lays it out: a text document without margins
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need = ceil(document.idealWidth())
        return _describe(label, text, need, room) if need > room else None
    need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    if need > room:
        return _describe(label, text, need, room)
    lines = text.count("\n") + 1
    if fm.lineSpacing() * lines - fm.leading() > rect.height() - 2 * margin:
        return _describe(label, text, fm.height() * lines, rect.height()) + " (height)"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = rect.width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px a side
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > room:
        return _describe(edit, text, need, room)
    return None


def _button(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        need += 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        need = max(need, button.sizeHint().width())  # the style sheet's padding
    elif isinstance(button, (QCheckBox, QRadioButton)):
        metric = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
                  else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        need += button.style().pixelMetric(metric, None, button) + 4
    else:
        return None
    if need > button.width():
        return _describe(button, text, need, button.width())
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    if need > room:
        return _describe(combo, text, need, room)
    return None


def _group(box: QGroupBox) -> str | None:
    text = box.title()
    need = box.fontMetrics().horizontalAdvance(text)
    if text and need > box.width() - 16:
        return _describe(box, text, need, box.width() - 16)
    return None


def _sections(header: QHeaderView) -> list[str]:
    """Header texts that do not fit their section (bold, with the style sheet's padding)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # the theme's header font
    metrics = QFontMetrics(font)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not text:
            continue
        room = header.sectionSize(section) - 2 * 8  # padding: 4px 8px
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            room -= 16
        need = metrics.horizontalAdvance(str(text))
        if need > room and not model.headerData(section, Qt.Orientation.Horizontal,
                                                Qt.ItemDataRole.ToolTipRole):
            found.append(f"{header.window().__class__.__name__}: column header {text!r} "
                         f"needs {need}px, has {room}px")
    return found


def _cells(view: QAbstractItemView) -> list[str]:
    if isinstance(view, QHeaderView):
        return _sections(view)
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    viewport = view.viewport().rect()
    fm = view.fontMetrics()
    # Qt's text margin in a cell: the focus frame margin + 1, on each side.
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            view) + 1)

    def check(index: QModelIndex) -> None:
        rect = view.visualRect(index)
        if not rect.isValid() or not rect.intersects(viewport):
            return
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or text == "":
            return
        text = str(text)
        room = rect.width() - padding
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= view.iconSize().width() if view.iconSize().isValid() else 16
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else fm
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if need > room and not index.data(Qt.ItemDataRole.ToolTipRole):
            found.append(f"{view.window().__class__.__name__}: "
                         f"{view.__class__.__name__}#{view.objectName() or '-'} cell "
                         f"({index.row()},{index.column()}) {text!r} needs {need}px, "
                         f"has {room}px")

    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a QAbstractListModel hides columnCount from Python
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(columns):
            check(model.index(row, column))
    return found


def _overlaps(parent: QWidget) -> list[str]:
    if isinstance(parent, QScrollArea) and parent.widget() is not None and (
            parent.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and parent.widget().width() > parent.viewport().width()):
        return [f"{parent.window().__class__.__name__}: QScrollArea#"
                f"{parent.objectName() or '-'} cuts off the right "
                f"{parent.widget().width() - parent.viewport().width()}px of its content"]
    if isinstance(parent, (QStackedWidget, QAbstractScrollArea)):
        return []
    children = [c for c in parent.children()
                if isinstance(c, QWidget) and not c.isWindow() and c.isVisible()
                and not c.objectName().startswith("qt_")]
    found = []
    for i, first in enumerate(children):
        for second in children[i + 1:]:
            common: QRect = first.geometry().intersected(second.geometry())
            if not common.isEmpty():
                found.append(
                    f"{parent.window().__class__.__name__}: "
                    f"{first.__class__.__name__}#{first.objectName() or '-'} "
                    f"{_short(first)} overlaps {second.__class__.__name__}"
                    f"#{second.objectName() or '-'} {_short(second)} by "
                    f"{common.width()}x{common.height()}")
    return found


def _short(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    return repr(str(value)[:30]) if value else ""


def layout_problems(root: QWidget) -> list[str]:
    """Every cut-off text without a tooltip and every overlap of siblings under `root`."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if widget is not root and widget.window() is not root.window():
            continue  # a popup or another window
        found.extend(_overlaps(widget))
        if widget.toolTip():
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QLineEdit):
            problem = _line_edit(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QAbstractItemView):
            found.extend(_cells(widget))
        inner = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        # Less high than Qt itself would make it. One pixel is let go: a layout with
        # word-wrapped labels rounds its heights (the import wizard's buttons at 125 %).
        least = min(widget.sizeHint().height(), widget.minimumSizeHint().height())
        if isinstance(widget, (QLineEdit, QPushButton, QComboBox)) and not inner and (
                widget.height() < least - 1):
            found.append(f"{widget.window().__class__.__name__}: "
                         f"{widget.__class__.__name__}#{widget.objectName() or '-'} "
                         f"in {type(widget.parentWidget()).__name__} squashed to "
                         f"{widget.height()}px high, needs {least}px")
        if problem:
            found.append(problem)
    return found
