"""Run one spec on the targets and compare with the float64 interpreter.

Tolerance per element: ``K * (spread + max spread) + C * eps * (|ref| + max |ref|)`` (maxima
over the tensor) where ``spread`` is the largest deviation from the reference of more
interpreter runs: float64 ones with every parameter, input, seed and target multiplied by
(1 + 4 eps u), float64 ones with every rounding op result multiplied by (1 + eps/2 u) (Monte
Carlo arithmetic), and three in float32, one plain and two perturbed by 4 eps32 (for a float64
model, their deviations times eps64/eps32).
A result that is a small difference of large terms moves a lot under such perturbations, so
its tolerance grows with the magnitude of the summed terms, not with the result's own size;
the tensor's largest spread covers elements
whose own sample happened to be small (another summation order errs elsewhere). A tensor that
is all but zero next to the rest of its call (terms that cancel exactly, whatever the inputs:
the perturbations cannot show them) takes the call's largest magnitude as its own.

Outcomes per target and phase: "ok", "mismatch", "internal" (an exception from inside
gvcompile that is not one of gvcompile.errors' classes), "refused" (a gvcompile.errors class),
"harness" (a bug in the fuzzer itself); the reference itself may be "degenerate" (not finite:
the model's own numerics, e.g. a log of 0), which is not a failure.
"""

from __future__ import annotations

import os
import traceback

import numpy as np

from ..errors import GVError
from . import protocol
from .render import build

K_SPREAD, C_EPS = 8.0, 16.0
_PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_FUZZ = os.path.dirname(os.path.abspath(__file__))


def classify(exc: BaseException) -> str:
    if isinstance(exc, GVError):
        return "refused"
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        f = os.path.abspath(frame.f_code.co_filename)
        if f.startswith(_PKG) and not f.startswith(_FUZZ):
            return "internal"
    return "harness"


