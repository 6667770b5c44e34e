"""Only what pyproject.toml cannot say: runtime/ (C sources compiled at first use or linked into
exported libraries) ships inside the package as ``gvcompile._runtime``; a checkout uses
runtime/ directly (gvcompile/paths.py)."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["gvcompile", "gvcompile.*"]) + ["gvcompile._runtime"],
    package_dir={"gvcompile._runtime": "runtime"},
)
