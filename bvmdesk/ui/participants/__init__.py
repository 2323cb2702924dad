"""Deelnemers: the list, the detail panel, enrolments and absences."""
