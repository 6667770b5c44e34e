"""The zero-padded copy of a convolution's input, plane by plane (issue 14).

plan/conv.py pads an implicit GEMM's input into a new buffer. As two loop nests (zero the
whole buffer, then copy the interior) every line of the padded buffer was written twice, the
second time after the first pass had pushed it out of cache (ResNet-20: 4.7 MB per stage-1
pad). Here each (image, channel) plane is written once, in order: the rows above, then per
input row its left zeros, the copied row and its right zeros, then the rows below. Runs in the
kernel's thread (a copy; the bench's one-thread rows are the target).
"""

from __future__ import annotations

from llvmlite import ir

from ..ops.registry import register_lowering
from .irutil import counted_loop, ftype, i64, lin_value


def _zero(b, fty, p, count):
    with counted_loop(b, i64(0), count, "z") as i:
        b.store(ir.Constant(fty, 0.0), b.gep(p, [i], source_etype=fty, inbounds=True))


def _copy_row(b, fty, src, dst, w: int):
    """w (a constant) elements, in unaligned vectors of 32 bytes then single elements: the
    loop LLVM was left with did not vectorise (it cannot tell the buffers apart)."""
    vw = 32 // (4 if isinstance(fty, ir.FloatType) else 8)
    vt = ir.VectorType(fty, vw)
    for j in range(0, w - w % vw, vw):
        v = b.load(b.gep(src, [i64(j)], source_etype=fty), typ=vt, align=1)
        b.store(v, b.gep(dst, [i64(j)], source_etype=fty), align=1)
    for j in range(w - w % vw, w):
        b.store(b.load(b.gep(src, [i64(j)], source_etype=fty), typ=fty),
                b.gep(dst, [i64(j)], source_etype=fty))


@register_lowering("llvm", "pad")
def lower_pad_planes(em, b, k, ptrs):
    """out (n, c, top + h + bottom, left + w + right) contiguous = x (n, c, h, w) padded with
    zeros; x's rows are contiguous (plan/conv.py checks)."""
    n = b.function.args[0]
    xv, out = k.inputs[0], k.outputs[0]
    fty = ftype(em.plan.buffers[out.buf].dtype)
    (top, bottom), (left, right) = k.attrs["pads"]
    _, c, h, w = (lin_value(b, e, n) for e in xv.shape)
    sn, sc, sh, _ = (lin_value(b, s, n) for s in xv.strides)
    hb, wb = xv.shape[2].b, xv.shape[3].b
    hp, wp = top + hb + bottom, left + wb + right
    src0 = b.gep(ptrs[xv.buf], [lin_value(b, xv.offset, n)], source_etype=fty)
    dst0 = b.gep(ptrs[out.buf], [lin_value(b, out.offset, n)], source_etype=fty)
    images = lin_value(b, xv.shape[0], n)
    with counted_loop(b, i64(0), images, "img") as im:
        with counted_loop(b, i64(0), c, "ch") as ch:
            src = b.gep(src0, [b.add(b.mul(im, sn), b.mul(ch, sc))], source_etype=fty)
            plane = b.add(b.mul(im, b.mul(c, i64(hp * wp))), b.mul(ch, i64(hp * wp)))
            dst = b.gep(dst0, [plane], source_etype=fty)
            _zero(b, fty, dst, i64(top * wp))
            with counted_loop(b, i64(0), h, "y") as y:
                row = b.gep(dst, [b.mul(b.add(y, i64(top)), i64(wp))], source_etype=fty)
                srow = b.gep(src, [b.mul(y, sh)], source_etype=fty)
                _zero(b, fty, row, i64(left))
                body = b.gep(row, [i64(left)], source_etype=fty)
                _copy_row(b, fty, srow, body, wb)
                _zero(b, fty, b.gep(body, [w], source_etype=fty), i64(right))
            _zero(b, fty, b.gep(dst, [i64((top + hb) * wp)], source_etype=fty),
                  i64(bottom * wp))

