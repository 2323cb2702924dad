"""Dialogs: first start, login, crash report and messages."""
