"""Tracing rules: conv layers (being written)."""
