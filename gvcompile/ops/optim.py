"""Optimizer updates as ops (API.md §6; PyTorch ``torch.optim`` semantics).

Each op returns ONE value, so one update is a few ops with the state explicit in and out:

  SGD / MSGD / Nesterov (one buffer ``b`` per parameter; none with momentum 0, where
  sgd_momentum does not read ``b`` and gives the step direction, and optimizers pass ``g``):
      b'  = sgd_momentum(θ, g, b, t)   {momentum, dampening, weight_decay, maximize}
      θ'  = sgd_param(θ, g, b', lr)    {momentum, weight_decay, maximize, nesterov}
  Adam (moments ``m``, ``v``; amsgrad also ``v_max``):
      m'  = adam_moment1(θ, g, m)      {beta1, weight_decay, maximize}
      v'  = adam_moment2(θ, g, v)      {beta2, weight_decay, maximize}
      v_max' = maximum(v_max, v')      (amsgrad only; the element-wise op)
      θ'  = adam_param(θ, m', v' or v_max', t, lr)  {beta1, beta2, epsilon}

``t`` is the step count (1 at the first update) and ``lr`` the learning rate, both 0-d tensors of
the parameter's dtype, so one compiled training step serves every step and every learning rate
(a schedule does not recompile). The effective gradient of every rule is
``d = (-g if maximize else g) + weight_decay * θ`` (maximize first, then L2 decay, as PyTorch).
The ops are element-wise (``scalar`` bodies for the code generators) but of kind "optim": they
have no derivative.
"""

from __future__ import annotations

import math

import numpy as np

from ..errors import ShapeError, where
from ..ir.types import TensorType, show_shape
from ._util import require_float, same_dtype
from .registry import defop

_NONDIFF = "optimizer update"


def _infer(name, n_tensors, n_scalars):
    """Operands: ``n_tensors`` tensors of one shape, then ``n_scalars`` 0-d operands (the step
    count, the learning rate)."""

    def infer(types, attrs, src):
        dt = same_dtype(types, src, name)
        require_float(types[0], src, name)
        shape = types[0].shape
        for t in types[1:n_tensors]:
            if t.shape != shape:
                raise ShapeError(f"{where(src)}{name}: operand shapes differ: "
                                 f"{show_shape(shape)} and {show_shape(t.shape)}")
        for t in types[n_tensors:n_tensors + n_scalars]:
            if t.rank != 0:
                raise ShapeError(f"{where(src)}{name}: the step count and learning rate must "
                                 f"be 0-d, got {show_shape(t.shape)}")
        return TensorType(shape, dt)

    return infer


# ---- the effective gradient ------------------------------------------------------------------
def _direction_ref(param, grad, weight_decay, maximize):
    d = -grad if maximize else np.array(grad, copy=True)  # never an alias of the gradient
    if weight_decay:
        d = d + weight_decay * param
    return d


def _direction_body(s, param, grad, weight_decay, maximize):
    d = s.neg(grad) if maximize else grad
    if weight_decay:
        d = s.add(d, s.mul(s.const(weight_decay), param))
    return d


# ---- SGD with (optional) momentum, dampening, Nesterov --------------------------------------
def _sgd_momentum_ref(param, grad, buf, step, momentum, dampening, weight_decay, maximize):
    """b' = d at the first step, else momentum * b + (1 - dampening) * d. With momentum 0 this
    is GradValley's SGD dampening: (1 - dampening) * d from the second step on."""
    d = _direction_ref(param, grad, weight_decay, maximize)
    if float(step) == 1.0:
        return d
    if momentum == 0.0:  # no buffer (SGD): not read, so any operand of the shape stands for it
        return (1.0 - dampening) * d
    return momentum * buf + (1.0 - dampening) * d


def _sgd_momentum_body(s, param, grad, buf, step, momentum, dampening, weight_decay, maximize):
    d = _direction_body(s, param, grad, weight_decay, maximize)
    later = s.mul(s.const(1.0 - dampening), d)
    if momentum != 0.0:
        later = s.add(s.mul(s.const(momentum), buf), later)
    return s.where(s.eq(step, s.const(1.0)), d, later)


defop("sgd_momentum", kind="optim", infer=_infer("sgd_momentum", 3, 1), arity=4,
      ref=_sgd_momentum_ref, nondiff=_NONDIFF, scalar=_sgd_momentum_body,
      doc=_sgd_momentum_ref.__doc__)


