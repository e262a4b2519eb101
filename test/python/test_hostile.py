"""Any phrase or description survives the trip into Python source."""

from __future__ import annotations

import json
import py_compile
import sys
import tempfile
import unittest
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import support


def hostile_entries() -> dict[int, dict[str, str]]:
    with open(support.HOSTILE, encoding="utf-8") as f:
        data = cast("dict[str, list[dict[str, Any]]]", json.load(f))
    entries: dict[int, dict[str, str]] = {}
    for entry in data["codes"]:
        entries[int(entry["code"])] = {k: str(v) for k, v in entry.items() if k != "code"}
    return entries


class HostileStringsTest(unittest.TestCase):
    tmp: tempfile.TemporaryDirectory[str]
    modules: dict[str, ModuleType]

    @classmethod
    def setUpClass(cls) -> None:
        cls.tmp = tempfile.TemporaryDirectory()
        cls.modules = {}
        for label, args in (
            ("registry", ()),
            ("alone", ("-no-registry",)),
        ):
            path = Path(cls.tmp.name) / f"hostile_{label}.py"
            support.statusgen("-lang", "python", *args, "-spec", str(support.HOSTILE), "-o", str(path))
            cls.modules[label] = support.load_module(path, f"hostile_{label}")

    @classmethod
    def tearDownClass(cls) -> None:
        for label in cls.modules:
            sys.modules.pop(f"hostile_{label}", None)
        cls.tmp.cleanup()

    def test_entries_loaded(self) -> None:
        entries = hostile_entries()
        self.assertGreaterEqual(len(entries), 9)
        for entry in entries.values():
            self.assertIn("phrase", entry)
            self.assertIn("description", entry)

    def test_phrases_and_descriptions_exact(self) -> None:
        for label, module in self.modules.items():
            status = module.HTTPStatus
            for code, entry in hostile_entries().items():
                with self.subTest(module=label, code=code):
                    member = status(code)
                    self.assertEqual(member.phrase, entry["phrase"])
                    self.assertEqual(member.description, entry["description"])
                    self.assertIs(status.from_phrase(entry["phrase"]), member)

    def test_names(self) -> None:
        status = self.modules["registry"].HTTPStatus
        self.assertEqual(status(590).name, "HOSTILE_QUOTES")
        self.assertEqual(status(598).name, "HOSTILE_KEYWORD")
        # The registry is still there, unharmed.
        self.assertEqual(status(404).phrase, "Not Found")
        self.assertEqual(status(413).name, "CONTENT_TOO_LARGE")

    def test_alone_has_only_the_hostile_codes(self) -> None:
        status = self.modules["alone"].HTTPStatus
        self.assertEqual({int(m) for m in status}, set(hostile_entries()))

    def test_compiles(self) -> None:
        for label in self.modules:
            path = Path(self.tmp.name) / f"hostile_{label}.py"
            text = path.read_text(encoding="utf-8")
            self.assertTrue(text.startswith(support.MARKER + "\n"))
            py_compile.compile(str(path), cfile=str(path) + "c", doraise=True)


if __name__ == "__main__":
    unittest.main()
