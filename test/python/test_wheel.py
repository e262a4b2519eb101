"""The package builds into a wheel offline, which installs into a fresh venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import support


def run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(args, cwd=str(cwd), env=env, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def clean_env() -> dict[str, str]:
    """The environment without anything that would let the work tree leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    return env


class WheelTest(unittest.TestCase):
    def test_build_and_install(self) -> None:
        version = support.spec_version()
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            # Build from a copy, so that setuptools' build/ and egg-info stay
            # out of the work tree.
            project = tmp / "python"
            shutil.copytree(
                support.PACKAGE,
                project,
                ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__"),
            )
            dist = tmp / "dist"
            env = clean_env()
            run(
                [support.BUILD_PYTHON, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index", "-w", str(dist), str(project)],
                tmp,
                env,
            )
            wheels = sorted(dist.glob("*.whl"))
            self.assertEqual([w.name for w in wheels], [f"statusgen_httpstatus-{version}-py3-none-any.whl"])
            wheel = wheels[0]

            with zipfile.ZipFile(wheel) as zf:
                names = set(zf.namelist())
                dist_info = f"statusgen_httpstatus-{version}.dist-info"
                self.assertIn("httpstatus/__init__.py", names)
                self.assertIn("httpstatus/py.typed", names)
                self.assertIn(f"{dist_info}/LICENSE", names)
                self.assertEqual(
                    zf.read("httpstatus/__init__.py"),
                    support.MODULE.read_bytes(),
                )
                metadata = zf.read(f"{dist_info}/METADATA").decode("utf-8")
            self.assertIn("Name: statusgen-httpstatus\n", metadata)
            self.assertIn(f"Version: {version}\n", metadata)
            self.assertIn("Requires-Python: >=3.9\n", metadata)
            self.assertNotIn("Requires-Dist:", metadata)
            self.assertIn("Description-Content-Type: text/markdown", metadata)

            venv = tmp / "venv"
            run([sys.executable, "-m", "venv", str(venv)], tmp, env)
            bindir = venv / ("Scripts" if os.name == "nt" else "bin")
            python = str(bindir / "python")
            run([python, "-m", "pip", "install", "--no-index", "--no-deps", str(wheel)], tmp, env)

            elsewhere = tmp / "elsewhere"
            elsewhere.mkdir()
            out = run(
                [
                    python,
                    "-c",
                    "import pathlib, httpstatus; from httpstatus import HTTPStatus; "
                    "print(httpstatus.__file__); "
                    "print((pathlib.Path(httpstatus.__file__).parent / 'py.typed').is_file()); "
                    "print(HTTPStatus(413).name, HTTPStatus.REQUEST_ENTITY_TOO_LARGE.phrase); "
                    "print(httpstatus.__version__)",
                ],
                elsewhere,
                env,
            )
            location, typed, member, installed_version = out.splitlines()
            self.assertTrue(Path(location).resolve().is_relative_to(venv.resolve()), location)
            self.assertEqual(typed, "True")
            self.assertEqual(member, "CONTENT_TOO_LARGE Content Too Large")
            self.assertEqual(installed_version, version)

            shown = run([python, "-m", "pip", "show", "statusgen-httpstatus"], elsewhere, env)
            self.assertIn(f"Version: {version}", shown)


if __name__ == "__main__":
    unittest.main()
