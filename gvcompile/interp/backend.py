"""The interpreter as a target (``target="interp"``)."""

from __future__ import annotations

from ..targets import register_backend
from .interpreter import Interpreter


@register_backend("interp")
class InterpBackend:
    name = "interp"

    def __init__(self, **options):
        if options:
            raise TypeError(f"target 'interp' takes no options, got {sorted(options)}")

    def build(self, graph):
        return Interpreter(graph)
