"""Business rules of VetDesk: money, ledgers, validation. No Qt and no SQLAlchemy here."""
