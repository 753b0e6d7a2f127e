"""Formulas of diagnosis indicators: arithmetic over BDL variables and local data.

A formula is a Python-like expression with numbers, + - * /, parentheses and two kinds of
names: ``v72305`` for a BDL variable and ``L_blue_cards`` for a local figure the OPS
enters. It is parsed with the standard ``ast`` module and evaluated by walking the tree:
nothing else (calls, attributes, other names) is accepted, so a formula typed by a
coordinator cannot run code.
"""

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

BDL_NAME = re.compile(r"^v(\d+)$")
LOCAL_NAME = re.compile(r"^L_([a-z0-9_]+)$")
OPERATORS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


@dataclass(frozen=True)
class Formula:
    text: str
    tree: ast.expr
    bdl_variables: frozenset[int]
    local_codes: frozenset[str]

    def evaluate(self, values: Mapping[str, float | None]) -> float | None:
        """The value for one unit and year; None when a figure is missing or a divisor is 0.

        ``values`` maps names as written in the formula (``v72305``, ``L_blue_cards``).
        """
        return _evaluate(self.tree, values)


def _evaluate(node: ast.AST, values: Mapping[str, float | None]) -> float | None:
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        value = values.get(node.id)
        return None if value is None else float(value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        operand = _evaluate(node.operand, values)
        return None if operand is None else -operand
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, values), _evaluate(node.right, values)
        if left is None or right is None:
            return None
        if isinstance(node.op, ast.Div) and right == 0:
            return None
        return OPERATORS[type(node.op)](left, right)
    raise TypeError(node)  # parse() lets nothing else through


def parse(text: str) -> Formula:
    """Check a formula and list the figures it needs; ValidationError in words otherwise."""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ValidationError(
            _("The formula is not valid: %(error)s") % {"error": exc.msg}
        ) from exc
    bdl, local = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if match := BDL_NAME.match(node.id):
                bdl.add(int(match.group(1)))
            elif match := LOCAL_NAME.match(node.id):
                local.add(match.group(1))
            else:
                raise ValidationError(
                    _(
                        "Unknown name “%(name)s”: use v<number> for a BDL variable or "
                        "L_<code> for local data."
                    )
                    % {"name": node.id}
                )
        elif isinstance(node, ast.Constant):
            if not isinstance(node.value, int | float) or isinstance(node.value, bool):
                raise ValidationError(_("A formula may contain only numbers and names."))
        elif isinstance(node, ast.BinOp):
            if type(node.op) not in OPERATORS:
                raise ValidationError(_("A formula may use only + − × ÷ and parentheses."))
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, ast.USub):
                raise ValidationError(_("A formula may use only + − × ÷ and parentheses."))
        elif not isinstance(node, ast.Load | ast.operator | ast.unaryop):
            raise ValidationError(_("A formula may use only + − × ÷ and parentheses."))
    if not bdl and not local:
        raise ValidationError(_("A formula must use at least one BDL variable or local figure."))
    return Formula(
        text=text.strip(), tree=tree, bdl_variables=frozenset(bdl), local_codes=frozenset(local)
    )
