"""Import an ONNX model, fine-tune it, export it as a C library.

    python examples/onnx_finetune.py [--epochs 8] [--out build/onnx_digits]

1. Writes digits_cnn.onnx: a small CNN for 8x8 images built with onnx.helper, as another
   framework would hand it over (Conv-Relu-MaxPool-Flatten-Gemm-Relu-Gemm, its weights
   initializers), and checks it with onnx.checker and ONNX Runtime (when installed).
2. gvcompile.from_onnx turns it into a GraphContainer whose layers own those weights.
3. Fine-tunes it on scikit-learn's bundled handwritten digits with one compiled training step.
4. Exports the fine-tuned model as OUT/libdigits.so + libdigits.a + digits.h (callable from C
   with no Python), loads it back and checks it gives the model's outputs.
Needs: pip install -e '.[examples,onnx]'.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from train_digits import load_digits_split  # this folder

import gvcompile
from gvcompile import DataLoader, reshuffle
from gvcompile.layers import testmode, trainmode
from gvcompile.optimization import Adam, logitcrossentropy_loss


def onnx_cnn(path: Path, seed: int = 0) -> Path:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(seed)

    def init(name, *shape, fan_in):
        a = (rng.uniform(-1, 1, shape) / np.sqrt(fan_in)).astype(np.float32)
        return numpy_helper.from_array(a, name)

    inits = [init("w1", 16, 1, 3, 3, fan_in=9), init("b1", 16, fan_in=9),
             init("w2", 64, 16 * 4 * 4, fan_in=256), init("b2", 64, fan_in=256),
             init("w3", 10, 64, fan_in=64), init("b3", 10, fan_in=64)]
    nodes = [helper.make_node("Conv", ["x", "w1", "b1"], ["c"], pads=[1, 1, 1, 1]),
             helper.make_node("Relu", ["c"], ["r"]),
             helper.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
             helper.make_node("Flatten", ["p"], ["f"], axis=1),
             helper.make_node("Gemm", ["f", "w2", "b2"], ["h"], transB=1),
             helper.make_node("Relu", ["h"], ["hr"]),
             helper.make_node("Gemm", ["hr", "w3", "b3"], ["y"], transB=1)]
    graph = helper.make_graph(
        nodes, "digits_cnn",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 1, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 10])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model, full_check=True)
    onnx.save(model, path)
    return path


def accuracy(model, x, y) -> float:
    testmode(model)
    pred = np.argmax(model(x), axis=1)
    trainmode(model)
    return float((pred == y).mean())


def main(argv=None) -> float:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out", type=Path, default=Path("build/onnx_digits"))
    ap.add_argument("--min-accuracy", type=float, default=0.9)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    path = onnx_cnn(args.out / "digits_cnn.onnx")
    (xtr, ytr), (xte, yte) = load_digits_split()
    try:
        import onnxruntime as ort
    except ImportError:
        ort = None
    model = gvcompile.from_onnx(path)  # a GraphContainer; the initializers are its parameters
    if ort is not None:  # the import computes what ONNX Runtime computes
        ref = ort.InferenceSession(str(path)).run(None, {"x": xte[:16]})[0]
        assert np.allclose(model(xte[:16]), ref, rtol=1e-4, atol=1e-5)
        print("imported model agrees with ONNX Runtime")
    print(f"{path.name}: test accuracy before fine-tuning {accuracy(model, xte, yte):.3f}")

    gvcompile.manual_seed(0)
    eye = np.eye(10, dtype=np.float32)
    loader = DataLoader(lambda i: (xtr[i], eye[ytr[i]]), len(xtr), batch_size=32, shuffle=True)
    trainmode(model)
    x0, t0 = loader[0]
    step = gvcompile.compile_train_step(model, logitcrossentropy_loss, Adam(model, 3e-3), x0, t0,
                                        target="cpu")
    for epoch in range(1, args.epochs + 1):
        reshuffle(loader)
        loss = np.mean([step(xb, tb) for xb, tb in loader])
        print(f"epoch {epoch}  loss {loss:.4f}  test accuracy {accuracy(model, xte, yte):.3f}")

    testmode(model)
    cm = gvcompile.compile(model, xte[:1], target="cpu")
    so = gvcompile.export(cm, args.out, name="digits")
    lib = gvcompile.load(so)
    same = np.allclose(lib(xte), cm(xte), rtol=1e-5, atol=1e-6)
    acc = accuracy(model, xte, yte)
    print(f"exported {so} (+ libdigits.a, digits.h); library matches the model: {same}; "
          f"test accuracy {acc:.3f}")
    if not same or acc < args.min_accuracy:
        raise SystemExit(1)
    return acc


if __name__ == "__main__":
    main()
