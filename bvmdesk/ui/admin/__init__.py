"""Beheer: import, export, holidays, settings and the other administration sections."""
