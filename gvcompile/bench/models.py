"""Models the benchmarks share, each with its PyTorch twin (same architecture; weights need not
match, a benchmark compares time): ResNet-20 for CIFAR (He et al. 2016: 3 stages of 3 basic
blocks, 16/32/64 channels, 1x1 projection shortcuts where the shape changes) and a recurrent
sequence model (one RNN/LSTM/GRU layer, time-major input (T, N, F))."""

from __future__ import annotations

from ..functional import relu
from ..layers import (
    GRU,
    LSTM,
    RNN,
    BatchNorm,
    Conv,
    Fc,
    GlobalMeanPool,
    GraphContainer,
    Reshape,
    SequentialContainer,
    forward,
)

STAGES = (16, 32, 64)
BLOCKS = 3  # per stage: 6n + 2 layers with n = 3 is ResNet-20


def _block(cin: int, cout: int, stride: int) -> GraphContainer:
    layers = [Conv(cin, cout, 3, stride=stride, padding=1, use_bias=False),
              BatchNorm(cout, activation_function="relu"),
              Conv(cout, cout, 3, padding=1, use_bias=False), BatchNorm(cout)]
    if stride != 1 or cin != cout:
        layers += [Conv(cin, cout, 1, stride=stride, use_bias=False), BatchNorm(cout)]

    def basic_block(L, x):
        y = forward(L[3], forward(L[2], forward(L[1], forward(L[0], x))))
        short = forward(L[5], forward(L[4], x)) if len(L) == 6 else x
        return relu(y + short)

    return GraphContainer(basic_block, layers)


def resnet20(classes: int = 10) -> SequentialContainer:
    """Input (N, 3, 32, 32) -> logits (N, classes)."""
    layers = [Conv(3, STAGES[0], 3, padding=1, use_bias=False),
              BatchNorm(STAGES[0], activation_function="relu")]
    cin = STAGES[0]
    for k, c in enumerate(STAGES):
        for b in range(BLOCKS):
            layers.append(_block(cin, c, 2 if (k > 0 and b == 0) else 1))
            cin = c
    layers += [GlobalMeanPool(), Reshape((cin,)), Fc(cin, classes)]
    return SequentialContainer(layers)


def torch_resnet20(torch, classes: int = 10):
    nn = torch.nn

    class Block(nn.Module):
        def __init__(self, cin, cout, stride):
            super().__init__()
            self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
            self.b1 = nn.BatchNorm2d(cout)
            self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
            self.b2 = nn.BatchNorm2d(cout)
            self.short = nn.Sequential()
            if stride != 1 or cin != cout:
                self.short = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False),
                                           nn.BatchNorm2d(cout))

        def forward(self, x):
            y = self.b2(self.c2(torch.relu(self.b1(self.c1(x)))))
            return torch.relu(y + self.short(x))

    layers = [nn.Conv2d(3, STAGES[0], 3, 1, 1, bias=False), nn.BatchNorm2d(STAGES[0]), nn.ReLU()]
    cin = STAGES[0]
    for k, c in enumerate(STAGES):
        for b in range(BLOCKS):
            layers.append(Block(cin, c, 2 if (k > 0 and b == 0) else 1))
            cin = c
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(cin, classes)]
    return nn.Sequential(*layers)


RECURRENT = {"RNN": RNN, "LSTM": LSTM, "GRU": GRU}


def recurrent(kind: str, features: int, hidden: int) -> SequentialContainer:
    """One recurrent layer over a time-major sequence (T, N, features) -> (T, N, hidden)."""
    return SequentialContainer([RECURRENT[kind](features, hidden)])


def torch_recurrent(torch, kind: str, features: int, hidden: int):
    cls = {"RNN": torch.nn.RNN, "LSTM": torch.nn.LSTM, "GRU": torch.nn.GRU}[kind]
    net = cls(features, hidden)
    return lambda x: net(x)[0], net
