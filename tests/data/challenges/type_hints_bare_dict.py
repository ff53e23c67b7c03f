# The reference solution of ch-p4-type-hints-strict with one bare generic: its tests pass, mypy --strict does not.
from collections.abc import Iterable, Mapping, Sequence


def parse_scores(lines: Iterable[str]) -> dict[str, list[int]]:
    """Parse lines like 'ann: 90, 85' into {'ann': [90, 85]}; blank lines are skipped."""
    scores: dict = {}
    for line in lines:
        if not line.strip():
            continue
        name, _, rest = line.partition(":")
        scores[name.strip()] = [int(part) for part in rest.split(",") if part.strip()]
    return scores


def average(values: Sequence[float]) -> float | None:
    """Mean of the values, or None for an empty sequence."""
    if not values:
        return None
    return sum(values) / len(values)


def best_student(scores: Mapping[str, Sequence[float]]) -> str | None:
    """Name with the highest average, or None when nobody has scores."""
    best: str | None = None
    best_avg: float | None = None
    for name, values in scores.items():
        avg = average(values)
        if avg is not None and (best_avg is None or avg > best_avg):
            best, best_avg = name, avg
    return best


class Gradebook:
    course: str
    scores: dict[str, list[int]]

    def __init__(self, course: str) -> None:
        self.course = course
        self.scores = {}

    def add(self, name: str, score: int) -> None:
        self.scores.setdefault(name, []).append(score)

    def averages(self) -> dict[str, float | None]:
        return {name: average(values) for name, values in self.scores.items()}
