"""What a kernel of the plan does, counted: floating-point operations and compulsory bytes,
for the per-kernel profile (GV_PROFILE=1, llvm/profile.py) and anything else that wants a
roofline figure.

* flops: a matrix product (GEMMs and implicit-GEMM convolutions) 2 M N K per product, a
  direct convolution weight gradient 2 x gy elements x (C kH kW); a
  recurrent sequence kernel (forward or backward through time) its recurrent products,
  2 T N (K H) H; a loop kernel one operation per arithmetic node of its body and per reducing
  sink, at every point of its domain. Other op kernels: None (not counted, never guessed).
* bytes: every distinct element a kernel reads or writes, once (an access's footprint is the
  product of the domain extents along which its address moves): the traffic no schedule can
  avoid, so GB/s is a lower bound of what the kernel moved.

Both are exact integers at a batch extent ``n``."""

from __future__ import annotations

from .extent import Lin
from .kernels import Kernel, Plan

RECURRENT_OPS = ("rnn_seq", "gru_seq", "lstm_seq")


def _ev(x, n: int) -> int:
    return x.eval(n) if isinstance(x, Lin) else int(x)


def _numel(shape, n: int) -> int:
    out = 1
    for d in shape:
        out *= _ev(d, n)
    return out


def _matmul_flops(k: Kernel, n: int) -> int:
    a = k.inputs[0].shape
    out = k.outputs[0].shape
    inner = _numel(a[:-1], n) if k.attrs.get("trans_a") else _ev(a[-1], n)
    count = _ev(k.attrs["batch"][0], n) if "batch" in k.attrs else 1
    return 2 * _numel(out, n) * inner * count


def _recurrent_flops(k: Kernel, n: int) -> int | None:
    """2 T N (K H) H: the products with the hidden weights (K H, H), every step."""
    w = [v.shape for v in k.inputs if len(v.shape) == 2 and all(
        isinstance(d, Lin) and d.const for d in v.shape)]
    w = [s for s in w if s[1].b and s[0].b % s[1].b == 0 and s[0].b > s[1].b]
    if not w:
        return None
    steps = _numel(k.inputs[0].shape[:2], n)
    return 2 * steps * w[-1][0].b * w[-1][1].b


def flops(k: Kernel, n: int) -> int | None:
    if k.kind == "loop":
        total = 0
        for lp in k.loops:
            per = sum(1 for e in lp.exprs if e[0] == "op")
            per += sum(1 for s in lp.sinks if s.mode != "store")
            total += per * _numel(lp.domain, n)
        return total
    if k.op == "matmul":
        return _matmul_flops(k, n)
    if k.op.removesuffix("_grad") in RECURRENT_OPS:
        return _recurrent_flops(k, n)
    if k.op == "conv2d_grad_weight":  # the direct kernel (llvm/conv_wgrad.py): gy x taps
        gy, dw = k.inputs[1].shape, k.outputs[0].shape
        return 2 * _numel(gy, n) * _numel(dw[1:], n)
    return None


def _footprint(domain, strides, n: int) -> int:
    out = 1
    for d, s in zip(domain, strides, strict=True):
        if _ev(s, n) != 0:
            out *= _ev(d, n)
    return out


def nbytes(plan: Plan, k: Kernel, n: int) -> int:
    size = {b.id: b.dtype.itemsize for b in plan.buffers}
    seen: set = set()
    total = 0
    if k.kind == "loop":
        for lp in k.loops:
            for acc in list(lp.loads) + [s.access for s in lp.sinks]:
                key = (acc.buf, repr(acc.offset), repr(acc.strides), repr(lp.domain))
                if key not in seen:
                    seen.add(key)
                    total += _footprint(lp.domain, acc.strides, n) * size[acc.buf]
        return total
    views = list(k.inputs) + list(k.outputs)
    moves = [False] * len(views)  # a batched product's operands that move with the batch
    if k.op == "matmul" and "batch" in k.attrs:
        a, b, out = (_ev(s, n) != 0 for s in k.attrs["batch"][1:4])
        moves[0], moves[1], moves[len(k.inputs)] = a, b, out
    count = _ev(k.attrs["batch"][0], n) if "batch" in k.attrs else 1
    for v, mv in zip(views, moves, strict=True):
        key = (v.buf, repr(v.offset), repr(v.shape), repr(v.strides))
        if key not in seen:
            seen.add(key)
            total += _numel(v.shape, n) * size[v.buf] * (count if mv else 1)
    return total
