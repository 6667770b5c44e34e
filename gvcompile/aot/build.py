"""Export stage, linking: objects + generated C + runtime C -> path/libNAME.so and the static
archive path/libNAME.a (with the system C compiler and binutils), next to the generated NAME.h
and the manifest NAME.json.

The shared library links only libc/libm (and the pthread functions that live in libc): the
thread pool (runtime/gv_pool.c, through runtime/export/gv_pool_export.c) and the export runtime
(runtime/export/gv_export*.c) are compiled in, hidden, and a version script exports exactly the
ABI functions of the header. The archive holds the same objects merged into one (``ld -r``)
whose only global symbols are those ABI functions (``objcopy --keep-global-symbols``), so a
program that embeds the model sees nothing else of it: ``cc main.c libNAME.a -lm -lpthread``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..paths import runtime_dir
from .csource import abi_symbols, blob_asm, c_source, version_script
from .header import header_text
from .manifest import ExportError, ExportSpec, manifest
from .objcode import object_code

RUNTIME = runtime_dir()
EXPORT_RUNTIME = RUNTIME / "export"
CFLAGS = ["-O2", "-fPIC", "-pthread", "-fvisibility=hidden"]
RUNTIME_C = ("gv_export.c", "gv_export_recurrent.c", "gv_pool_export.c")


def compiler() -> str:
    return os.environ.get("CC", "gcc")


def library_names(name: str) -> tuple[str, str]:
    """(shared library, static archive) file names of the export NAME: the platform's
    ``libNAME.so`` / ``libNAME.a``, so ``-lNAME`` finds them."""
    return f"lib{name}.so", f"lib{name}.a"


def _run(cmd: list[str], cwd: Path, what: str) -> None:
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if res.returncode != 0:
        raise ExportError(f"export: {what} failed:\n{' '.join(cmd)}\n{res.stderr}")


def write_sources(spec: ExportSpec, man: dict, tmp: Path, c_source=c_source) -> list[str]:
    """Generated C, blob, version script and header into ``tmp``; returns the sources to
    compile (relative to ``tmp``)."""
    n = spec.name
    src, blob = c_source(spec, man)
    (tmp / f"{n}_abi.c").write_text(src)
    (tmp / f"{n}_blob.bin").write_bytes(blob)
    (tmp / f"{n}_blob.S").write_text(blob_asm(n, f"{n}_blob.bin"))
    (tmp / f"{n}.map").write_text(version_script(man))
    (tmp / f"{n}.h").write_text(header_text(man))
    return [f"{n}_abi.c", f"{n}_blob.S"]


def archive(man: dict, objs: list[str], tmp: Path, out: Path) -> None:
    """libNAME.a: ``objs`` merged into one relocatable object whose only globals are the ABI
    functions (the runtime and the kernels stay private, as in the .so)."""
    n = man["name"]
    (tmp / f"{n}.keep").write_text("".join(s + "\n" for s in abi_symbols(man)))
    _run([compiler(), "-r", "-nostdlib", "-o", f"{n}_all.o", *objs], tmp, "merging objects")
    objcopy = os.environ.get("OBJCOPY", "objcopy")
    if shutil.which(objcopy) is None:
        raise ExportError(f"export: {objcopy} (binutils) is needed to build lib{n}.a")
    _run([objcopy, f"--keep-global-symbols={n}.keep", f"{n}_all.o", f"{n}.o"], tmp,
         f"hiding the private symbols of lib{n}.a")
    out.unlink(missing_ok=True)
    _run([os.environ.get("AR", "ar"), "rcs", str(out), f"{n}.o"], tmp, f"archiving {out.name}")


def _link(spec: ExportSpec, man: dict, tmp: Path, out: Path, out_a: Path) -> None:
    n = spec.name
    objs = []
    for e in spec.entries:
        obj = tmp / f"{n}_{e.name}.o"
        obj.write_bytes(object_code(e.plan, f"{n}__{e.name}_impl"))
        objs.append(obj.name)
    srcs = write_sources(spec, man, tmp) + [str(EXPORT_RUNTIME / f) for f in RUNTIME_C]
    _run([compiler(), *CFLAGS, f"-I{EXPORT_RUNTIME}", "-I.", "-c", *srcs], tmp, "compiling")
    objs += [Path(s).with_suffix(".o").name for s in srcs]
    _run([compiler(), "-shared", "-pthread", *objs, f"-Wl,-soname,lib{n}.so",
          f"-Wl,--version-script={n}.map", "-Wl,-z,noexecstack", "-Wl,-z,nodelete",
          "-Wl,--no-undefined", "-lm", "-o", str(out)], tmp, f"linking {out.name}")
    archive(man, objs, tmp, out_a)


def write_library(spec: ExportSpec, path, link=None) -> Path:
    """Write libNAME.so, libNAME.a, NAME.h and NAME.json into ``path`` (created if missing);
    returns the .so. ``link(spec, manifest, tmpdir, so, a)`` builds both libraries (default:
    the CPU ones)."""
    link = link or _link
    out_dir = Path(os.fspath(path))
    out_dir.mkdir(parents=True, exist_ok=True)
    man = manifest(spec)
    n = spec.name
    so_name, a_name = library_names(n)
    so, a = out_dir / so_name, out_dir / a_name
    tag = os.getpid()  # replaced atomically: a loaded copy of the old .so stays valid
    tmp_so, tmp_a = out_dir / f".{so_name}.{tag}.tmp", out_dir / f".{a_name}.{tag}.tmp"
    try:
        with tempfile.TemporaryDirectory(prefix="gvexport-") as td:
            link(spec, man, Path(td), tmp_so.resolve(), tmp_a.resolve())
        os.replace(tmp_so, so)
        os.replace(tmp_a, a)
    finally:
        tmp_so.unlink(missing_ok=True)
        tmp_a.unlink(missing_ok=True)
    (out_dir / f"{n}.h").write_text(header_text(man))
    (out_dir / f"{n}.json").write_text(json.dumps(man, indent=1) + "\n")
    return so
