"""Report builders: frozen report values in, PDF or xlsx bytes out (no Qt, no database)."""
