"""The PySide6 desktop interface: main window, pages, table models, dialogs and workers."""
