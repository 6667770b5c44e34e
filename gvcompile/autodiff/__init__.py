"""Autodiff: backward graphs from the ops' VJP rules, and the forward/backward split."""

from .backward import STATS, add_backward
from .split import split_forward_backward

__all__ = ["STATS", "add_backward", "split_forward_backward"]
