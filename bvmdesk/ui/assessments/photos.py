"""Photos of the work piece: thumbnails in a strip that also takes image files dropped on it."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from bvmdesk.services.assessment_types import PhotoInfo

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif",
                            ".tiff", ".heic"})
THUMB = QSize(96, 96)


def image_files(paths: list[str]) -> list[str]:
    """The local files among `paths` that are named as images (nothing is opened here)."""
    return [p for p in paths if p and Path(p).suffix.lower() in IMAGE_SUFFIXES]


class PhotoStrip(QListWidget):
    """Thumbnails side by side; `files_dropped(paths)` when image files are dropped here."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 12, THUMB.height() + 12))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.accepting = True

    def set_photos(self, photos: tuple[PhotoInfo, ...]) -> None:
        self.clear()
        for photo in photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            item = QListWidgetItem(QIcon(pixmap), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            name = photo.filename or self.tr("foto")
            item.setToolTip(f"{name} ({photo.width} × {photo.height})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.addItem(item)

    def current_photo(self) -> tuple[uuid.UUID, str] | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        name = str(item.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        return item.data(Qt.ItemDataRole.UserRole), name

    def _paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        data = event.mimeData()
        if not self.accepting or data is None or not data.hasUrls():
            return []
        return image_files([url.toLocalFile() for url in data.urls() if url.isLocalFile()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)
