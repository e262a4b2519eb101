"""The package's README is its PyPI page: its examples must hold.

The ```python blocks run in order, in one namespace, as a reader would type
them; then every line of the
form `expression  # value`, whose comment starts with a Python literal or a
member (`HTTPStatus.NAME`), is evaluated and compared with that value.
"""

from __future__ import annotations

import ast
import re
import unittest
from typing import Any

import support

README = support.PACKAGE / "README.md"
MEMBER = re.compile(r"HTTPStatus\.[A-Z_]+")


def blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.M | re.S)


def expected_value(comment: str, namespace: dict[str, Any]) -> tuple[bool, Any]:
    """The value the comment starts with, if it starts with one."""
    member = MEMBER.match(comment)
    if member:
        return True, eval(member.group(0), namespace)
    for end in range(len(comment), 0, -1):
        try:
            return True, ast.literal_eval(comment[:end])
        except (ValueError, SyntaxError):
            continue
    return False, None


class ReadmeTest(unittest.TestCase):
    def test_examples_hold(self) -> None:
        found = blocks()
        self.assertGreaterEqual(len(found), 3)
        checked = 0
        namespace: dict[str, Any] = {}
        for block in found:
            exec(compile(block, str(README), "exec"), namespace)
            for line in block.splitlines():
                if line.startswith((" ", "\t", "#")) or "  # " not in line:
                    continue
                expression, comment = (part.strip() for part in line.split("  # ", 1))
                if expression.startswith(("if ", "def ", "return ")) or expression.endswith(":"):
                    continue
                ok, want = expected_value(comment, namespace)
                if not ok:
                    continue
                with self.subTest(line=line):
                    self.assertEqual(eval(expression, namespace), want)
                    checked += 1
        self.assertGreaterEqual(checked, 15)


if __name__ == "__main__":
    unittest.main()
