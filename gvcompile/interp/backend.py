"""The interpreter as a target (``target="interp"``)."""

from __future__ import annotations

from ..targets import register_backend
from .interpreter import Interpreter


@register_backend("interp")
class InterpBackend:
    name = "interp"

    def __init__(self, rounding_noise: float = 0.0, noise_seed: int = 0, **options):
        """``rounding_noise``: Monte Carlo arithmetic for error estimates (the fuzzer's
        tolerances): every floating op result is multiplied by (1 + rounding_noise * u), u
        uniform in [-1, 1] per element, drawn from ``noise_seed``. 0 (the default): exact
        NumPy semantics."""
        if options:
            raise TypeError(f"target 'interp' takes the options rounding_noise and "
                            f"noise_seed, got {sorted(options)}")
        self.noise = (float(rounding_noise), int(noise_seed)) if rounding_noise else None

    def build(self, graph):
        return Interpreter(graph, self.noise)
