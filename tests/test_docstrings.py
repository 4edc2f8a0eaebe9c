"""Every public function, class and method of the package says what it does (issue #13).

Functions nested inside others, and the methods of private classes, are private by position
and are not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "qa_bot"


def _public_definitions(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if not node.name.startswith("_"):
                yield node
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                for member in node.body:
                    method = isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef)
                    if method and not member.name.startswith("_"):
                        yield member


def test_every_public_definition_has_a_docstring() -> None:
    missing = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in _public_definitions(ast.parse(path.read_text(encoding="utf-8")))
        if not ast.get_docstring(node)
    ]
    assert missing == []
