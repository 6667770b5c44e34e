"""Optimizers and losses (API.md §5, §6): user-facing; each lowers to ops of the op table."""

from .optimizers import MSGD, SGD, Adam, Nesterov, Optimizer, step

__all__ = ["SGD", "MSGD", "Nesterov", "Adam", "Optimizer", "step"]
