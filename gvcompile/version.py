"""The project version (one place: the package, exports and cache keys read it)."""

__version__ = "0.1.0"
