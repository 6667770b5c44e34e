"""Bad environment switches, command lines and loss targets fail with a clear message."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile import config
from gvcompile.__main__ import main
from gvcompile.errors import ShapeError
from gvcompile.layers import Fc
from gvcompile.optimization import SGD, crossentropy_loss, logitcrossentropy_loss


@pytest.mark.parametrize("name,read", [("GV_DEBUG", config.debug_level),
                                       ("GV_VALIDATE", config.validate),
                                       ("GV_CHECK", config.check_ir)])
def test_a_non_integer_switch_names_the_variable(monkeypatch, name, read):
    monkeypatch.setenv(name, "abc")
    with pytest.raises(ValueError, match=f"environment variable {name}='abc': expected an "
                                         "integer"):
        read()
    monkeypatch.setenv(name, " 1 ")
    assert read() in (1, True)
    monkeypatch.setenv(name, "")
    read()  # empty: the default


def test_bench_help_and_bad_arguments(capsys):
    assert main(["bench", "--help"]) == 0
    assert "rounds" in capsys.readouterr().out
    for argv, msg in [(["bench", "0"], "rounds must be a positive integer, got '0'"),
                      (["bench", "-2"], "rounds must be a positive integer, got '-2'"),
                      (["bench", "x"], "rounds must be a positive integer, got 'x'"),
                      (["bench", "--target", "tpu"], "--target needs cpu or cuda, got 'tpu'"),
                      (["bench", "--fast"], "unknown option '--fast'"),
                      (["bench", "--threads", "1,x"], "--threads needs positive integers"),
                      (["bench", "--threads", "0"], "--threads needs positive integers"),
                      (["bench", "--threads"], "--threads needs positive integers"),
                      (["bench", "--target", "cuda", "--threads", "2"], "--threads is for"),
                      (["bench", "2", "3"], "one rounds count expected"),
                      (["train"], "the commands are 'bench' and 'warmup'"),
                      ([], "no command given")]:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert msg in err and "usage: python -m gvcompile bench" in err, (argv, err)


@pytest.mark.parametrize("loss", [logitcrossentropy_loss, crossentropy_loss])
def test_integer_labels_get_a_one_hot_hint(loss):
    p = np.zeros((4, 3), np.float32)
    for labels in (np.array([0, 1, 2, 1]), np.array([[0], [1], [2], [1]])):
        with pytest.raises(ShapeError, match=r"class labels .* one-hot .*np\.eye\(3"):
            loss(p, labels)
    with pytest.raises(ShapeError) as e:
        loss(p, np.zeros((4, 2), np.float32))  # a plain mismatch: no hint
    assert "one-hot" not in str(e.value)


def test_integer_labels_in_a_training_step_get_the_hint():
    m = Fc(2, 3)
    with pytest.raises(ShapeError, match="one-hot"):
        gvcompile.compile_train_step(m, logitcrossentropy_loss, SGD(m, 0.1),
                                     np.zeros((4, 2), np.float32), np.array([0, 1, 2, 1]),
                                     target="interp")
