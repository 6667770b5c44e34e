"""Convolutions in the kernel plan, through the GEMM of the 'matmul' op kernel:

  conv2d(x, w)              pad/crop x, im2col into cols[g, n, ho, wo, (c, i, j)] (one loop
                            kernel), per group y_g[(n, ho, wo), o] = cols_g @ w_g^T (matmul),
                            then one loop kernel writes y[n, g*Og + o, ho, wo]
  conv2d_grad_weight(x, gy) the same cols; gy to [g, n, ho, wo, o]; dw_g = gy_g^T cols_g
                            (matmul with trans_a)
  conv_transpose2d(x, w)    x to [g, n, h, w, c]; cols_g = x_g @ w_g (matmul); col2im
                            scatter-adds cols into a zeroed canvas covering every output
                            position, and the output is the canvas cropped by the padding
Negative padding crops (a view); positive padding is a zero-filled copy. No access is ever
outside a buffer: every loop domain is the exact extent of what it reads and writes.

The LLVM backend's GEMM takes batches of problems (count and operand strides), so there the
convolutions work per image in NCHW order instead, with no transposing copies (the CUDA
backend keeps the plans above):

  conv2d                    colsT[n, g, (c, i, j), (ho, wo)] (skipped for 1x1 stride-1
                            convolutions: x itself); y[n, g*Og:(g+1)*Og] = w_g @ colsT[n, g],
                            one batched GEMM per group writing the output in place
  conv2d_grad_weight        dw_g = sum_n gy[n, g] @ colsT[n, g]^T: one batched GEMM summing
                            the images' products into dw_g
Both are implicit GEMMs there (IMPLICIT_GEMM): no colsT buffer; the GEMM packs its image
operand straight from the (padded) input through offset tables (attr b_conv: B[k, n] =
x[koff[k] + noff[n]]; b_conv_t: the transpose), falling back to colsT when the input's strides
do not allow it (see _implicit_geometry). Two more LLVM paths (issue 14):

  conv_transpose2d, stride 1   the conv2d of x padded by d(k-1) - p (+ output_padding) with the
                               flipped weight (_transpose_as_conv): no canvas, no scatter
  conv2d_grad_weight, ungrouped, padding >= 0
                               over a channels-last copy xT of the padded input, every tap a
                               shift (_grad_weight_nhwc, attr b_nhwc): the GEMM's columns (i, j, c)
                               are C-long contiguous runs instead of kW-long ones
"""

from __future__ import annotations

import math

import numpy as np

from ..ops._window import pair2
from .conv_epilogue import claim, conv_epilogue, group_views
from .extent import Lin, lin_shape
from .kernels import Access, Kernel, Loop, Sink
from .view import View


def _temp(pb, nid, shape, what):
    t = pb.g.type(nid)
    buf = pb.plan.new_buffer("temp", t.dtype, _numel(shape), f"{pb.g.node(nid)['name']}_{what}")
    return View.contiguous(buf.id, shape)


def _numel(shape):
    out = Lin(0, 1)
    for d in lin_shape(shape):
        out = out * d
    return out


def _copy(k, dt, domain, src: View, src_strides, dst: View, dst_strides=None, mode="store"):
    lp = Loop(lin_shape(domain), dtype=dt, comment=f"{mode} b{src.buf} -> b{dst.buf}")
    lp.loads.append(Access(src.buf, src.offset, tuple(src_strides)))
    lp.exprs.append(("load", 0))
    lp.sinks.append(Sink(0, Access(dst.buf, dst.offset, tuple(dst_strides or dst.strides)),
                         mode))
    k.loops.append(lp)


def _fill(k, dt, view: View, value=0.0):
    lp = Loop(view.shape, dtype=dt, comment="zero fill")
    lp.exprs.append(("const", value))
    lp.sinks.append(Sink(0, Access(view.buf, view.offset, view.strides)))
    k.loops.append(lp)


def _padded(pb, k, nid, xv: View, p):
    """x padded by p (per spatial axis; negative crops) as a view."""
    return _pad_sides(pb, k, nid, xv, ((p[0], p[0]), (p[1], p[1])))


# LLVM implicit GEMMs: the padded copy one pass per plane (lower_pad.py). Off: its pads ran
# ~30% faster (GV_PROFILE, ResNet-20 forward) but the whole forward was no faster (A/B
# medians within +-1 ms, either sign, loaded machine); kept for the producer-writes-padded
# work it is a step towards
PLANE_PAD = False


def _plane_pad_ok(pb, xv: View) -> bool:
    return (PLANE_PAD and _batched(pb) and xv.strides[3] == Lin(0, 1) and
            all(e.a == 0 for e in xv.shape[1:]))


def _pad_sides(pb, k, nid, xv: View, pads):
    """x padded by pads = ((top, bottom), (left, right)) as a view: a zero-filled copy where
    any side is positive, a crop (view) where a side is negative. The copy's loops go into
    ``k``; with k None, a new kernel: for the LLVM backend an op kernel 'pad' writing each
    plane once (llvm/lower_pad.py) where x's rows are contiguous, else a loop kernel."""
    dt = pb.g.type(nid).dtype
    pos = [(max(a, 0), max(b, 0)) for a, b in pads]
    if any(a or b for a, b in pos):
        n, c, h, w = xv.shape
        big = _temp(pb, nid, (n, c, h + sum(pos[0]), w + sum(pos[1])), "pad")
        if k is None and _plane_pad_ok(pb, xv):
            kp = pb._kernel(nid, "pad", kind="op")
            kp.op, kp.attrs, kp.inputs, kp.outputs = "pad", {"pads": tuple(pos)}, [xv], [big]
        else:
            k = k if k is not None else _loop_kernel(pb, nid, "pad")
            _fill(k, dt, big)
            inner = big.slice(2, pos[0][0], pos[0][0] + h.b).slice(3, pos[1][0],
                                                                   pos[1][0] + w.b)
            _copy(k, dt, xv.shape, xv, xv.strides, inner)
        xv = big
    for ax, (a, b) in ((2, pads[0]), (3, pads[1])):
        if a < 0 or b < 0:
            xv = xv.slice(ax, max(-a, 0), xv.shape[ax].b - max(-b, 0))
    return xv


