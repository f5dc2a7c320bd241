"""Notions and sides, pure (no store): matching a notion across wordings, assigning speakers to sides."""
