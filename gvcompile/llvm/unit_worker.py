"""The optimisation pipeline of compiled units, and a worker process that runs it.

llvmlite serialises every call into LLVM with one process-wide lock (its ffi module), so threads
cannot compile units at the same time; worker PROCESSES can. This file imports nothing from
gvcompile (a worker starts in ~0.15 s: Python and llvmlite only) and is run by path:

    python unit_worker.py   (stdin: pickled (cpu, features, [(ir text, tier), ...]);
                             stdout: pickled [object bytes, ...] in the same order)

``run_pipeline`` is THE pipeline: target.py's ``optimise`` calls it too, so a unit compiled in a
worker is the same machine code as one compiled in the process (both are cached under one key).
"""

from __future__ import annotations

import pickle
import sys

# tier -> (pipeline speed level, LLVM's loop unroller, instruction selection opt level, loop
# interleaving by the vectoriser, the SLP vectoriser):
# "full": recurrent helper families (their cells are the LSTM's run time) everything;
# "lib": the GEMM and dot families at O2 with the unroller: O3's non-trivial loop unswitching
# doubled the micro-kernels' code (13,000 optimised lines for 6,600 in; gv_gemm_f32 of a conv
# net took 1.18 s CPU at O3, 0.40 s at O2) for no measured run time (LeNet, ResNet-20 and MLP
# steps, LSTM forward+backward, AVX-512 host: issue 16);
# "no-unroll": op kernels (conv, pools, layout changes: loops that can dominate) O3 without the
# unroller; "glue": fused elementwise and reduction loop kernels O1, instruction selection at
# level 1, vectorised without interleaving (one vector body: -12% of LeNet's glue compile time,
# no measured run time; fast instruction selection cost 15% of a LeNet step), without the
# SLP vectoriser (the same machine code for every glue loop of LeNet-5, MLP and LSTM steps and
# ResNet-20's forward; -14% of their compile time);
# "small": glue loops of at most ~1000 elements (compile.py's SMALL_LOOP_ELEMENTS) O1 with fast
# instruction selection (~4.5 ms a loop instead of ~6.5; still vectorised: a loss over 10
# classes at N=64 ~0.04 us a call instead of ~0.02, where the scalar "tiny" code took ~0.5);
# "tiny": loops of at most ~100 elements (TINY_LOOP_ELEMENTS) no IR optimisation and fast
# instruction selection (~0.8 ms a loop); the driver (straight-line address arithmetic and one
# call per kernel, run once per call) the same: fast instruction selection took its codegen
# from 0.17 to 0.03 s for a ResNet-20 step, and the O1 IR pipeline was then ~20 of LeNet-5's
# 32 ms and ~110 of ResNet-20's 190 ms.
TIERS = {"full": (3, True, 3, True, True), "lib": (2, True, 3, True, True),
         "no-unroll": (3, False, 3, True, True), "glue": (1, False, 1, False, False),
         "small": (1, False, 0, False, False), "tiny": (0, False, 0, False, False),
         "driver": (0, False, 0, False, False)}


def run_pipeline(mod, tm, unroll: bool = True, speed: int = 3, interleave: bool = True,
                 slp: bool = True) -> None:
    """The module pipeline at ``speed`` for ``tm`` (the loop vectoriser on; the loop unroller
    if ``unroll``; the loop vectoriser's interleaving if ``interleave``; the SLP vectoriser if
    ``slp``)."""
    import llvmlite.binding as llvm

    pto = llvm.create_pipeline_tuning_options(speed_level=speed)
    pto.loop_vectorization = True
    pto.slp_vectorization = slp
    pto.loop_unrolling = unroll
    pto.loop_interleaving = interleave
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(mod, pb)


def machine(cpu: str, features: str, opt: int = 3):
    """The JIT target machine target.py makes for (cpu, features, opt)."""
    import llvmlite.binding as llvm

    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    target = llvm.Target.from_triple(llvm.get_process_triple())
    return target.create_target_machine(cpu=cpu, features=features, opt=opt, reloc="default",
                                        codemodel="jitdefault", jit=True)


def compile_text(text: str, tier: str, tm_for) -> bytes:
    """Object code of a unit's text at ``tier``; ``tm_for(opt)`` gives the target machine."""
    import llvmlite.binding as llvm

    speed, unroll, opt, interleave, slp = TIERS[tier]
    tm = tm_for(opt)
    mod = llvm.parse_assembly(text)
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    mod.verify()
    run_pipeline(mod, tm, unroll, speed, interleave, slp)
    return tm.emit_object(mod)


def compile_parallel(cpu: str, features: str, jobs: list[tuple[str, bool]], workers: int,
                     local) -> list[bytes]:
    """Objects of ``jobs`` [(text, tier)], shared among ``workers`` processes (this process
    is one of them: ``local(text, tier)`` compiles here). Longest jobs first, each to the
    least loaded share; a worker that fails has its share compiled here."""
    import subprocess

    shares: list[list[int]] = [[] for _ in range(workers)]
    load = [0] * workers
    for i in sorted(range(len(jobs)), key=lambda i: -len(jobs[i][0])):
        w = load.index(min(load))
        shares[w].append(i)
        load[w] += len(jobs[i][0])
    procs = []
    for share in shares[1:]:
        p = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        p.stdin.write(pickle.dumps((cpu, features, [jobs[i] for i in share])))
        p.stdin.close()
        procs.append((p, share))
    out: list[bytes | None] = [None] * len(jobs)
    for i in shares[0]:
        out[i] = local(*jobs[i])
    for p, share in procs:
        objs = _collect(p)
        for j, i in enumerate(share):
            out[i] = objs[j] if objs is not None and j < len(objs) else local(*jobs[i])
    return out


def _collect(p) -> list[bytes] | None:
    data = p.stdout.read()
    p.stdout.close()
    if p.wait() != 0:
        return None
    try:
        return pickle.loads(data)
    except Exception:
        return None


def main() -> int:
    cpu, features, jobs = pickle.load(sys.stdin.buffer)
    tms: dict[int, object] = {}

    def tm_for(opt):
        if opt not in tms:
            tms[opt] = machine(cpu, features, opt)
        return tms[opt]

    out = [compile_text(text, tier, tm_for) for text, tier in jobs]
    pickle.dump(out, sys.stdout.buffer)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
