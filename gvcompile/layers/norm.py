"""Layers: norm (being written)."""

__all__: list[str] = []