def _im2col(pb, k, nid, xv, kh, kw, s, d, groups, out_hw):
    """cols[g, n, ho, wo, c, i, j] (contiguous) of the padded input view."""
    n, c = xv.shape[:2]
    cg = c.b // groups
    sn, sc, sh, sw = xv.strides
    dom = (groups, n, out_hw[0], out_hw[1], cg, kh, kw)
    cols = _temp(pb, nid, dom, "cols")
    src = (sc * cg, sn, sh * s[0], sw * s[1], sc, sh * d[0], sw * d[1])
    _copy(k, pb.g.type(nid).dtype, dom, xv, src, cols)
    return cols, cg


def _group_rows(view: View, g: int, rows: Lin, cols: int) -> View:
    """Group g of a [g, rows, cols] contiguous buffer as a (rows, cols) view."""
    off = view.offset + rows * (g * cols)
    return View(view.buf, off, (rows, Lin(0, cols)), (Lin(0, cols), Lin(0, 1)))


def _matmul(pb, nid, a: View, b: View, c: View, **attrs):
    k = pb._kernel(nid, "matmul", kind="op")
    k.op, k.attrs, k.inputs, k.outputs = "matmul", attrs, [a, b], [c]


def _loop_kernel(pb, nid, what) -> Kernel:
    return pb._kernel(nid, what)


def _attrs(a):
    return (pair2(a.get("stride", 1)), pair2(a.get("padding", 0)), pair2(a.get("dilation", 1)),
            int(a.get("groups", 1)))


def _batched(pb) -> bool:
    return pb.backend == "llvm"


def _cols_t(pb, nid, x, kh, kw, s, p, d, groups, out_hw):
    """colsT[n, g, c, i, j, ho, wo] (contiguous) of the padded input, or the input itself when
    it already is that (1x1 kernel, stride 1, no padding, contiguous)."""
    xv = pb.view(x)
    if kh == kw == 1 and s == (1, 1) and p == (0, 0) and xv.is_contiguous():
        return xv, xv.shape[1].b // groups
    k = _loop_kernel(pb, nid, "im2col")
    xv = _padded(pb, k, nid, xv, p)
    return _im2col_t(pb, k, nid, xv, kh, kw, s, d, groups, out_hw)


def _im2col_t(pb, k, nid, xv, kh, kw, s, d, groups, out_hw):
    n, c = xv.shape[:2]
    cg = c.b // groups
    sn, sc, sh, sw = xv.strides
    dom = (n, groups, cg, kh, kw, out_hw[0], out_hw[1])
    cols = _temp(pb, nid, dom, "colsT")
    src = (sn, sc * cg, sc, sh * d[0], sw * d[1], sh * s[0], sw * s[1])
    _copy(k, pb.g.type(nid).dtype, dom, xv, src, cols)
    return cols, cg


def _image_group(view: View, g: int, rows: int, cols: Lin) -> View:
    """Group g of image 0 of an [n, groups*rows, cols] contiguous buffer: (rows, cols)."""
    return View(view.buf, view.offset + cols * (g * rows), (Lin(0, rows), cols),
                (cols, Lin(0, 1)))


IMPLICIT_GEMM = True  # LLVM conv2d packs B straight from the image (False: im2col buffer)
TRANSPOSE_AS_CONV = True  # LLVM stride-1 conv_transpose2d as a conv2d (False: col2im path)
# ... unless the col2im path's scatter touches fewer than 1/this of the elements the conv's
# image operand would gather (out channels x input pixels vs in channels x output pixels, per
# group): few output channels on small images, where the conv's GEMM is a few rows high and
# packs its operand for only those rows. LeNet's 16 -> 6 5x5 input gradient on 8x8 (64
# images, 1 thread): 0.60 ms as a conv, 0.21 ms through col2im; 12 channels 0.73 / 0.36;
# kept as a conv: 16 -> 12 3x3 on 32x32 1.03 / 6.3, 16 -> 16 5x5 on 12x12 1.23 / 1.54,
# 32 -> 32 3x3 on 8x8 0.46 / 0.61 (24 channels 5x5 on 8x8, 1.16 / 0.71, is missed).
TRANSPOSE_AS_CONV_SCATTER_RATIO = 2


def _implicit_geometry(xv: View, cg, kh, kw, s, dl, ho, wo, transposed=False):
    """b_conv attr of an implicit GEMM reading the padded image view xv, or None when its
    per-image strides are not constants or its column offsets are not strictly increasing
    (the gather packing relies on that) or do not fit int32."""
    st = xv.strides[1:]
    if any(v.a != 0 for v in st) or ho.a != 0 or wo.a != 0 or ho.b * wo.b == 0:
        return None
    geo = (cg, kh, kw, st[0].b, st[1].b, st[2].b, dl[0], dl[1], s[0], s[1], ho.b, wo.b)
    koff, noff = conv_tables(*geo)
    cols = koff if transposed else noff  # the GEMM's column table
    if len(cols) > 1 and (np.diff(cols.astype(np.int64)) <= 0).any():
        return None
    top = int(koff.astype(np.int64).max()) + int(noff.astype(np.int64).max())
    return geo if top < 2**31 and koff.min() >= 0 and noff.min() >= 0 else None


