"""VetDesk: the reception desk of a veterinary clinic, with debt follow-up."""

__version__ = "0.1.0"
