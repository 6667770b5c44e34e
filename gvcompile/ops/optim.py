"""optim ops (to be filled)."""