# stride-1 convolutions whose output pixels are consecutive elements of the unpadded image
# ('same' size) read it in place with masked loads (llvm/gemm.py, attr b_conv with the mask
# fields): no padded copy (ResNet-20's 19 pads were 6.5% of its forward). Against pad +
# conv, 3x3, 1 thread, alternating in one process (loaded host): 16->16 32x32 b64 1.05x,
# 32->32 16x16 1.03x, 64->64 8x8 1.02x, 64->64 28x28 b8 1.09x, 56x56 b8 1.00x, 3->16 32x32
# 0.97x (K = 27). None: where the target has mask registers (build_plan's mask_registers:
# AVX-512); AVX2 builds its masks from vectors and spilled registers (1 thread: 16->16 32x32
# 0.93x, 64->64 8x8 0.75x, 56x56 0.95x of pad + conv), so it pads. True / False: always / never
MASKED_PAD = None


def _masked_geometry(pb, xv: View, cg, kh, kw, dl, pads, ho, wo):
    """b_conv attr of an implicit GEMM reading the unpadded image view xv where a tap falls
    inside it (pads = ((top, bottom), (left, right)), none negative, stride 1), or None:
    output pixel n must be element n of the image plane (rows as wide as its row stride),
    so that every B panel is contiguous and only the padding is masked off."""
    st = xv.strides[1:]
    on = MASKED_PAD if MASKED_PAD is not None else getattr(pb, "mask_registers", True)
    if (not on or min(min(q) for q in pads) < 0 or any(v.a != 0 for v in st)
            or ho.a != 0 or wo.a != 0 or ho.b * wo.b == 0 or st[2].b != 1
            or st[1].b != wo.b or any(v.a != 0 for v in xv.shape[1:])):
        return None
    geo = (cg, kh, kw, st[0].b, st[1].b, st[2].b, dl[0], dl[1], 1, 1, ho.b, wo.b,
           pads[0][0], pads[1][0], xv.shape[2].b, xv.shape[3].b)
    koff, _ = conv_tables(*geo[:12])
    shift = pads[0][0] * st[1].b + pads[1][0]
    fits = int(koff.max()) + ho.b * wo.b < 2**31 and shift < 2**31
    return geo if fits and implicit_span(geo)[1] < 2**31 else None


def _implicit_input(pb, nid, x, cg, kh, kw, s, p, dl, ho, wo, transposed=False):
    """(b_conv attr, padded input view) of an implicit GEMM over x, or (None, None); a
    masked geometry reads x itself."""
    xv = pb.view(x)
    if not IMPLICIT_GEMM or (kh == kw == 1 and s == (1, 1) and p == (0, 0)
                             and xv.is_contiguous()):
        return None, None
    if not transposed and s == (1, 1) and max(p) > 0:
        geo = _masked_geometry(pb, xv, cg, kh, kw, dl, ((p[0], p[0]), (p[1], p[1])), ho, wo)
        if geo is not None:
            return geo, xv
    probe = xv  # strides and extents as _padded will give them
    if max(p) > 0:
        hp, wq = xv.shape[2].b + 2 * max(p[0], 0), xv.shape[3].b + 2 * max(p[1], 0)
        probe = View.contiguous(xv.buf, (xv.shape[0], xv.shape[1], Lin(0, hp), Lin(0, wq)))
    for ax, q in ((2, p[0]), (3, p[1])):
        if q < 0:
            probe = probe.slice(ax, -q, probe.shape[ax].b + q)
    geo = _implicit_geometry(probe, cg, kh, kw, s, dl, ho, wo, transposed)
    if geo is None:
        return None, None
    if any(q != 0 for q in p):
        xv = _padded(pb, None, nid, xv, p)
    return geo, xv


# strided 1x1 convolutions (ResNet projection shortcuts) over a subsampled copy of x: the GEMM
# then reads contiguous pixel rows (in place) where it gathered every other pixel per tap
SUBSAMPLE_1X1 = True


def _subsampled(pb, nid, xv: View, s, ho, wo) -> View:
    """x[:, :, ::s0, ::s1] cropped to (ho, wo) as a contiguous copy (one loop kernel)."""
    n, c = xv.shape[:2]
    sub = _temp(pb, nid, (n, c, ho, wo), "sub")
    sn, sc, sh, sw = xv.strides
    _copy(_loop_kernel(pb, nid, "subsample"), pb.g.type(nid).dtype, sub.shape, xv,
          (sn, sc, sh * s[0], sw * s[1]), sub)
    return sub


_FUSED = object()  # _conv2d_implicit: the output is the fused epilogue's last node


def _conv2d_implicit(pb, nid):
    """conv2d as batched implicit GEMMs: w_g @ B where the packing of B reads the (padded)
    image directly, so there is no cols buffer (LLVM backend). Returns the output view, or
    _FUSED when a fused epilogue's last node holds it (conv_epilogue.py), or None when the
    input does not allow an implicit GEMM."""
    d = pb.g.node(nid)
    x, w = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    n, o, ho, wo = lin_shape(d["type"].shape)
    _, cg, kh, kw = pb.g.type(w).shape
    if SUBSAMPLE_1X1 and kh == kw == 1 and s != (1, 1) and p == (0, 0):
        xv = _subsampled(pb, nid, pb.view(x), s, ho, wo)
        geo = _implicit_geometry(xv, cg, 1, 1, (1, 1), dl, ho, wo)
    else:
        geo, xv = _implicit_input(pb, nid, x, cg, kh, kw, s, p, dl, ho, wo)
    if geo is None:
        return None
    wv = pb.contiguous(w)
    epi = conv_epilogue(pb, nid)
    out = pb._new_temp(nid if epi is None else epi.nodes[-1])
    _implicit_gemms(pb, nid, geo, xv, wv, groups, out, epi)
    if epi is None:
        return out
    claim(pb, epi, out)
    return _FUSED


