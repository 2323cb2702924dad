"""Rapportages: the five attendance reports and their forms."""
