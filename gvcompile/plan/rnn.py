"""Recurrent ops in the kernel plan:

  seq_index(x){index}        a view of step ``index`` (negative counts from the end; the time
                             extent may be the run-time N): no kernel
  seq_scatter(ct, like)      zero fill, then ct copied into the step (one loop kernel)
  rnn_seq / lstm_seq / gru_seq
                             gx = x W_ih^T for all steps at once ('matmul' op kernel), then
                             the sequence op kernel [gx, states..., w_hh, b] -> [packed,
                             scratch (NB, G*H), (LLVM: W_hh^T (H, G*H))] whose backend rule
                             loops over time (one product with W_hh and one element-wise
                             pass per step); LLVM kernels get attr ``save``: False when
                             only state slices read the packed output (forward-only
                             programs), so the kernel may leave the saved slots unwritten
The gradient ops ``*_seq_grad`` are op kernels (ct, packed, w_hh) -> result; on LLVM a ct
that is a zero pad of some slots (the layer output's cotangent) is read unpadded: attr
``ct_slots`` = (first slot, count), the pad gets no kernel (absorbed_pad, asked by build.py).
"""

from __future__ import annotations

from ..errors import UnsupportedOp
from ..ops import OPS
from .extent import Lin
from .loop_body import LoopBody, fill, temp
from .view import View


def _step(v: View, index: int) -> View:
    """Step ``index`` of a sequence view (its axis 0)."""
    t = Lin(0, index) if index >= 0 else v.shape[0] + index
    return View(v.buf, v.offset + v.strides[0] * t, v.shape[1:], v.strides[1:])


def seq_index(pb, nid) -> View:
    d = pb.g.node(nid)
    return _step(pb.view(d["inputs"][0]), int(d["attrs"]["index"]))


def seq_scatter(pb, nid) -> View:
    d = pb.g.node(nid)
    ct = d["inputs"][0]
    out = pb._new_temp(nid)
    k = pb._kernel(nid, "seq_scatter")
    fill(k, d["type"].dtype, out)
    dst = _step(out, int(d["attrs"]["index"]))
    lb = LoopBody(dst.shape, d["type"].dtype, "copy the step")
    e = pb._expr(ct, lb.loop, {}, k)
    lb.sink(e, dst)
    k.loops.append(lb.loop)
    return out


def _sequence(pb, nid, n_states) -> View:
    d = pb.g.node(nid)
    op = d["op"]
    if pb.backend not in OPS[op].lower:
        raise UnsupportedOp(f"{d['src'] or 'graph'}: op {op!r} has no {pb.backend} lowering "
                            "yet")
    x, states, (w_ih, w_hh, bias) = (d["inputs"][0], d["inputs"][1:1 + n_states],
                                     d["inputs"][1 + n_states:])
    t, nb, _ = pb.g.type(x).shape
    gh = pb.g.type(w_ih).shape[0]
    xv, wv = pb.contiguous(x), pb.contiguous(w_ih)
    gx = temp(pb, nid, (t, nb, gh), "gx")
    mm = pb._kernel(nid, "matmul", kind="op")
    mm.op, mm.attrs, mm.inputs, mm.outputs = "matmul", {"trans_b": True}, [xv, wv], [gx]
    ins = [gx] + [pb.contiguous(s) for s in states] + [pb.contiguous(w_hh),
                                                       pb.contiguous(bias)]
    out = pb._new_temp(nid)
    scratch = [temp(pb, nid, (nb, gh), "gh")]
    if pb.backend == "llvm":  # W_hh^T, laid out once per call for the step products
        scratch.append(temp(pb, nid, (pb.g.type(w_hh).shape[1], gh), "w_hh_t"))
    k = pb._kernel(nid, op, kind="op")
    k.op, k.attrs, k.inputs, k.outputs = op, dict(d["attrs"]), ins, [out, *scratch]
    if pb.backend == "llvm":
        k.attrs["save"] = _saved_slots_read(pb, nid, pb.g.type(w_hh).shape[1])
    return out


# the packed slots a forward-only program reads: the outputs h_t and (LSTM) c_t
_STATE_SLOTS = {"rnn_seq": {0}, "lstm_seq": {0, 2}, "gru_seq": {0}}


def _saved_slots_read(pb, nid, hid) -> bool:
    """Whether anything reads packed slots other than the states (the backward's saved
    values): False when every user is a slice of state slots, so the kernel may skip them."""
    if nid in pb.g.output_nodes():
        return True
    for u in pb.g.users(nid):
        d = pb.g.node(u)
        a = d["attrs"]
        if d["op"] != "slice" or a.get("axis") != 2 or a.get("step", 1) != 1:
            return True
        start, stop = int(a["start"]), int(a["stop"])
        if not set(range(start // hid, -(-stop // hid))) <= _STATE_SLOTS[pb.g.op(nid)]:
            return True
    return False


def _ct_slots(pb, pad):
    """(first slot, slot count) of the packed cotangent ``pad`` pads with zeros along the
    slot axis only, in whole slots; None otherwise."""
    pads = pb.g.node(pad)["attrs"]["pads"]
    users = pb.g.users(pad)
    if len(pads) != 3 or any(tuple(p) != (0, 0) for p in pads[:2]) or not users:
        return None
    hid = pb.g.type(pb.g.inputs(users[0])[2]).shape[1]
    lo, width = int(pads[2][0]), pb.g.type(pb.g.inputs(pad)[0]).shape[2]
    return (lo // hid, width // hid) if lo % hid == 0 and width % hid == 0 else None


def absorbed_pad(pb, nid) -> bool:
    """Whether the pad ``nid`` needs no kernel: its only readers are LLVM *_seq_grad kernels
    (as their cotangent), which read the unpadded slots and take the others as zeros: the
    output cotangent (T, N, H) of a layer was zero-filled into all K slots (an LSTM's 6.5 MB
    at T 50, batch 32, H 128) and read back."""
    users = pb.g.users(nid)
    if pb.backend != "llvm" or not users or nid in pb.g.output_nodes():
        return False
    for u in users:
        ins = pb.g.inputs(u)
        if not pb.g.op(u).endswith("_seq_grad") or ins[0] != nid or nid in ins[1:]:
            return False
    return _ct_slots(pb, nid) is not None and len({pb.g.inputs(u)[2] for u in users}) == 1


def _sequence_grad(pb, nid) -> View:
    """(ct, packed, w_hh) -> result; a zero-padded ct is read unpadded (attr ct_slots)."""
    d = pb.g.node(nid)
    ct, packed, w_hh = d["inputs"]
    attrs = dict(d["attrs"])
    if pb.g.op(ct) == "pad" and absorbed_pad(pb, ct):
        attrs["ct_slots"] = _ct_slots(pb, ct)
        ct = pb.g.inputs(ct)[0]
    ins = [pb.contiguous(ct), pb.contiguous(packed), pb.contiguous(w_hh)]
    out = pb._new_temp(nid)
    k = pb._kernel(nid, d["op"], kind="op")
    k.op, k.attrs, k.inputs, k.outputs = d["op"], attrs, ins, [out]
    return out


RNN_PLANS = {"seq_index": seq_index, "seq_scatter": seq_scatter,
             **{f"{op}_seq_grad": _sequence_grad for op in ("rnn", "lstm", "gru")},
             "rnn_seq": lambda pb, nid: _sequence(pb, nid, 1),
             "lstm_seq": lambda pb, nid: _sequence(pb, nid, 2),
             "gru_seq": lambda pb, nid: _sequence(pb, nid, 1)}