def describe(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {os.path.basename(tb[-1].filename)}:{tb[-1].lineno}" if tb else ""
    return f"{type(exc).__name__}: {str(exc)[:300]}{where}"


def run_phase(model, spec, phase, dtype, target, opts, delta=0.0, pseed=1):
    specs = [tuple(s) for s in spec["specs"]]
    args = (model, specs, np.dtype(dtype).type, target, opts, *spec["n"], spec["data_seed"])
    if phase == "forward":
        return protocol.forward_protocol(*args, delta=delta, mode=spec["mode"],
                                         carry_state=spec["carry_state"], pseed=pseed)
    t = spec["train"]
    return protocol.train_protocol(*args, tuple(t["out"]), t["loss"], t["loss_options"],
                                   t["target_kind"], t["optimizer"], t["opt_kwargs"],
                                   delta=delta, mode=spec["mode"], pseed=pseed)


def finite(res: dict) -> bool:
    return all(np.all(np.isfinite(v)) for v in res.values())


def spread(model, spec, phase, ref) -> dict:
    """Per key, the largest deviation from ``ref`` of the perturbed/low-precision runs."""
    eps = float(np.finfo(spec["dtype"]).eps)
    # more samples for training steps: Adam divides gradients that are rounding noise (terms
    # that cancel) by sqrt(v) + epsilon, which spreads that noise widely (seed 14 model 519)
    seeds = (1, 2, 3, 4) if phase == "train" else (1, 2)
    runs = [run_phase(model, spec, phase, "float64", "interp", {}, 4 * eps, s) for s in seeds]
    # Monte Carlo arithmetic: every rounding op's result moved by up to eps/2. Cancellation of large
    # intermediate terms shows here even where the data make it exact in plain runs (seed 32
    # model 999: LayerNorm after an InstanceNorm of relu'd zeros; mean(g) of equal g is exact
    # in NumPy, 2^-41 off when computed as sum * (1/3), in a bias gradient of 1e-17)
    # (a run that the noise makes non-finite, e.g. sqrt of a variance of equal values that
    # came out below 0, says nothing about the compiled code's rounding: left out)
    noisy = [run_phase(model, spec, phase, "float64", "interp",
                       {"rounding_noise": eps / 2, "noise_seed": s}) for s in seeds[:2]]
    runs += [x for x in noisy if finite(x)]
    # Float32 interpreter runs, one plain and two with inputs and parameters moved by
    # 4 eps32: each is another realisation of float32 rounding. One plain run can be lucky
    # where terms cancel (seed 31 model 379: normalise() then LayerNorm over 3 elements, a
    # 0.0033 input gradient off by 2e-8 in it, 1.5e-7 and 2.8e-7 in jittered ones, 3.6e-7 on
    # cuda-emulate). For a float64 model their deviations are scaled by eps64/eps32: float64
    # rounding in another order can make as much of terms that cancel, which perturbations of
    # the inputs miss where they cancel exactly (seed 30 model 216: an InstanceNorm gradient of
    # batch 1, 1.8e-15 off in a 0.006 result; the perturbed runs said 2e-17).
    eps32 = float(np.finfo(np.float32).eps)
    factor = eps / eps32
    scaled = []  # (run, factor)
    for s, d in ((1, 0.0), (1, 4 * eps32), (2, 4 * eps32)):
        try:
            low = run_phase(model, spec, phase, "float32", "interp", {}, d, s)
        except (GVError, FloatingPointError, ValueError):  # a float32 model may not build
            if spec["dtype"] == "float32":
                raise
            break
        if spec["dtype"] == "float32" and (d == 0.0 or finite(low)):
            runs.append(low)
        elif finite(low):
            scaled.append((low, factor))
    out = {}
    for k, r in ref.items():
        devs = [np.abs(np.asarray(x[k], np.float64) - r) for x in runs if k in x and
                np.shape(x[k]) == np.shape(r)]
        devs += [f * np.abs(np.asarray(x[k], np.float64) - r) for x, f in scaled
                 if k in x and np.shape(x[k]) == np.shape(r)]
        out[k] = np.max(devs, axis=0) if devs else np.zeros(np.shape(r))
    return out


def compare(ref: dict, got: dict, spr: dict, dtype: str) -> tuple[float, str]:
    """(worst error / tolerance, a line naming the worst key); > 1 is a mismatch."""
    eps = float(np.finfo(dtype).eps)
    worst, line = 0.0, ""
    scale: dict[str, float] = {}  # per call: the largest magnitude of anything it returned
    for k, r in ref.items():
        c = k.split(".")[0]
        scale[c] = max(scale.get(c, 0.0), float(np.max(np.abs(r), initial=0.0)))
    for k in sorted(set(ref) | set(got)):
        if k not in ref or k not in got:
            other = got.get(k, ref.get(k))
            if np.any(np.asarray(other) != 0):
                return np.inf, f"{k}: present only in the {'result' if k in got else 'reference'}"
            continue
        r, g = np.asarray(ref[k], np.float64), np.asarray(got[k], np.float64)
        if r.shape != g.shape:
            return np.inf, f"{k}: shape {g.shape}, expected {r.shape}"
        if r.size == 0:
            continue
        big = np.max(np.abs(r))
        call = scale[k.split(".")[0]]
        if big < np.sqrt(eps) * call:  # all but 0: cancelled terms, e.g. a bias gradient before
            big = call                 # a normalisation; they are as large as the call's values
        tol = K_SPREAD * (spr[k] + np.max(spr[k])) + C_EPS * eps * (np.abs(r) + big)
        err = np.abs(g - r)
        ratio = np.where(np.isfinite(g), err / np.maximum(tol, 1e-300), np.inf)
        i = int(np.argmax(ratio))
        if ratio.flat[i] > worst:
            worst = float(ratio.flat[i])
            idx = tuple(int(a) for a in np.unravel_index(i, r.shape))
            line = (f"{k}: element {idx} got {g.flat[i]:.9g}, expected "
                    f"{r.flat[i]:.9g} (tolerance {tol.flat[i]:.3g}, max |expected| {big:.3g})")
    return worst, line


def check_target(model, spec, phase, target, opts, ref, spr) -> dict:
    try:
        got = run_phase(model, spec, phase, spec["dtype"], target, opts)
    except Exception as e:  # noqa: BLE001  (every failure is a result here)
        return {"status": classify(e), "detail": describe(e)}
    ratio, line = compare(ref, got, spr, spec["dtype"])
    if ratio > 1.0:
        return {"status": "mismatch", "detail": line, "ratio": ratio}
    return {"status": "ok", "ratio": ratio}


def reference(spec, phase):
    """(model, ref, spread) or (None, outcome dict) when the reference cannot be had."""
    try:
        model = build(spec)
    except Exception as e:  # noqa: BLE001
        return None, {"status": "harness", "detail": describe(e)}
    try:
        ref = run_phase(model, spec, phase, "float64", "interp", {})
        if not finite(ref):
            return None, {"status": "degenerate", "detail": "reference not finite"}
        spr = spread(model, spec, phase, ref)
        if not finite(spr):  # e.g. normalise() of values equal in float32: 0/0
            return None, {"status": "degenerate", "detail": "a perturbed or float32 "
                          "interpreter run is not finite: the model amplifies rounding"}
        return (model, ref, spr), None
    except Exception as e:  # noqa: BLE001
        return None, {"status": classify(e), "detail": describe(e)}
