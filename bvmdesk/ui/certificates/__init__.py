"""Certificaten: issue, print, correct, revoke and check certificates (issue 14)."""
