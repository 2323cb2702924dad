"""Beoordelingen: practical assessments scored at the bench."""
