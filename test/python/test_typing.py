"""Type completeness: pyright in strict mode, and the usage example."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any, cast

import support

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "pyrightconfig.json"
EXAMPLE = HERE / "example_usage.py"


def pyright() -> dict[str, Any]:
    """Run pyright with the strict config on what it includes and return its
    JSON report."""
    if not support.PYRIGHT.is_file():
        raise AssertionError(f"pyright not found at {support.PYRIGHT}: run 'npm ci' at the repository root or set PYRIGHT")
    proc = subprocess.run(
        [str(support.PYRIGHT), "--outputjson", "-p", str(CONFIG)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if not proc.stdout.strip():
        raise AssertionError(f"pyright printed no report (exit {proc.returncode}):\n{proc.stderr}")
    return cast("dict[str, Any]", json.loads(proc.stdout))


# Code that only precise annotations reveal as wrong: each line must be a
# pyright error, which proves pyright reads the generated module's types.
MISUSE = {
    "phrase_is_str": "x: int = HTTPStatus.NOT_FOUND.phrase",
    "no_such_member": "y = HTTPStatus.NO_SUCH_STATUS",
    "optional_result": "z: HTTPStatus = HTTPStatus.from_phrase('Not Found')",
    "headers_are_strs": "w: tuple[int, ...] = HTTPStatus.OK.headers",
    "lifecycle_literal": "v: Lifecycle = 'retired'",
    "redirect_optional": "u: str = HTTPStatus.FOUND.redirect",
}


class PyrightTest(unittest.TestCase):
    """One pyright run, strict, over what the config includes (the generated
    module, the tests, the example) and a file of misuse written beside
    them: the misuse must be errors, everything else clean."""

    report: dict[str, Any]
    misuse: Path

    @classmethod
    def setUpClass(cls) -> None:
        with tempfile.TemporaryDirectory(dir=HERE) as tmp:
            cls.misuse = Path(tmp) / "misuse.py"
            lines = ["from httpstatus import HTTPStatus, Lifecycle", ""]
            lines += [f"{code}  # {name}" for name, code in MISUSE.items()]
            cls.misuse.write_text("\n".join(lines) + "\n", encoding="utf-8")
            cls.report = pyright()

    def diagnostics(self, in_misuse: bool) -> list[dict[str, Any]]:
        diags = cast("list[dict[str, Any]]", self.report["generalDiagnostics"])
        return [d for d in diags if (Path(d["file"]).name == self.misuse.name) == in_misuse]

    def test_config_is_strict_for_39(self) -> None:
        config = cast("dict[str, Any]", json.loads(CONFIG.read_text(encoding="utf-8")))
        self.assertEqual(config["typeCheckingMode"], "strict")
        self.assertEqual(config["pythonVersion"], "3.9")

    def test_strict_clean(self) -> None:
        found = [d for d in self.diagnostics(False) if d["severity"] in ("error", "warning")]
        self.assertEqual([f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in found], [])
        # The generated module, the tests, the example and the misuse were all checked.
        self.assertGreaterEqual(self.report["summary"]["filesAnalyzed"], 9)

    def test_catches_misuse(self) -> None:
        found = [d["range"]["start"]["line"] + 1 for d in self.diagnostics(True) if d["severity"] == "error"]
        for number, name in enumerate(MISUSE, 3):
            with self.subTest(name=name):
                self.assertIn(number, found)


class ExampleTest(unittest.TestCase):
    def test_example_runs(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(support.SRC))
        proc = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True, encoding="utf-8", env=env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(
            proc.stdout.splitlines(),
            [
                "HTTP/1.1 404 Not Found",
                "HTTP/1.1 413 Content Too Large",
                "True True",
                "True False False",
                "413 None",
                "SERVICE_UNAVAILABLE: Server Error; RFC 9110, Section 15.6.4; headers ['Retry-After']; permanent True",
                "True may-change-method",
                "False True",
                "True",
                "PAYLOAD_TOO_LARGE -> CONTENT_TOO_LARGE",
                "REQUEST_ENTITY_TOO_LARGE -> CONTENT_TOO_LARGE",
            ],
        )


if __name__ == "__main__":
    unittest.main()
