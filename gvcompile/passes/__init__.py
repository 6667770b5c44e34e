"""Graph -> Graph passes, one per file, run in order by ``run_pipeline``."""

from .runner import PIPELINE, run_pipeline

__all__ = ["PIPELINE", "run_pipeline"]
