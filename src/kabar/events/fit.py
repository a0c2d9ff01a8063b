"""Full-batch AdaGrad, the fit both learned event models share (``train_implicit``,
``train_confidence``).

Their losses are convex, so descent over all examples at once reaches one optimum
whatever the examples' order: a model retrained after a one-row change of the rules moves
only as much as its examples did. A few hundred passes over some thousand examples take
seconds, so no library (scikit-learn, SciPy) is worth a dependency for it.
"""

from __future__ import annotations

import math

MIN_WEIGHT = 1e-4
"""Weights smaller than this are left out of the stored model."""


def adagrad_step(
    weights: list[float], seen: list[float], grad: list[float], count: int, l2: float, step: float
) -> None:
    """Move each weight against its mean gradient over ``count`` examples plus the L2
    pull, by a step that shrinks with the squared gradients it has seen (``seen`` keeps
    their sum)."""
    for f, g in enumerate(grad):
        g = g / count + l2 * weights[f]
        seen[f] += g * g
        weights[f] -= step * g / math.sqrt(seen[f])


def stored(index: dict[str, int], weights: list[float]) -> dict[str, float]:
    """The weights by feature name, sorted and rounded, the negligible ones left out."""
    return {
        f: round(weights[i], 4) for f, i in sorted(index.items()) if abs(weights[i]) >= MIN_WEIGHT
    }
