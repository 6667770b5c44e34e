"""Differential fuzzing: random valid models from the public API, compiled for "cpu" and
"cuda" (emulated) and checked against the float64 interpreter: forward values, input and
parameter gradients, buffers, and parameters after two ``compile_train_step`` steps.

    python -m gvcompile.fuzz --n 1000 --seed 1 --targets cpu,cuda

Pipeline: models.py/generate.py/layers.py draw a spec (a plain dict), render.py turns it into
Python source (the model, and self-contained reproducers), protocol.py is the sequence of calls
made on every target, check.py compares, shrink.py reduces failures, campaign.py runs specs in a
worker process (a crash costs one model) and counts outcomes.
"""

from .campaign import Report, campaign
from .models import generate
from .render import build, reproducer

__all__ = ["campaign", "Report", "generate", "build", "reproducer"]
