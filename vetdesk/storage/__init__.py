"""Persistence: SQLAlchemy models, Alembic migrations and queries."""
