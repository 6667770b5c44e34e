"""Executables: what ``compile`` and ``compile_train_step`` return, and how they run.

model.py (CompiledModel: one program per input signature) · train_step.py (TrainStep: a whole
training step as one program) · inputs.py (checking and converting call arguments) ·
device_state.py / device_calls.py (a model whose state stays on the GPU between calls)."""
