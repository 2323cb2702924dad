"""Vandaag: today's lessons, absences reported in advance, verzuim signals."""
