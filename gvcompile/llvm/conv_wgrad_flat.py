"""The flattened pixel loop of the direct weight gradient (llvm/conv_wgrad.py, issue 14).

Where the output rows are as wide as x's rows (wo = W: stride 1 and 'same' column padding,
2 pw = (kw - 1) dw) and x's rows are contiguous, each image's pixels are one run: gy pixel
p = y W + x and the x element tap (i, j) multiplies are p + (i dh - ph) W + (j dw - pw), so
the vectors run along the flattened pixels and every lane is used (the row loop of
conv_wgrad.py used 56 of 64 lanes on 56-wide rows, and read a zero-padded copy of x). The
lanes a tap must not read (a column shifted past the row's edge, a row above or below the
image, a pixel past the last) are masked loads with constant masks, zeros in those lanes:
nothing outside x's and gy's views is read (masked-off lanes are never accessed). The masks
repeat every lcm(VW, W) pixels (a period of P vectors, R rows): periods whose rows are
inside the image for every tap are a loop (column masks only); the few periods at the top
and bottom are unrolled with their own masks.
"""

from __future__ import annotations

import math

from llvmlite import ir

from .irutil import I32, PTR, carried_loop, get_function, i64


def period(W: int, vw: int) -> tuple[int, int]:
    """(vectors, rows) of one period of the column masks."""
    lcm = math.lcm(vw, W)
    return lcm // vw, lcm // W


def periods(geo, vw: int) -> tuple[int, int, int]:
    """(first clean period, end of the clean periods, periods): a clean period's rows y have
    every tap's row y + i dh - ph inside the image and y < ho."""
    H, W, ho, kh, ph, dh = geo
    _, R = period(W, vw)
    total = -(-ho // R)
    lo = min(-(-ph // R), total)
    hi = max(lo, min(ho, H + ph - (kh - 1) * dh) // R)
    return lo, hi, total


class Flat:
    """Emits the FMAs of one block (ob output channels x taps) over one image's pixels."""

    def __init__(self, g, geo, dims):
        self.g = g
        self.H, self.W, self.ho, self.kh, self.ph, self.dh = geo
        self.kw, self.pw, self.dw, self.sgo = dims
        self.P, self.R = period(self.W, g.vw)
        mty = ir.VectorType(ir.IntType(1), g.vw)
        self.mty = mty
        sfx = "f32" if g.size == 4 else "f64"
        self.mload = get_function(g.b.module, f"llvm.masked.load.v{g.vw}{sfx}.p0", g.v,
                                  [PTR, I32, mty, g.v])

    def mask(self, k, v: int, tap) -> list[bool]:
        """Lanes of vector v of period k (None: a clean period, rows not checked) that tap
        (i, j) (None: gy itself) may read."""
        W, vw = self.W, self.g.vw
        out = []
        for e in range(vw):
            lpx = v * vw + e
            y, col = lpx // W, lpx % W
            ok = True
            if k is not None:
                y += k * self.R
                ok = y < self.ho
            if tap is not None:
                i, j = tap
                cc = col + j * self.dw - self.pw
                ok = ok and 0 <= cc < W
                if k is not None:
                    yy = y + i * self.dh - self.ph
                    ok = ok and 0 <= yy < self.H
            out.append(ok)
        return out

    def load(self, p, mask: list[bool]):
        g = self.g
        if all(mask):
            return g.b.load(p, typ=g.v, align=g.size)
        m = ir.Constant(self.mty, [int(v) for v in mask])
        return g.b.call(self.mload, [p, ir.Constant(I32, g.size), m, g.zero])

    def period(self, accs, k, p0, xc, gp, taps, ob: int):
        """The FMAs of one period (k: its index where unrolled, None in the loop; p0 its
        first pixel, an i64) into accs (ob x len(taps), o major)."""
        g, b, vw, W = self.g, self.g.b, self.g.vw, self.W
        accs = list(accs)
        tg = len(taps)
        for v in range(self.P):
            if k is not None and not any(self.mask(k, v, None)):
                break
            at = b.add(p0, i64(v * vw)) if v else p0
            gmask = self.mask(k, v, None)
            dys = [self.load(g.gep(gp, b.add(at, i64(o * self.sgo))), gmask)
                   for o in range(ob)]
            for t, (i, j) in enumerate(taps):
                xm = self.mask(k, v, (i, j))
                if not any(xm):
                    continue
                off = (i * self.dh - self.ph) * W + j * self.dw - self.pw
                xv = self.load(g.gep(xc, b.add(at, i64(off))), xm)
                for o in range(ob):
                    a = o * tg + t
                    accs[a] = b.call(g.fma, [dys[o], xv, accs[a]])
        return accs

    def edges(self, accs, ks, xc, gp, taps, ob: int):
        """The periods ks (constants) unrolled, each with its own masks."""
        span = self.P * self.g.vw
        for k in ks:
            accs = self.period(accs, k, i64(k * span), xc, gp, taps, ob)
        return accs

    def clean(self, accs, k0, k1, xc, gp, taps, ob: int):
        """The clean periods k0 .. k1 - 1 (i64 values, k0 < k1): a do-while."""
        b = self.g.b

        def body(k, phis):
            return self.period(phis, None, b.mul(k, i64(self.P * self.g.vw)), xc, gp, taps, ob)
        return carried_loop(b, k0, k1, accs, body, "wg.per", "k")


def flat_ok(W: int, sxh: int, wo: int) -> bool:
    """Whether the flattened loop applies: rows of gy as wide as x's contiguous rows (the
    plan keeps the period short: its code is unrolled)."""
    return W == wo == sxh

