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


def pyright(*files: Path) -> dict[str, Any]:
    """Run pyright with the strict config (on files, or on what the config
    includes) and return its JSON report."""
    if not support.PYRIGHT.is_file():
        raise AssertionError(f"pyright not found at {support.PYRIGHT}: run 'npm ci' at the repository root or set PYRIGHT")
    proc = subprocess.run(
        [str(support.PYRIGHT), "--outputjson", "-p", str(CONFIG), *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if not proc.stdout.strip():
        raise AssertionError(f"pyright printed no report (exit {proc.returncode}):\n{proc.stderr}")
    return cast("dict[str, Any]", json.loads(proc.stdout))


def errors(report: dict[str, Any]) -> list[str]:
    diags = cast("list[dict[str, Any]]", report["generalDiagnostics"])
    return [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in diags if d["severity"] == "error"]


class PyrightTest(unittest.TestCase):
    def test_config_is_strict_for_39(self) -> None:
        config = cast("dict[str, Any]", json.loads(CONFIG.read_text(encoding="utf-8")))
        self.assertEqual(config["typeCheckingMode"], "strict")
        self.assertEqual(config["pythonVersion"], "3.9")

    def test_strict_clean(self) -> None:
        report = pyright()
        self.assertEqual(errors(report), [])
        self.assertEqual(report["summary"]["errorCount"], 0)
        self.assertEqual(report["summary"]["warningCount"], 0)
        # The generated module, the tests and the example were all checked.
        self.assertGreaterEqual(report["summary"]["filesAnalyzed"], 8)

    def test_catches_misuse(self) -> None:
        # Proves pyright reads the generated module's types: each line is an
        # error that only precise annotations reveal.
        bad = {
            "phrase_is_str": "x: int = HTTPStatus.NOT_FOUND.phrase",
            "no_such_member": "y = HTTPStatus.NO_SUCH_STATUS",
            "optional_result": "z: HTTPStatus = HTTPStatus.from_phrase('Not Found')",
            "headers_are_strs": "w: tuple[int, ...] = HTTPStatus.OK.headers",
            "lifecycle_literal": "v: Lifecycle = 'retired'",
            "redirect_optional": "u: str = HTTPStatus.FOUND.redirect",
        }
        with tempfile.TemporaryDirectory(dir=HERE) as tmp:
            path = Path(tmp) / "misuse.py"
            lines = ["from httpstatus import HTTPStatus, Lifecycle", ""]
            lines += [f"{code}  # {name}" for name, code in bad.items()]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            report = pyright(path)
        found = errors(report)
        for number, name in enumerate(bad, 3):
            with self.subTest(name=name):
                self.assertTrue(any(f"misuse.py:{number}:" in e for e in found), found)


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