def _sgd_param_ref(param, grad, buf, lr, momentum, weight_decay, maximize, nesterov):
    """θ' = θ - lr * (d + momentum * b' if nesterov else b'), with b' the new buffer."""
    if nesterov:
        direction = _direction_ref(param, grad, weight_decay, maximize) + momentum * buf
    else:
        direction = buf
    return param - lr * direction


def _sgd_param_body(s, param, grad, buf, lr, momentum, weight_decay, maximize, nesterov):
    direction = buf
    if nesterov:
        d = _direction_body(s, param, grad, weight_decay, maximize)
        direction = s.add(d, s.mul(s.const(momentum), buf))
    return s.sub(param, s.mul(lr, direction))


defop("sgd_param", kind="optim", infer=_infer("sgd_param", 3, 1), arity=4,
      ref=_sgd_param_ref, nondiff=_NONDIFF, scalar=_sgd_param_body, doc=_sgd_param_ref.__doc__)


# ---- Adam (and AMSGrad) ------------------------------------------------------------------------
def _adam_moment1_ref(param, grad, m, beta1, weight_decay, maximize):
    """m' = beta1 * m + (1 - beta1) * d"""
    return beta1 * m + (1.0 - beta1) * _direction_ref(param, grad, weight_decay, maximize)


def _adam_moment1_body(s, param, grad, m, beta1, weight_decay, maximize):
    d = _direction_body(s, param, grad, weight_decay, maximize)
    return s.add(s.mul(s.const(beta1), m), s.mul(s.const(1.0 - beta1), d))


defop("adam_moment1", kind="optim", infer=_infer("adam_moment1", 3, 0), arity=3,
      ref=_adam_moment1_ref, nondiff=_NONDIFF, scalar=_adam_moment1_body,
      doc=_adam_moment1_ref.__doc__)


def _adam_moment2_ref(param, grad, v, beta2, weight_decay, maximize):
    """v' = beta2 * v + (1 - beta2) * d^2"""
    d = _direction_ref(param, grad, weight_decay, maximize)
    return beta2 * v + (1.0 - beta2) * (d * d)


def _adam_moment2_body(s, param, grad, v, beta2, weight_decay, maximize):
    d = _direction_body(s, param, grad, weight_decay, maximize)
    return s.add(s.mul(s.const(beta2), v), s.mul(s.const(1.0 - beta2), s.mul(d, d)))


defop("adam_moment2", kind="optim", infer=_infer("adam_moment2", 3, 0), arity=3,
      ref=_adam_moment2_ref, nondiff=_NONDIFF, scalar=_adam_moment2_body,
      doc=_adam_moment2_ref.__doc__)


def _adam_param_ref(param, m, v, step, lr, beta1, beta2, epsilon):
    """θ' = θ - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + epsilon)
    (``v`` is v' or, for amsgrad, max(v_max, v'): PyTorch's current formula)."""
    t = float(step)
    step_size = lr / (1.0 - beta1 ** t)
    denom = np.sqrt(v) / math.sqrt(1.0 - beta2 ** t) + epsilon
    return param - step_size * (m / denom)


def _one_minus_pow(s, beta: float, step):
    """1 - beta^t as -expm1(t ln beta), expm1(x) = 2 tanh(x/2) / (1 - tanh(x/2)), with ln beta a
    double constant: in float32, 1 - 0.999^t directly keeps only 4 digits (the update was off by
    1e-4 relative from the reference, which computes it in double)."""
    if beta == 0.0:
        return s.const(1.0)
    th = s.tanh(s.mul(step, s.const(0.5 * math.log(beta))))
    return s.div(s.mul(s.const(-2.0), th), s.sub(s.const(1.0), th))


def _adam_param_body(s, param, m, v, step, lr, beta1, beta2, epsilon):
    bc1 = _one_minus_pow(s, beta1, step)
    bc2 = _one_minus_pow(s, beta2, step)
    denom = s.add(s.div(s.sqrt(v), s.sqrt(bc2)), s.const(epsilon))
    return s.sub(param, s.mul(s.div(lr, bc1), s.div(m, denom)))


defop("adam_param", kind="optim", infer=_infer("adam_param", 3, 2), arity=5,
      ref=_adam_param_ref, nondiff=_NONDIFF, scalar=_adam_param_body, doc=_adam_param_ref.__doc__)
