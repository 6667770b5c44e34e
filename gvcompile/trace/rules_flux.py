"""Tracing rules: flux layers (being written)."""
