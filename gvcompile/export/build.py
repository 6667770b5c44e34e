"""Export stage, linking: objects + generated C + runtime C -> path/NAME.so (with the system C
compiler), next to the generated NAME.h and the manifest NAME.json.

The library links only libc/libm (and the pthread functions that live in libc): the thread
pool (runtime/gv_pool.c, through runtime/export/gv_pool_export.c) and the export runtime
(runtime/export/gv_export.c) are compiled in, hidden, and a version script exports exactly the
ABI functions of the header.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from ..paths import runtime_dir
from .csource import blob_asm, c_source, version_script
from .header import header_text
from .manifest import ExportError, ExportSpec, manifest
from .objcode import object_code

RUNTIME = runtime_dir()
EXPORT_RUNTIME = RUNTIME / "export"


def compiler() -> str:
    return os.environ.get("CC", "gcc")


def _link(spec: ExportSpec, man: dict, tmp: Path, out: Path) -> None:
    n = spec.name
    objs = []
    for e in spec.entries:
        obj = tmp / f"{n}_{e.name}.o"
        obj.write_bytes(object_code(e.plan, f"{n}__{e.name}_impl"))
        objs.append(obj.name)
    src, blob = c_source(spec, man)
    (tmp / f"{n}_abi.c").write_text(src)
    (tmp / f"{n}_blob.bin").write_bytes(blob)
    (tmp / f"{n}_blob.S").write_text(blob_asm(n, f"{n}_blob.bin"))
    (tmp / f"{n}.map").write_text(version_script(man))
    (tmp / f"{n}.h").write_text(header_text(man))
    cmd = [compiler(), "-O2", "-fPIC", "-shared", "-pthread", "-fvisibility=hidden",
           f"-I{EXPORT_RUNTIME}", "-I.", f"{n}_abi.c", str(EXPORT_RUNTIME / "gv_export.c"),
           str(EXPORT_RUNTIME / "gv_pool_export.c"), f"{n}_blob.S", *objs,
           f"-Wl,--version-script={n}.map", "-Wl,-z,noexecstack", "-Wl,-z,nodelete",
           "-Wl,--no-undefined",
           "-lm", "-o", str(out)]
    res = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
    if res.returncode != 0:
        raise ExportError(f"export: linking {out.name} failed:\n{' '.join(cmd)}\n{res.stderr}")


def write_library(spec: ExportSpec, path, link=None) -> Path:
    """Write NAME.so, NAME.h and NAME.json into ``path`` (created if missing); returns the .so.
    ``link(spec, manifest, tmpdir, out)`` builds the .so (default: the CPU library)."""
    link = link or _link
    out_dir = Path(os.fspath(path))
    out_dir.mkdir(parents=True, exist_ok=True)
    man = manifest(spec)
    n = spec.name
    so = out_dir / f"{n}.so"
    tmp_so = out_dir / f".{n}.so.{os.getpid()}.tmp"  # replaced atomically: a loaded copy stays
    try:
        with tempfile.TemporaryDirectory(prefix="gvexport-") as td:
            link(spec, man, Path(td), tmp_so.resolve())
        os.replace(tmp_so, so)
    finally:
        tmp_so.unlink(missing_ok=True)
    (out_dir / f"{n}.h").write_text(header_text(man))
    (out_dir / f"{n}.json").write_text(json.dumps(man, indent=1) + "\n")
    return so
