"""conv ops (to be filled)."""
