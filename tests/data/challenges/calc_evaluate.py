# A learner's solution of ch-p2-calc-evaluate, for the garden challenge check tests.
import operator

OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate(expression: str) -> float:
    parts = expression.split()
    if len(parts) != 3 or parts[1] not in OPERATORS:
        raise ValueError(expression)
    left, symbol, right = parts
    return OPERATORS[symbol](float(left), float(right))
