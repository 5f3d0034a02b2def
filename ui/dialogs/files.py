"""File dialogs that never open the files they list.

Qt's own file dialog asks the icon provider for each file's icon and type, and the stock
provider reads a file's first bytes to guess its type. On Linux and macOS opening and
closing the live database's ``-shm`` or ``-wal`` that way drops SQLite's locks (they
belong to the process), after which another process may delete the live WAL and every
write that follows is lost. So every file dialog in the program comes from here:

- Qt's widget-based dialog on Linux and macOS (a native GTK or portal dialog runs in the
  process and sniffs content too); Windows locks belong to handles, so its native dialog
  is kept there;
- an icon provider that decides by name and ``stat`` alone;
- the live database's files left out of the list, and refused if typed in.

A test asserts that no other module calls ``QFileDialog`` itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QFileInfo,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QStyle, QWidget

from scipop.store import guard
from ui.errors import show_error

NATIVE = sys.platform == "win32"
# Qt's own Chinese translation lacks two labels of its file dialog (Qt 6 gave them mnemonics);
# marked here, lupdate puts them in our .ts, where Qt finds them in its own context.
QT_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's kind and suffix; content is never read."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
            folder = what.isDir()
        else:
            folder = what != QAbstractFileIconProvider.IconType.File
        pixmap = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QApplication.translate("FileDialogs", "File")
        return QApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper())


class WithoutDatabaseFiles(QSortFilterProxyModel):
    """The folder's entries less the files of a database open in this program."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            path = model.filePath(model.index(row, 0, parent))
            if path and guard.is_database_file(path):
                return False
        return True


def file_dialog(
    parent: QWidget | None,
    caption: str,
    folder: str | Path = "",
    name_filter: str = "",
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    """A dialog set up as described above; the callers below ``exec()`` it."""
    dialog = QFileDialog(parent, caption, str(folder), name_filter)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(NameOnlyIconProvider())  # before the model lists anything
        dialog.setProxyModel(WithoutDatabaseFiles(dialog))
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    if guard.is_database_file(path):
        try:
            guard.refuse_database_file(path)
        except guard.DatabaseFileRefused as exc:
            show_error(dialog.parentWidget(), exc)
        return ""
    return path


def open_file_name(
    parent: QWidget | None, caption: str, folder: str | Path = "", name_filter: str = ""
) -> str:
    """An existing file chosen by the user, or ``""``."""
    return _chosen(file_dialog(parent, caption, folder, name_filter))


def save_file_name(
    parent: QWidget | None, caption: str, path: str | Path = "", name_filter: str = ""
) -> str:
    """Where to save (overwriting is confirmed by the dialog), or ``""``."""
    dialog = file_dialog(
        parent,
        caption,
        path,
        name_filter,
        mode=QFileDialog.FileMode.AnyFile,
        accept=QFileDialog.AcceptMode.AcceptSave,
    )
    return _chosen(dialog)


def existing_directory(parent: QWidget | None, caption: str, folder: str | Path = "") -> str:
    """A folder chosen by the user, or ``""``."""
    return _chosen(file_dialog(parent, caption, folder, mode=QFileDialog.FileMode.Directory))