def _implicit_gemms(pb, nid, geo, xv, wv, groups, out, epi=None):
    """out[n, g*Og:(g+1)*Og] = w_g @ B(x[n, g]) for every group: one batched implicit GEMM
    per group over the padded image view xv (geometry ``geo``), weight wv (O, C/g, kH, kW),
    applying the fused epilogue ``epi`` (conv_epilogue.py) to its tiles."""
    n, o, ho, wo = out.shape
    cg, kk = geo[0], geo[0] * geo[1] * geo[2]
    og, hw, sc = o.b // groups, ho * wo, xv.strides[1]
    for g in range(groups):
        wg = View(wv.buf, wv.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        xg = View(xv.buf, xv.offset + sc * (g * cg), xv.shape[1:], xv.strides[1:])
        if epi is None:
            _matmul(pb, nid, wg, xg, _image_group(out, g, og, hw),
                    batch=(n, Lin(), xv.strides[0], hw * o.b), b_conv=geo)
            continue
        k = pb._kernel(nid, "matmul", kind="op")
        for u in epi.nodes[1:]:
            pb._prov(k, u)
        k.op, k.inputs, k.outputs = "matmul", [wg, xg] + group_views(epi, g, og), \
            [_image_group(out, g, og, hw)]
        k.attrs = {"batch": (n, Lin(), xv.strides[0], hw * o.b), "b_conv": geo,
                   "epilogue": epi.steps}


def _conv2d_batched(pb, nid) -> View | None:
    out = _conv2d_implicit(pb, nid)
    if out is _FUSED:
        return None  # the fused epilogue's last node holds the output
    if out is not None:
        return out
    d = pb.g.node(nid)
    x, w = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    n, o, ho, wo = lin_shape(d["type"].shape)
    _, cg, kh, kw = pb.g.type(w).shape
    cols, cg = _cols_t(pb, nid, x, kh, kw, s, p, dl, groups, (ho, wo))
    kk, og, hw = cg * kh * kw, o.b // groups, ho * wo
    wv = pb.contiguous(w)
    out = pb._new_temp(nid)
    for g in range(groups):
        wg = View(wv.buf, wv.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, wg, _image_group(cols, g, kk, hw), _image_group(out, g, og, hw),
                batch=(n, Lin(), hw * (groups * kk), hw * o.b))
    return out


def _grad_weight_implicit(pb, nid) -> View | None:
    """dw_g = sum_n gy[n, g] @ cols[n, g]^T with the cols^T operand packed straight from the
    (padded) image (LLVM backend)."""
    d = pb.g.node(nid)
    x, gy = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    kh, kw = pair2(d["attrs"]["kernel_size"])
    n, o, ho, wo = lin_shape(pb.g.type(gy).shape)
    cg = pb.g.type(x).shape[1] // groups
    geo, xv = _implicit_input(pb, nid, x, cg, kh, kw, s, p, dl, ho, wo, transposed=True)
    if geo is None:
        return None
    kk, og, hw = cg * kh * kw, o.b // groups, ho * wo
    gv = pb.contiguous(gy)
    out = pb._new_temp(nid)
    for g in range(groups):
        dw = View(out.buf, out.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        xg = View(xv.buf, xv.offset + xv.strides[1] * (g * cg), xv.shape[1:], xv.strides[1:])
        _matmul(pb, nid, _image_group(gv, g, og, hw), xg, dw,
                batch=(n, hw * o.b, xv.strides[0], Lin()), b_conv=geo, b_conv_t=True)
    return out


WGRAD_NHWC = True  # LLVM stride-1 weight gradients through a channels-last copy of x
# ... with one dwT per image (a batch of GEMMs that gv_parallel splits by image), summed after,
# where images have at least this many output pixels: the summed batch was split over the
# columns of dwT, and every thread packed all of gy (its A operand) for its columns. conv 3x3
# 64->64 56x56 b8, 2 threads, GEMM 5.4-5.7 -> 4.8-5.4 ms (1 thread: the same, + 0.04 ms of
# sum). Batches smaller than the threads, or not a multiple, split unevenly (gemm.py)
WGRAD_PARTIALS = True
WGRAD_PARTIAL_MIN_PIXELS = 1024


def _grad_weight_nhwc(pb, nid) -> View | None:
    """Ungrouped, non-negatively padded weight gradient over a channels-last copy of the
    padded input (LLVM backend). Every tap (i, j) is a shift of xT: dwT[o, (i, j, c)] =
    sum_n gy[n, o, (y, x)] B[(y, x), (i, j, c)] with B[(y, x), (i, j, c)] = xT[koff[(y, x)] +
    noff[(i, j, c)]], koff = (y sh Wp + x sw) C, noff = (i dh Wp + j dw) C + c: an implicit
    GEMM whose panels are C-long contiguous runs (vector copies) where the NCHW columns
    (c, i, j) were kW-long runs, or single elements when strided (gathers). dw is dwT
    reordered (a small loop)."""
    d = pb.g.node(nid)
    x, gy = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    kh, kw = pair2(d["attrs"]["kernel_size"])
    # the copy of x pays where each input element feeds >= 2 products per output channel
    # (3x3 stride 2: 1.05 -> 0.90 ms c32 16x16 b64; 1x1 stride 2: 0.21 -> 0.45 ms, so not)
    if not WGRAD_NHWC or groups != 1 or min(p) < 0 or kh * kw < 2 * s[0] * s[1]:
        return None
    n, c, h, w = lin_shape(pb.g.type(x).shape)
    _, o, ho, wo = lin_shape(pb.g.type(gy).shape)
    hp, wp, C = h.b + 2 * p[0], w.b + 2 * p[1], c.b
    geo = (ho.b, wo.b, C, wp, kh, kw, dl[0], dl[1], s[0], s[1])
    if hp * wp * C >= 2**31:
        return None
    dt = pb.g.type(nid).dtype
    xt = _to_nhwc(pb, nid, pb.view(x), p, (n, Lin(0, hp * wp), c))
    gv = pb.contiguous(gy)
    taps, hw = kh * kw * C, ho * wo
    per_image = WGRAD_PARTIALS and hw.b >= WGRAD_PARTIAL_MIN_PIXELS
    tmp = _temp(pb, nid, (n, o, Lin(0, taps)) if per_image else (o, Lin(0, taps)), "dwT")
    a = View(gv.buf, gv.offset, (o, hw), (hw, Lin(0, 1)))
    image = View(xt.buf, xt.offset, xt.shape[1:], xt.strides[1:])
    c_t = View(tmp.buf, tmp.offset, (o, Lin(0, taps)), (Lin(0, taps), Lin(0, 1)))
    _matmul(pb, nid, a, image, c_t, b_nhwc=geo,
            batch=(n, gv.strides[0], xt.strides[0], Lin(0, o.b * taps) if per_image else Lin()))
    if per_image:  # dwT = the images' sum: images outermost, each pass a contiguous add
        total = _temp(pb, nid, (o, Lin(0, taps)), "dwTsum")
        ks = _loop_kernel(pb, nid, "dw_sum")
        _fill(ks, dt, total)
        _copy(ks, dt, (n, Lin(0, o.b * taps)), tmp, (tmp.strides[0], Lin(0, 1)), total,
              (Lin(), Lin(0, 1)), mode="sum")
        tmp = total
    out = pb._new_temp(nid)
    k2 = _loop_kernel(pb, nid, "dw_order")
    dom = (o, c, Lin(0, kh), Lin(0, kw))
    _copy(k2, dt, dom, tmp, (Lin(0, taps), Lin(0, 1), Lin(0, kw * C), Lin(0, C)), out)
    return out


# the padded channels-last copy as one op kernel (llvm/conv_nhwc.py: register-tile transposes,
# the border written once) where x's rows are contiguous; else a loop kernel (zero fill, then
# a strided copy). conv 3x3 64->64 56x56 b8 f32, 1 thread (bench --profile conv): 1.36 ->
# 0.39 ms; ResNet-20 train step's 18 copies 9.5 -> 2.7 ms
NHWC_COPY_KERNEL = True


def _to_nhwc(pb, nid, xv: View, p, shape) -> View:
    """xT (n, hp wp, C) contiguous: x (n, C, h, w) channels-last, zero-padded by p."""
    dt = pb.g.type(nid).dtype
    xt = _temp(pb, nid, shape, "nhwc")
    n, c, h, w = xv.shape
    if (NHWC_COPY_KERNEL and xv.strides[3] == Lin(0, 1) and h.b > 0 and w.b > 0
            and all(v.a == 0 for v in xv.strides[1:] + xv.shape[1:])):
        k = pb._kernel(nid, "to_nhwc", kind="op")
        k.op, k.inputs, k.outputs = "transpose", [xv], [xt]
        k.attrs = {"perm": (0, 2, 3, 1), "pads": ((p[0], p[0]), (p[1], p[1]))}
        return xt
    k = _loop_kernel(pb, nid, "to_nhwc")
    _fill(k, dt, xt)
    wp, C = w.b + 2 * p[1], c.b
    at = View(xt.buf, xt.offset + Lin(0, (p[0] * wp + p[1]) * C), xv.shape,
              (xt.strides[0], Lin(0, 1), Lin(0, wp * C), Lin(0, C)))
    _copy(k, dt, xv.shape, xv, xv.strides, at)
    return xt


def nhwc_tables(ho, wo, C, wp, kh, kw, dh, dw, sh, sw):
    """(koff[(y, x)], noff[(i, j, c)]) of the channels-last weight-gradient GEMM (see above)."""
    y, x = np.meshgrid(np.arange(ho), np.arange(wo), indexing="ij")
    koff = ((y * sh * wp + x * sw) * C).ravel()
    i, j, cc = np.meshgrid(np.arange(kh), np.arange(kw), np.arange(C), indexing="ij")
    noff = ((i * dh * wp + j * dw) * C + cc).ravel()
    return koff, noff


DIRECT_WGRAD = True  # LLVM: small stride-1 weight gradients by llvm/conv_wgrad.py, no GEMM
# Measured against the GEMM paths (f32, 1 thread, AVX-512 / AVX2, batch 64): Cout x taps 6 x 25
# on 24x24 (LeNet conv1) 0.47 -> 0.072 ms / 0.30 -> 0.089, 16 x 27 on 32x32 (ResNet's first
# conv) 1.27 -> 0.37 / 1.18 -> 0.49, 16 x 54 on 12x12 0.21 -> 0.125 / 0.25 -> 0.19, but 16 x 150
# on 8x8 (LeNet conv2, half of each 16-lane vector idle) 0.21 -> 0.26. Its input channels are
# a loop and its images split over up to DIRECT_WGRAD_PARTS threads (code unrolled over Cout x
# kh x kw only): it also beats the GEMM on big ones (whole weight gradient incl. copies, f32
# AVX-512, 1 / 2 threads): 16 -> 16 3x3 on 32x32 b64 (ResNet-20 stage 1) 2.41 -> 1.48 / 1.09
# -> 0.72 ms, 32 -> 32 on 16x16 b64 1.72 -> 1.43 / 1.02 -> 0.76, 64 -> 64 on 56x56 b8 (the
# bench conv) 9.95 -> 9.06 / 4.86 -> 4.60 (AVX2: 3.56 -> 2.91 on 32x32, 16.99 -> 17.36 on
# 56x56); 64 -> 64 on 8x8 (half the lanes idle) 1.42 -> 3.23, so not
DIRECT_WGRAD_MAX = 1024  # Cout kh kw
DIRECT_WGRAD_PARTS = 4  # most threads the images are split over (a partial sum each)
DIRECT_WGRAD_LANES = 0.75  # least share of used lanes in a row's 16-lane vectors (f32 AVX-512)
# ... and where gy's rows are as wide as x's (stride 1, 'same' padding), over the flattened
# pixels of x read in place with masked loads (llvm/conv_wgrad_flat.py): every lane used and
# no padded copy (56-wide rows used 56 of 64 lanes). conv 3x3 64->64 56x56 b8 f32, 1 thread,
# AVX-512, alternating in one process on a loaded host: 9.10 -> 8.18 ms (pad 0.3 ms gone too)
WGRAD_FLAT = True
WGRAD_FLAT_MAX_PERIOD = 8  # most vectors (AVX2) per period of masks: its code is unrolled


def _grad_weight_direct(pb, nid) -> View | None:
    """The weight gradient as one op kernel 'conv2d_grad_weight' reading gy and the (padded)
    x in place (llvm/conv_wgrad.py): ungrouped, stride 1, few output channels x taps."""
    d = pb.g.node(nid)
    x, gy = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    kh, kw = pair2(d["attrs"]["kernel_size"])
    n, o, ho, wo = lin_shape(pb.g.type(gy).shape)
    c = pb.g.type(x).shape[1]
    if (not DIRECT_WGRAD or groups != 1 or s != (1, 1) or o.b * kh * kw > DIRECT_WGRAD_MAX
            or not 0 < wo.b <= 64 or ho.b == 0
            or wo.b < DIRECT_WGRAD_LANES * 16 * -(-wo.b // 16)):
        return None
    xv = pb.view(x)
    if xv.strides[3] != Lin(0, 1) or any(v.a != 0 for v in xv.strides[1:]):
        return None
    flat = _wgrad_flat(xv, wo.b, p, pb.g.type(nid).dtype.itemsize)
    if not flat and any(q != 0 for q in p):  # a zero-filled copy where positive, a crop
        xv = _padded(pb, _loop_kernel(pb, nid, "pad") if max(p) > 0 else None, nid, xv, p)
    k = pb._kernel(nid, "wgrad_direct", kind="op")
    lanes = 64 // pb.g.type(nid).dtype.itemsize  # the widest vector (AVX-512)
    parts = _temp(pb, nid, (Lin(0, DIRECT_WGRAD_PARTS * o.b * c * kh * kw * lanes),), "wgparts")
    k.op, k.inputs = "conv2d_grad_weight", [xv, pb.contiguous(gy)]
    k.outputs = [pb._new_temp(nid), parts]
    k.attrs = {"kernel_size": (kh, kw), "dilation": dl}
    if flat:
        k.attrs["padding"] = p
    return k.outputs[0]


def _wgrad_flat(xv: View, wo: int, p, itemsize: int) -> bool:
    """Whether the direct kernel runs over the flattened pixels of the unpadded x (see
    above): output rows as wide as x's contiguous rows, a short period of masks."""
    w = xv.shape[3].b
    lanes = 32 // itemsize  # the narrowest vector (AVX2): the longest period
    return (WGRAD_FLAT and min(p) >= 0 and w == wo == xv.strides[2].b
            and w // math.gcd(w, lanes) <= WGRAD_FLAT_MAX_PERIOD)


def _conv2d_grad_weight_batched(pb, nid) -> View:
    out = _grad_weight_direct(pb, nid)
    if out is not None:
        return out
    out = _grad_weight_nhwc(pb, nid)
    if out is not None:
        return out
    out = _grad_weight_implicit(pb, nid)
    if out is not None:
        return out
    d = pb.g.node(nid)
    x, gy = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    kh, kw = pair2(d["attrs"]["kernel_size"])
    n, o, ho, wo = lin_shape(pb.g.type(gy).shape)
    cols, cg = _cols_t(pb, nid, x, kh, kw, s, p, dl, groups, (ho, wo))
    kk, og, hw = cg * kh * kw, o.b // groups, ho * wo
    gv = pb.contiguous(gy)
    out = pb._new_temp(nid)
    for g in range(groups):
        dw = View(out.buf, out.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, _image_group(gv, g, og, hw), _image_group(cols, g, kk, hw), dw,
                trans_b=True, batch=(n, hw * o.b, hw * (groups * kk), Lin()))
    return out


def conv2d(pb, nid) -> View | None:
    """The conv2d's output view; None where its GEMM also computed the element-wise chain
    after it (conv_epilogue.py: the chain's last node has the view, the conv node none)."""
    if _batched(pb):
        return _conv2d_batched(pb, nid)
    d = pb.g.node(nid)
    x, w = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    dt = d["type"].dtype
    n, o, ho, wo = lin_shape(d["type"].shape)
    _, cg, kh, kw = pb.g.type(w).shape
    k1 = _loop_kernel(pb, nid, "im2col")
    xv = _padded(pb, k1, nid, pb.view(x), p)
    cols, cg = _im2col(pb, k1, nid, xv, kh, kw, s, dl, groups, (ho, wo))
    kk, og, rows = cg * kh * kw, o.b // groups, n * ho * wo
    wv = pb.contiguous(w)
    tmp = _temp(pb, nid, (groups, n, ho, wo, og), "gemm")
    for g in range(groups):
        wg = View(wv.buf, wv.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, _group_rows(cols, g, rows, kk), wg, _group_rows(tmp, g, rows, og),
                trans_b=True)
    out = pb._new_temp(nid)
    k3 = _loop_kernel(pb, nid, "conv2d")
    ts = tmp.strides
    dom = (n, Lin(0, groups), Lin(0, og), ho, wo)
    out_strides = (out.strides[0], out.strides[1] * og, out.strides[1], out.strides[2],
                   out.strides[3])
    _copy(k3, dt, dom, tmp, (ts[1], ts[0], ts[4], ts[2], ts[3]), out, out_strides)
    return out


def conv2d_grad_weight(pb, nid) -> View:
    if _batched(pb):
        return _conv2d_grad_weight_batched(pb, nid)
    d = pb.g.node(nid)
    x, gy = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    kh, kw = pair2(d["attrs"]["kernel_size"])
    dt = d["type"].dtype
    n, o, ho, wo = lin_shape(pb.g.type(gy).shape)
    k1 = _loop_kernel(pb, nid, "im2col")
    xv = _padded(pb, k1, nid, pb.view(x), p)
    cols, cg = _im2col(pb, k1, nid, xv, kh, kw, s, dl, groups, (ho, wo))
    kk, og, rows = cg * kh * kw, o.b // groups, n * ho * wo
    gv = pb.view(gy)
    gt = _temp(pb, nid, (groups, n, ho, wo, og), "gy")
    sn, so, sh, sw = gv.strides
    _copy(k1, dt, (groups, n, ho, wo, og), gv, (so * og, sn, sh, sw, so), gt)
    out = pb._new_temp(nid)
    for g in range(groups):
        dw = View(out.buf, out.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, _group_rows(gt, g, rows, og), _group_rows(cols, g, rows, kk), dw,
                trans_a=True)
    return out


def _canvas_range(h, k, s, p, d, out):
    """[lo, hi) of output coordinates a canvas must cover (every scatter target and output)."""
    reach = (h - 1) * s + d * (k - 1) + 1
    return min(0, -p), max(out, reach - p)


def _flipped_weight(pb, nid, w, groups):
    """The conv2d weight (O, C/g, kH, kW) equivalent to conv_transpose2d's w (C, O/g, kH, kW):
    wf[g*Og + o, c, i, j] = w[g*Cg + c, o, kH-1-i, kW-1-j] (one small loop kernel)."""
    c, og, kh, kw = pb.g.type(w).shape
    cg = c // groups
    wv = pb.view(w)
    s0, s1, s2, s3 = wv.strides
    src = View(wv.buf, wv.offset + s2 * (kh - 1) + s3 * (kw - 1), wv.shape, wv.strides)
    dom = (groups, og, cg, kh, kw)
    wf = _temp(pb, nid, dom, "wflip")
    k = _loop_kernel(pb, nid, "flip_weight")
    _copy(k, pb.g.type(nid).dtype, dom, src, (s0 * cg, s1, s0, -s2, -s3), wf)
    return View.contiguous(wf.buf, (groups * og, cg, kh, kw))


def _transpose_as_conv(pb, nid) -> View | None:
    """Stride-1 conv_transpose2d as a conv2d (LLVM backend): out[o, y] = sum_{c, i}
    x[c, y + p - i d] w[c, o, i] is the convolution of x padded by d(kH-1) - p (plus
    output_padding at the high end) with the flipped weight. One batched implicit GEMM per
    group writes the output: no cols buffer, no zero-filled canvas, no col2im scatter.
    Strided ones keep the col2im path (the conv of the zero-upsampled x measured 2x slower
    for 3x3 stride-2 ResNet shapes; a sub-pixel split per output phase is the way on)."""
    d = pb.g.node(nid)
    x, w = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    if s != (1, 1) or not (IMPLICIT_GEMM and TRANSPOSE_AS_CONV):
        return None
    op = pair2(d["attrs"].get("output_padding", 0))
    _, _, kh, kw = pb.g.type(w).shape
    lo = (dl[0] * (kh - 1) - p[0], dl[1] * (kw - 1) - p[1])
    pads = ((lo[0], lo[0] + op[0]), (lo[1], lo[1] + op[1]))
    xv = pb.view(x)
    n, o, ho, wo = lin_shape(d["type"].shape)
    h, wd = xv.shape[2].b, xv.shape[3].b
    cin_g = xv.shape[1].b // groups
    scatter = (o.b // groups) * h * wd
    if kh * kw > 1 and TRANSPOSE_AS_CONV_SCATTER_RATIO * scatter < cin_g * ho.b * wo.b:
        return None  # col2im: fewer elements scattered than the conv would gather
    cg = xv.shape[1].b // groups
    wf = _flipped_weight(pb, nid, w, groups)
    out = pb._new_temp(nid)
    if kh == kw == 1 and pads == ((0, 0), (0, 0)) and xv.is_contiguous():
        _cols_gemms(pb, nid, xv, wf, groups, cg, out)  # x itself is the GEMM operand
        return out
    geo = _masked_geometry(pb, xv, cg, kh, kw, dl, pads, ho, wo)
    if geo is not None:
        _implicit_gemms(pb, nid, geo, xv, wf, groups, out)
        return out
    xv = _pad_sides(pb, None, nid, xv, pads)
    geo = _implicit_geometry(xv, cg, kh, kw, (1, 1), dl, ho, wo)
    if geo is not None:
        _implicit_gemms(pb, nid, geo, xv, wf, groups, out)
        return out
    cols, cg = _im2col_t(pb, _loop_kernel(pb, nid, "im2col"), nid, xv, kh, kw, (1, 1), dl,
                         groups, (ho, wo))
    _cols_gemms(pb, nid, cols, wf, groups, cg * kh * kw, out)
    return out


def _cols_gemms(pb, nid, cols, wv, groups, kk, out):
    """out[n, g*Og:(g+1)*Og] = w_g @ colsT[n, g]: one batched GEMM per group."""
    n, o, ho, wo = out.shape
    og, hw = o.b // groups, ho * wo
    for g in range(groups):
        wg = View(wv.buf, wv.offset + Lin(0, g * og * kk), (Lin(0, og), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, wg, _image_group(cols, g, kk, hw), _image_group(out, g, og, hw),
                batch=(n, Lin(), hw * (groups * kk), hw * o.b))


def conv_transpose2d(pb, nid) -> View:
    if _batched(pb):
        out = _transpose_as_conv(pb, nid)
        if out is not None:
            return out
    d = pb.g.node(nid)
    x, w = d["inputs"]
    s, p, dl, groups = _attrs(d["attrs"])
    dt = d["type"].dtype
    n, o, ho, wo = lin_shape(d["type"].shape)
    _, c, h, wd = lin_shape(pb.g.type(x).shape)
    _, og, kh, kw = pb.g.type(w).shape
    cg, rows, kk = c.b // groups, n * h * wd, og * kh * kw
    k1 = _loop_kernel(pb, nid, "transpose_in")
    xv = pb.view(x)
    xt = _temp(pb, nid, (groups, n, h, wd, cg), "x")
    sn, sc, sh, sw = xv.strides
    _copy(k1, dt, (groups, n, h, wd, cg), xv, (sc * cg, sn, sh, sw, sc), xt)
    wv = pb.contiguous(w)
    cols = _temp(pb, nid, (groups, n, h, wd, og, kh, kw), "cols")
    for g in range(groups):
        wg = View(wv.buf, wv.offset + Lin(0, g * cg * kk), (Lin(0, cg), Lin(0, kk)),
                  (Lin(0, kk), Lin(0, 1)))
        _matmul(pb, nid, _group_rows(xt, g, rows, cg), wg, _group_rows(cols, g, rows, kk))
    lo0, hi0 = _canvas_range(h.b, kh, s[0], p[0], dl[0], ho.b)
    lo1, hi1 = _canvas_range(wd.b, kw, s[1], p[1], dl[1], wo.b)
    canvas = _temp(pb, nid, (n, o, hi0 - lo0, hi1 - lo1), "canvas")
    k2 = _loop_kernel(pb, nid, "col2im")
    _fill(k2, dt, canvas)
    zn, zc, zh, zw = canvas.strides
    at = View(canvas.buf, canvas.offset + zh * (-p[0] - lo0) + zw * (-p[1] - lo1),
              canvas.shape, canvas.strides)
    cs = cols.strides
    dom = (n, Lin(0, groups), h, wd, Lin(0, og), Lin(0, kh), Lin(0, kw))
    _copy(k2, dt, dom, cols, (cs[1], cs[0]) + cs[2:], at,
          (zn, zc * og, zh * s[0], zw * s[1], zc, zh * dl[0], zw * dl[1]), mode="sum")
    out = pb._new_temp(nid)
    crop = View(canvas.buf, canvas.offset + zh * (-lo0) + zw * (-lo1), out.shape,
                canvas.strides)
    _copy(k2, dt, out.shape, crop, crop.strides, out)
    return out


CONV_PLANS = {"conv2d": conv2d, "conv2d_grad_weight": conv2d_grad_weight,
              "conv_transpose2d": conv_transpose2d}


def conv_tables(cg, kh, kw, sc, sh, sw, dh, dw, s0, s1, ho, wo, *mask):
    """(koff[(c, i, j)], noff[(ho, wo)]) element offsets of an implicit-GEMM B operand; a
    masked geometry's (``mask`` = (top, left, h, w), see _masked_geometry) koff is relative
    to the unpadded image, so it may be negative where the tap reads the padding."""
    c, i, j = np.meshgrid(np.arange(cg), np.arange(kh), np.arange(kw), indexing="ij")
    koff = (c * sc + i * dh * sh + j * dw * sw).ravel()
    if mask:
        koff = koff - (mask[0] * sh + mask[1] * sw)
    y, x = np.meshgrid(np.arange(ho), np.arange(wo), indexing="ij")
    noff = (y * s0 * sh + x * s1 * sw).ravel()
    return koff.astype(np.int32), noff.astype(np.int32)


def mask_tables(geo, nr):
    """A masked geometry's (tap[k], bits[panel, taps + 1]): tap k = (c, i, j) is i kW + j,
    and bit l of bits[p, t] says whether column p nr + l reads inside the image at tap t (its
    pixel row y + i dh - top in [0, h), column x + j dw - left in [0, w)); columns past the
    last are 0. bits[p, taps] is -1 where every lane of the panel at every k addresses an
    element of the image (whole vectors may be loaded, then masked), else 0."""
    cg, kh, kw, _, _, _, dh, dw, _, _, ho, wo, top, left, h, w = geo
    y, x = np.divmod(np.arange(ho * wo), wo)
    i, j = np.divmod(np.arange(kh * kw), kw)
    iy = y[:, None] + (i * dh - top)[None, :]
    ix = x[:, None] + (j * dw - left)[None, :]
    ok = (iy >= 0) & (iy < h) & (ix >= 0) & (ix < w)  # [n, tap]
    P = -(-(ho * wo) // nr)
    ok = np.concatenate([ok, np.zeros((P * nr - ho * wo, kh * kw), bool)])
    bits = (ok.reshape(P, nr, kh * kw).astype(object) << np.arange(nr, dtype=object)[None, :,
                                                                                      None])
    koff = conv_tables(*geo)[0].astype(np.int64)
    first = np.arange(P, dtype=np.int64) * nr
    inside = (first + koff.min() >= 0) & (first + nr - 1 + koff.max() <= implicit_span(geo)[1])
    safe = np.where(inside, -1, 0).astype(object)[:, None]
    tap = np.tile(np.arange(kh * kw), cg)
    return tap.astype(np.int32), np.concatenate([bits.sum(axis=1), safe], axis=1)


def implicit_span(geo):
    """(lowest, highest) element offset an implicit GEMM of geometry ``geo`` reads: every
    (koff, noff) pair, or for a masked one the image's extent (no other element is read)."""
    if len(geo) > 12:
        cg, sc, sh, sw, h, w = geo[0], geo[3], geo[4], geo[5], geo[14], geo[15]
        return 0, (cg - 1) * sc + (h - 1) * sh + (w - 1) * sw
    koff, noff = (t.astype(np.int64) for t in conv_tables(*geo))
    return int(koff.min() + noff.min()), int(koff.max() + noff.max())
