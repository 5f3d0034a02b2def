"""SciPop Desk's PySide6 GUI: the main window, its pages, table models, dialogs and workers."""
