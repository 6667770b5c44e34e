"""Optimizers and losses (API.md §5, §6): user-facing; each lowers to ops of the op table.

``loss_graph(loss, builder, p, t, reduction_method, **options)`` adds a loss to an IR graph
(for compiled training steps); the eager loss functions run that same graph."""

from .loss_graphs import LOSSES, loss_graph
from .losses import (
    bce_loss,
    binarycrossentropy_loss,
    crossentropy_loss,
    dice_coeff_loss,
    hinge_loss,
    huber_loss,
    kldivergence_loss,
    logitbinarycrossentropy_loss,
    logitcrossentropy_loss,
    mae_loss,
    mse_loss,
    msle_loss,
    poisson_loss,
    squared_hinge_loss,
    tversky_loss,
)
from .optimizers import MSGD, SGD, Adam, Nesterov, Optimizer, step

__all__ = [
    "SGD", "MSGD", "Nesterov", "Adam", "Optimizer", "step",
    "mae_loss", "mse_loss", "bce_loss", "msle_loss", "huber_loss", "crossentropy_loss",
    "logitcrossentropy_loss", "binarycrossentropy_loss", "logitbinarycrossentropy_loss",
    "kldivergence_loss", "poisson_loss", "hinge_loss", "squared_hinge_loss",
    "dice_coeff_loss", "tversky_loss", "loss_graph", "LOSSES",
]
