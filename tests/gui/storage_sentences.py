"""The English sentences storage and compliance hand to the GUI, found in their source.

`storage/` and `compliance/` have no Qt, so their messages (a `UserError`'s sentence, a campaign
or notice problem, a field's validation error, the import's explanations) are plain English,
many with values in them. `gui/messages.py` lists each once as a template for translation;
this module derives the templates from the source (a value in an f-string or a concatenation
becomes a `{placeholder}` named after the expression), so that a test can check the list is
complete and current.

    python -m tests.gui.storage_sentences --write    # rewrites the list in gui/messages.py
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("storage", "compliance", "gui")
# Exceptions whose sentence reaches the user (the others are bugs: the user sees a polite
# message, the log the traceback).
USER_ERRORS = frozenset(
    {
        "UserError",
        "UsageError",
        "InputFileError",
        "WorkspaceError",
        "PassphraseRequired",
        "WrongPassphrase",
        "CampaignBlocked",
        "CampaignError",
        "SegmentFilterError",
        "ValidationFailed",
    }
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _name_of(node: ast.AST) -> str:
    """A placeholder name for an expression: `path.name` -> name, `', '.join(x)` -> list."""
    if isinstance(node, ast.Name):
        return node.id.lower()
    if isinstance(node, ast.Attribute):
        return node.attr.lower()
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr == "join":
            return "list"
        return _name_of(node.func)
    if isinstance(node, ast.Subscript):
        return _name_of(node.value)
    return "value"


class _Template:
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # expression source -> placeholder name

    def placeholder(self, node: ast.AST) -> str:
        source = ast.unparse(node)
        if source not in self.names:
            name = _name_of(node).strip("_") or "value"
            taken = set(self.names.values())
            unique, n = name, 2
            while unique in taken:
                unique, n = f"{name}{n}", n + 1
            self.names[source] = unique
        return "{" + self.names[source] + "}"

    def texts(self, node: ast.AST) -> list[str] | None:
        """Every text `node` can make (an if/else makes two); None when it is no text."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            out = [""]
            for part in node.values:
                if isinstance(part, ast.Constant):
                    out = [t + str(part.value) for t in out]
                elif isinstance(part, ast.FormattedValue):
                    out = [t + self.placeholder(part.value) for t in out]
            return out
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.texts(node.left) or [self.placeholder(node.left)]
            right = self.texts(node.right) or [self.placeholder(node.right)]
            if self.texts(node.left) is None and self.texts(node.right) is None:
                return None
            return [a + b for a in left for b in right]
        if isinstance(node, ast.IfExp):
            body, other = self.texts(node.body), self.texts(node.orelse)
            if body is None and other is None:
                return None
            return (body or []) + (other or [])
        return None


def _is_sentence(template: str) -> bool:
    return any(ch.isalpha() for ch in _PLACEHOLDER.sub("", template))


def _candidates(tree: ast.AST) -> Iterator[tuple[ast.AST, ast.AST]]:
    """(where, text expression) of every user-facing sentence in a module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in USER_ERRORS:
                yield node, node.args[0]
            # compliance.provenance: the explanations shown by the import wizard.
            if (
                name == "append"
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "notes"
            ):
                yield node, node.args[0]
        # compliance.contact_rules: errors[field] = "sentence"
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript)
            and isinstance(t.value, ast.Name)
            and t.value.id == "errors"
            for t in node.targets
        ):
            yield node, node.value
        # Functions saying what is wrong ("..._problem") return their sentence.
        if isinstance(node, ast.FunctionDef) and node.name.endswith("_problem"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    yield inner, inner.value


def sentences(root: Path = ROOT) -> dict[str, list[str]]:
    """Template -> the places (file:line) that make it."""
    found: dict[str, list[str]] = {}
    for folder in SOURCES:
        for path in sorted((root / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for where, expression in _candidates(tree):
                for text in _Template().texts(expression) or []:
                    if _is_sentence(text):
                        place = f"{path.relative_to(root).as_posix()}:{where.lineno}"
                        found.setdefault(text, []).append(place)
    return found


CATALOGUE = ROOT / "gui" / "messages.py"
BEGIN, END = "    # BEGIN GENERATED", "    # END GENERATED"


def _literal(text: str, indent: str) -> str:
    """`text` as Python string literals of at most ~80 characters, one a line (adjacent
    literals concatenate; lupdate reads them as one text)."""
    words = re.split(r"(?<= )", text)
    chunks, line = [], ""
    for word in words:
        if line and len(line) + len(word) > 76:
            chunks.append(line)
            line = ""
        line += word
    chunks.append(line)
    if len(chunks) == 1:
        return repr(chunks[0])
    return "\n".join(f"{indent}{chunk!r}" for chunk in chunks).lstrip()


def catalogue_lines() -> list[str]:
    lines = []
    for template in sorted(sentences()):
        literal = _literal(template, " " * 8)
        if "\n" in literal:
            lines.append(f'    QT_TRANSLATE_NOOP(\n        "messages",\n        {literal},\n    ),')
        else:
            lines.append(f'    QT_TRANSLATE_NOOP("messages", {literal}),')
    return lines


def write_catalogue(path: Path = CATALOGUE) -> None:
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN + "\n")
    _, _, tail = rest.partition(END)
    path.write_text(head + BEGIN + "\n" + "\n".join(catalogue_lines()) + "\n" + END + tail)


if __name__ == "__main__":
    import sys

    if "--write" in sys.argv:
        write_catalogue()
    else:
        print("\n".join(catalogue_lines()))
