"""The NumPy interpreter: runs any Graph with each op's ``ref``. The oracle of every backend."""

from .interpreter import Interpreter, bind_dims, check_constraints, run_graph

__all__ = ["Interpreter", "bind_dims", "check_constraints", "run_graph"]
