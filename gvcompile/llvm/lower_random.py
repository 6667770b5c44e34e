"""LLVM lowering of the random ops (the bit recipe is in gvcompile/ops/random.py's docstring):

  philox_uniform(state){shape, stream, dtype}  one Philox-4x32-10 block per 4 consecutive
      elements: counter (i // 4, stream, call_lo, call_hi), key (state[0], state[1]); 32x32 ->
      64-bit products through i64 multiplies; value (u >> 8) * 2**-24 (exact). Masks are bit
      for bit the interpreter's. Large outputs split the blocks over the thread pool.
  rng_advance(state)  the 64-bit call counter in words 2 and 3 plus one.
"""

from __future__ import annotations

from llvmlite import ir

from ..ops.registry import register_lowering
from ..plan.extent import numel
from .irutil import I32, I64, PTR, VOID, counted_loop, ftype, gv_parallel, i64, lin_value

M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
PARALLEL_MIN_BLOCKS = 1 << 12


def _u32(v: int):
    return ir.Constant(I32, v & 0xFFFFFFFF)


def _mulhilo(b, m: int, x):
    p = b.mul(b.zext(x, I64), ir.Constant(I64, m))
    return b.trunc(b.lshr(p, ir.Constant(I64, 32)), I32), b.trunc(p, I32)


def philox4x32_10(b, ctr, key):
    """The 4 output words of Philox-4x32-10 (i32 values) for counter ``ctr`` and ``key``."""
    c0, c1, c2, c3 = ctr
    k0, k1 = key
    for _ in range(10):
        hi0, lo0 = _mulhilo(b, M0, c0)
        hi1, lo1 = _mulhilo(b, M1, c2)
        c0, c1, c2, c3 = b.xor(b.xor(hi1, c1), k0), lo1, b.xor(b.xor(hi0, c3), k1), lo0
        k0, k1 = b.add(k0, _u32(W0)), b.add(k1, _u32(W1))
    return c0, c1, c2, c3


def _word(b, state, k):
    return b.load(b.gep(state, [i64(k)], source_etype=I32), typ=I32)


def _blocks_fn(em, k, fty):
    """internal void blocks(i64 lo, i64 hi, i64 total, ptr state, ptr out): blocks [lo, hi)."""
    stream = int(k.attrs["stream"])
    fn = ir.Function(em.m, ir.FunctionType(VOID, [I64, I64, I64, PTR, PTR]),
                     f"{k.name}.blocks")
    fn.linkage = "internal"
    lo, hi, total, state, out = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    key = (_word(b, state, 0), _word(b, state, 1))
    call = (_word(b, state, 2), _word(b, state, 3))
    scale = ir.Constant(fty, 2.0 ** -24)
    with counted_loop(b, lo, hi, "blk") as g:
        words = philox4x32_10(b, (b.trunc(g, I32), _u32(stream)) + call, key)
        base = b.mul(g, i64(4))
        for q, u in enumerate(words):
            idx = b.add(base, i64(q))
            with b.if_then(b.icmp_signed("<", idx, total)):
                v = b.fmul(b.uitofp(b.lshr(u, _u32(8)), fty), scale)
                b.store(v, b.gep(out, [idx], source_etype=fty, inbounds=True))
    b.ret_void()
    return fn


def _trampoline(em, k, blocks):
    """``par(ctx, tid, nt)`` with ctx = {i64 nblocks, i64 total, ptr state, ptr out}."""
    ctx_t = ir.LiteralStructType([I64, I64, PTR, PTR])
    t = ir.Function(em.m, ir.FunctionType(VOID, [PTR, I64, I64]), f"{k.name}.par")
    t.linkage = "internal"
    ctx, tid, nt = t.args
    b = ir.IRBuilder(t.append_basic_block("entry"))
    f = [b.load(b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=ctx_t), typ=ty)
         for j, ty in enumerate((I64, I64, PTR, PTR))]
    lo = b.sdiv(b.mul(f[0], tid), nt)
    hi = b.sdiv(b.mul(f[0], b.add(tid, i64(1))), nt)
    b.call(blocks, [lo, hi, f[1], f[2], f[3]])
    b.ret_void()
    return t, ctx_t


@register_lowering("llvm", "philox_uniform")
def lower_philox_uniform(em, b, k, ptrs):
    n, nthreads = b.function.args[0], b.function.args[1]
    vs, vo = k.inputs[0], k.outputs[0]
    fty = ftype(em.plan.buffers[vo.buf].dtype)
    state = b.gep(ptrs[vs.buf], [lin_value(b, vs.offset, n)], source_etype=I32)
    out = b.gep(ptrs[vo.buf], [lin_value(b, vo.offset, n)], source_etype=fty)
    total = lin_value(b, numel(vo.shape), n)
    nblocks = b.sdiv(b.add(total, i64(3)), i64(4))
    blocks = _blocks_fn(em, k, fty)
    tramp, ctx_t = _trampoline(em, k, blocks)
    ctx = b.alloca(ctx_t)
    for j, v in enumerate((nblocks, total, state, out)):
        b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
    big = b.icmp_signed(">=", nblocks, i64(PARALLEL_MIN_BLOCKS))
    with b.if_else(big) as (par, seq):
        with par:
            b.call(gv_parallel(em.m), [tramp, ctx, nthreads])
        with seq:
            b.call(blocks, [i64(0), nblocks, total, state, out])


@register_lowering("llvm", "rng_advance")
def lower_rng_advance(em, b, k, ptrs):
    n = b.function.args[0]
    vs, vo = k.inputs[0], k.outputs[0]
    src = b.gep(ptrs[vs.buf], [lin_value(b, vs.offset, n)], source_etype=I32)
    dst = b.gep(ptrs[vo.buf], [lin_value(b, vo.offset, n)], source_etype=I32)
    w = [_word(b, src, j) for j in range(4)]
    call = b.or_(b.shl(b.zext(w[3], I64), i64(32)), b.zext(w[2], I64))
    call = b.add(call, i64(1))
    new = (w[0], w[1], b.trunc(call, I32), b.trunc(b.lshr(call, i64(32)), I32))
    for j, v in enumerate(new):
        b.store(v, b.gep(dst, [i64(j)], source_etype=I32))
