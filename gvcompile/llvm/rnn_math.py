"""exp, sigmoid and tanh for the recurrent cells as straight-line IR over floats or float
vectors (no libm calls): the cell loops of lower_rnn.py run them on whole vectors.

The op table's scalar bodies call ``llvm.exp`` / ``llvm.tanh``, which become one libm call per
element (glibc's tanhf goes through expm1f): 38% of an LSTM forward + backward (perf). Here
exp is Cephes' (range reduction by ln 2 in two parts, then a degree-6 polynomial in float32
or the Pade form in float64, 2^n built in the exponent bits), tanh is Cephes' odd polynomial
(float32) / rational (float64) below |x| = 0.625 and 1 - 2 / (exp(2|x|) + 1)
above, sigmoid is the op table's form (exp of -|x| only; e / (1 + e) as e * (1 / (1 + e)),
one division). Polynomials run as FMA chains. Errors are within 4 eps of NumPy's
(tests/test_rnn_speed_paths.py);
arguments are clamped where exp would leave the normal range (exp(x < -87.3) in float32 is
1.2e-38 instead of a denormal or 0), and NaN passes through.
"""

from __future__ import annotations

from llvmlite import ir

from .target import has_avx512

_F32 = dict(lo=-87.33654, hi=88.0, bits=23, bias=127, int=ir.IntType(32),
            c1=0.693359375, c2=-2.12194440e-4,
            p=(1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2,
               1.6666665459e-1, 5.0000001201e-1),
            tp=(-5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1,
                -3.33332819422e-1))
_F64 = dict(lo=-708.39, hi=709.0, bits=52, bias=1023, int=ir.IntType(64),
            c1=6.93145751953125e-1, c2=1.42860682030941723212e-6,
            p=(1.26177193074810590878e-4, 3.02994407707441961300e-2, 9.99999999999999999910e-1),
            q=(3.00198505138664455042e-6, 2.52448340349684104192e-3, 2.27265548208155028766e-1,
               2.00000000000000000009e0),
            tp=(-9.64399179425052238628e-1, -9.92877231001918586564e1,
                -1.61468768441708447952e3),
            tq=(1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3))
_LOG2E = 1.4426950408889634
FAST_RECIP = True  # 1 / d in float32 vectors as the ISA's reciprocal estimate + one Newton step,
# exp's 2^n by AVX-512's vscalef in 512-bit vectors (False: the division and the exponent bits)
_FMA = ("contract",)  # the polynomials' a*x + c may be one FMA (the declared llvm.fma belongs to
# gemm.py, which must declare it first)


def suffix(t) -> str:
    """The intrinsic suffix of a float or float-vector type: f32, v16f32, ..."""
    if isinstance(t, ir.VectorType):
        return f"v{t.count}{suffix(t.element)}"
    return "f32" if isinstance(t, ir.FloatType) else "f64"


def splat(t, v):
    """A constant of type t (scalar or vector) with every lane v."""
    if isinstance(t, ir.VectorType):
        return ir.Constant(t, [v] * t.count)
    return ir.Constant(t, v)


