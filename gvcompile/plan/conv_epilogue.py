"""The element-wise epilogue a convolution's GEMM applies to its output (issue 14): after a conv
``y``, the chain

    y + bias    (bias of shape (O, 1, 1) or (1, O, 1, 1), unit channel stride: folded BatchNorm)
    ... + res   (res of the output's shape, already in memory, its pixels contiguous per channel)
    relu(...)

(each step optional, in this order, operands of the adds in either order) is computed by the
GEMM on each finished output tile while it is still in L1 (llvm/gemm.py ``_epilogue``), not by
a loop kernel re-reading the whole output. Every node of the chain but the last has exactly one
user and is no graph output, so nothing else needs the values it skips; the last node's view is
the GEMM's output. The adds are commutative (a + b and b + a round alike) and applied in the
chain's order, so the result has the bits of the unfused program.

Planned for the LLVM backend's implicit-GEMM convolutions only (conv.py: attr ``epilogue`` of
the 'matmul' kernel, its bias and residual views after A and B in ``inputs``); the CUDA plans
never fuse. FUSE_EPILOGUE = False plans the separate loop kernels again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .extent import Lin
from .view import View

FUSE_EPILOGUE = True


@dataclass
class Epilogue:
    steps: tuple  # subset of ("bias", "res", "relu"), in that order
    bias: View | None  # (O,) unit stride
    res: View | None  # (N, O, Ho, Wo), pixels contiguous
    nodes: list  # the chain's node ids; the last one is what the GEMM writes


def _other(g, user, cur):
    a, b = g.inputs(user)
    if a == b:
        return None
    return b if a == cur else a


def _bias_view(pb, node, o: int) -> View | None:
    shape = tuple(pb.g.type(node).shape)
    if shape not in ((o, 1, 1), (1, o, 1, 1)):
        return None
    if node not in pb.views and pb.g.op(node) != "const":
        return None  # computed after the conv
    v = pb.view(node)
    s = v.strides[-3]
    if s != Lin(0, 1):
        return None
    return View(v.buf, v.offset, (Lin(0, o),), (s,))


def _in_memory(pb, node) -> bool:
    """Whether ``node``'s value is in memory now: materialised, or a slice, transpose or flip
    of such a value (its view is taken now; views make no kernels)."""
    if node in pb.views:
        return True
    if pb.g.op(node) in ("slice", "transpose", "flip") and _in_memory(pb, pb.g.inputs(node)[0]):
        pb.views[node] = pb._view_op(node)
        return True
    return False


def _res_view(pb, node, shape) -> View | None:
    if tuple(pb.g.type(node).shape) != tuple(shape) or not _in_memory(pb, node):
        return None  # not in memory yet (computed later or inlined into its consumer)
    v = pb.views[node]
    n, o, ho, wo = v.shape
    sn, sc, sh, sw = v.strides
    if sw != Lin(0, 1) or sh != wo:
        return None
    return View(v.buf, v.offset, (n, o, ho * wo), (sn, sc, Lin(0, 1)))


def conv_epilogue(pb, nid) -> Epilogue | None:
    """The chain after conv node ``nid`` its GEMM computes, or None (nothing to fuse)."""
    if not FUSE_EPILOGUE or pb.backend != "llvm":
        return None
    g = pb.g
    t = g.type(nid)
    shape, o = tuple(t.shape), t.shape[1]
    outs = set(g.output_nodes())
    steps, nodes, bias, res = [], [nid], None, None
    cur = nid
    while "relu" not in steps and cur not in outs:
        users = g.users(cur)
        if len(users) != 1:
            break
        u = users[0]
        ut = g.type(u)
        if tuple(ut.shape) != shape or ut.dtype != t.dtype:
            break
        op = g.op(u)
        if op == "relu":
            steps.append("relu")
        elif op == "add" and (other := _other(g, u, cur)) is not None:
            if not steps and (bias := _bias_view(pb, other, o)) is not None:
                steps.append("bias")
            elif "res" not in steps and (res := _res_view(pb, other, shape)) is not None:
                steps.append("res")
            else:
                break
        else:
            break
        nodes.append(u)
        cur = u
    if not steps:
        return None
    return Epilogue(tuple(steps), bias, res, nodes)


def claim(pb, epi: Epilogue, out: View) -> None:
    """Record that the GEMM writing ``out`` computes the chain: the last node's value is
    ``out`` (read from memory from now on, even where it was to be inlined into its user); the
    skipped nodes get no view (nothing reads them)."""
    last = epi.nodes[-1]
    pb.views[last] = out
    pb.inline.discard(last)


def group_views(epi: Epilogue, g: int, og: int) -> list[View]:
    """The bias and residual views of group g (output channels g*og..(g+1)*og)."""
    out = []
    if epi.bias is not None:
        v = epi.bias
        out.append(View(v.buf, v.offset + v.strides[0] * (g * og), (Lin(0, og),), v.strides))
    if epi.res is not None:
        v = epi.res
        out.append(View(v.buf, v.offset + v.strides[1] * (g * og),
                        (v.shape[0], Lin(0, og), v.shape[2]), v.strides))
    return out
