"""Pure rules and value types: no Qt, no SQLAlchemy, no I/O."""
