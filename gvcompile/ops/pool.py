"""pool ops (to be filled)."""
