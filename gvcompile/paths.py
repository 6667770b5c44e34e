"""Where the C sources of runtime/ are: the checkout's runtime/ folder (editable installs, CI),
or the copy installed with the package as ``gvcompile._runtime`` (wheels)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def runtime_dir() -> Path:
    here = Path(__file__).resolve().parent
    repo = here.parent / "runtime"
    if (repo / "gv_pool.c").is_file():
        return repo
    return here / "_runtime"
