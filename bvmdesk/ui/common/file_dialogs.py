"""File dialogs that never open the files they list.

Qt's own file dialog asks the MIME database what each listed file is, and that opens the
file to read its first bytes. On Linux, closing any descriptor of a file drops every POSIX
lock this process holds on it, including SQLite's locks on our open database. Another
program (a second BVM Desk, a backup tool) that then closes its connection believes it is
the last one, checkpoints and deletes the WAL file, and what we write after that goes into
a deleted file: marks that are shown as saved and are gone. So the dialogs here name files
by their names only (`_NameOnlyIcons`), and use Qt's widget dialog, not a native one (a
GTK dialog runs in this process and reads files too). Every file dialog of the GUI goes
through these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class _NameOnlyIcons(QFileIconProvider):
    """The style's folder or file icon, and a type from the name: nothing is read from a
    file (the base class asks the MIME database, which reads it)."""

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            what = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
        assert isinstance(what, QAbstractFileIconProvider.IconType)
        return QIcon(super().icon(what))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Map")
        suffix = info.suffix()
        return suffix.upper() if suffix else QCoreApplication.translate("FileDialogs",
                                                                          "Bestand")


_ICONS: list[_NameOnlyIcons] = []  # one provider for every dialog, kept alive here


def _dialog(parent: QWidget | None, caption: str, directory: str,
            name_filter: str = "") -> QFileDialog:
    if not _ICONS:
        _ICONS.append(_NameOnlyIcons())
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_ICONS[0])
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    """(the chosen path or "", the chosen name filter)."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return "", ""
        files = dialog.selectedFiles()
        return (files[0] if files else ""), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName: (the chosen file or "", the filter)."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName: (the chosen file or "", the filter); the dialog
    asks before it replaces an existing file."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """Like QFileDialog.getExistingDirectory: the chosen folder or ""."""
    dialog = _dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)[0]
