"""Every text of the screens can be translated: lupdate only finds a `translate` call whose
context and text are literal strings (a helper `translate(text)` or a variable context hides
the text from the translation files, and the English screens show Dutch)."""

from __future__ import annotations

import ast
from pathlib import Path

import bvmdesk

UI = Path(bvmdesk.__file__).parent / "ui"


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "translate" and isinstance(func.value, ast.Name) \
            and func.value.id == "QCoreApplication"
    return isinstance(func, ast.Name) and func.id == "translate"


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" + "b"
        return _literal(node.left) and _literal(node.right)
    return False


def test_every_translate_call_has_a_literal_context_and_text() -> None:
    hidden: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ("translate", "_tr", "tr"):
                hidden.append(f"{path.name}:{node.lineno} defines {node.name}()")
            if isinstance(node, ast.Call) and _is_translate(node.func) and (
                    len(node.args) < 2 or not all(_literal(a) for a in node.args[:2])):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []
