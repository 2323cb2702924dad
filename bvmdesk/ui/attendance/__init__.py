"""Presentie: the register, lessons, mark details, absences and scanner logs."""