class FastMath:
    """Over a float type or a vector of floats (the cell loops run both)."""

    def __init__(self, b: ir.IRBuilder, fty):
        self.b, self.t = b, fty
        elem = fty.element if isinstance(fty, ir.VectorType) else fty
        self.k = _F32 if isinstance(elem, ir.FloatType) else _F64
        self.it = self.k["int"] if elem is fty else ir.VectorType(self.k["int"], fty.count)

    def c(self, v):
        return splat(self.t, float(v))

    def _intr(self, name, *args):
        m = self.b.module
        full = f"llvm.{name}.{suffix(self.t)}"
        fn = m.globals.get(full) or ir.Function(m, ir.FunctionType(self.t, [self.t] * len(args)),
                                                full)
        return self.b.call(fn, list(args))

    def _poly(self, x, coefs, monic=False):
        b = self.b
        acc = self.c(1.0) if monic else self.c(coefs[0])
        for cf in (coefs if monic else coefs[1:]):  # Horner steps contracted to FMAs
            acc = b.fadd(b.fmul(acc, x, flags=_FMA), self.c(cf), flags=_FMA)
        return acc

    def _clamp(self, x, lo, hi):
        b = self.b  # ordered compares: NaN stays NaN
        x = b.select(b.fcmp_ordered("<", x, self.c(lo)), self.c(lo), x)
        return b.select(b.fcmp_ordered(">", x, self.c(hi)), self.c(hi), x)

    def exp(self, x):
        b, k = self.b, self.k
        xc = self._clamp(x, k["lo"], k["hi"])
        n = self._intr("floor", b.fadd(b.fmul(xc, self.c(_LOG2E)), self.c(0.5)))
        r = self._intr("fma", n, self.c(-k["c1"]), xc)  # n c1 is exact: one rounding less
        r = self._intr("fma", n, self.c(-k["c2"]), r)
        rr = b.fmul(r, r)
        if k is _F32:
            y = b.fadd(b.fadd(b.fmul(self._poly(r, k["p"]), rr), r), self.c(1.0))
        else:
            px = b.fmul(r, self._poly(rr, k["p"]))
            y = b.fadd(self.c(1.0), b.fmul(self.c(2.0), b.fdiv(px, b.fsub(
                self._poly(rr, k["q"]), px))))
        scalef = self._scalef()
        if scalef is not None:  # y 2^n in one instruction; NaN in x stays NaN in n and y
            fn, extra = scalef
            return b.call(fn, [y, n, *extra])
        ni = b.fptosi(b.select(b.fcmp_unordered("uno", n, n), self.c(0.0), n), self.it)
        scale = b.bitcast(b.shl(b.add(ni, splat(self.it, k["bias"])),
                                splat(self.it, k["bits"])), self.t)
        out = b.fmul(y, scale)
        return b.select(b.fcmp_unordered("uno", x, x), x, out)

    def _scalef(self):
        """AVX-512's vscalef (y 2^floor(n)) for a 512-bit vector, or None."""
        t = self.t
        if not (FAST_RECIP and isinstance(t, ir.VectorType) and has_avx512()):
            return None
        f32 = isinstance(t.element, ir.FloatType)
        if t.count != (16 if f32 else 8):
            return None
        mask = ir.IntType(t.count)
        name = f"llvm.x86.avx512.mask.scalef.{'ps' if f32 else 'pd'}.512"
        m = self.b.module
        fn = m.globals.get(name) or ir.Function(
            m, ir.FunctionType(t, [t, t, t, mask, ir.IntType(32)]), name)
        # all lanes, the current rounding mode (4)
        return fn, [ir.Constant(t, ir.Undefined), ir.Constant(mask, -1), ir.Constant(
            ir.IntType(32), 4)]

    def _estimate(self):
        """The ISA's reciprocal estimate for this type (relative error below 1.5 * 2^-12 with
        AVX, 2^-14 with AVX-512), or None: float64 and scalars divide."""
        t, m = self.t, self.b.module
        if not (FAST_RECIP and isinstance(t, ir.VectorType) and isinstance(t.element,
                                                                         ir.FloatType)):
            return None
        if t.count == 8:
            name, extra = "llvm.x86.avx.rcp.ps.256", []
        elif t.count == 16 and has_avx512():
            name, extra = "llvm.x86.avx512.rcp14.ps.512", [t, ir.IntType(16)]
        else:
            return None
        fn = m.globals.get(name) or ir.Function(m, ir.FunctionType(t, [t] + extra), name)
        return fn, [ir.Constant(t, [0.0] * t.count), ir.Constant(ir.IntType(16), -1)][
            :len(extra)]

    def recip(self, d):
        """1 / d for d >= 1 (sigmoid's 1 + e in [1, 2], tanh's e + 1 up to 1.7e38: past 2^126
        the AVX estimate is 0, tanh's 1 - 2 r still 1): a division (a long-latency, poorly
        pipelined unit; the LSTM epilogue runs five per row and vw units) or the estimate
        refined by one Newton step, r (2 - d r) as two FMAs, within 2 eps of 1 / d (sigmoid
        and tanh stay within test_rnn_speed_paths.py's 4 eps of NumPy)."""
        b, est = self.b, self._estimate()
        if est is None:
            return b.fdiv(self.c(1.0), d)
        fn, extra = est
        r = b.call(fn, [d, *extra])
        e = self._intr("fma", b.fneg(d), r, self.c(1.0))
        return self._intr("fma", r, e, r)

    def sigmoid(self, x):
        b = self.b
        e = self.exp(b.fneg(self._intr("fabs", x)))
        r = self.recip(b.fadd(self.c(1.0), e))  # one reciprocal: e / (1 + e) = e r
        return b.select(b.fcmp_unordered("uge", x, self.c(0.0)), r, b.fmul(e, r))

    def tanh(self, x):
        b, k = self.b, self.k
        a = self._intr("fabs", x)
        z = b.fmul(x, x)
        if k is _F32:
            small = b.fadd(b.fmul(b.fmul(self._poly(z, k["tp"]), z), x), x)
        else:
            ratio = b.fdiv(self._poly(z, k["tp"]), self._poly(z, k["tq"], monic=True))
            small = b.fadd(x, b.fmul(b.fmul(x, z), ratio))
        e = self.exp(b.fmul(a, self.c(2.0)))
        big = b.fsub(self.c(1.0), b.fmul(self.c(2.0), self.recip(b.fadd(e, self.c(1.0)))))
        big = self._intr("copysign", big, x)
        return b.select(b.fcmp_unordered("ult", a, self.c(0.625)), small, big)
