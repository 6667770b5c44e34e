"""Optimizers and losses (being written)."""
