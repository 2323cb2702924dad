"""Data layer: SQLAlchemy 2 models, engine with pragmas, migrations."""
