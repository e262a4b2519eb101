"""The release's sdist and wheel (dist/release, which `make package-python`
builds offline: the wheel made from the sdist, as `python -m build` does for a
release) both carry the license, the project URLs and the README as the long
description, and the module as generated; the wheel installs into a fresh
venv."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile
from email.message import Message
from email.parser import Parser
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


def parse_metadata(text: str) -> Message:
    """A METADATA or PKG-INFO file: headers, then the long description."""
    return Parser().parsestr(text)


def assert_metadata(test: unittest.TestCase, text: str, version: str) -> None:
    """What PyPI's page shows: name, version, license, URLs, the README."""
    meta = parse_metadata(text)
    test.assertEqual(meta["Name"], "statusgen-httpstatus")
    test.assertEqual(meta["Version"], version)
    test.assertEqual(meta["Requires-Python"], ">=3.9")
    test.assertIsNone(meta["Requires-Dist"])
    test.assertEqual(meta["License"], "MIT")
    test.assertIn("License :: OSI Approved :: MIT License", meta.get_all("Classifier") or [])
    test.assertEqual(meta.get_all("License-File"), ["LICENSE"])
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    test.assertEqual(urls.get("Homepage"), "https://github.com/statusgen/statusgen")
    test.assertEqual(urls.get("Source"), "https://github.com/statusgen/statusgen/tree/main/output/python")
    test.assertEqual(urls.get("Issues"), "https://github.com/statusgen/statusgen/issues")
    test.assertEqual(meta["Description-Content-Type"], "text/markdown")
    readme = (support.PACKAGE / "README.md").read_text(encoding="utf-8")
    test.assertEqual(str(meta.get_payload()).strip(), readme.strip(), "the long description is not the README")


class WheelTest(unittest.TestCase):
    def test_release_sdist_and_wheel(self) -> None:
        version = support.spec_version()
        dist = support.DIST
        wheels = sorted(dist.glob("*.whl"))
        if not wheels:
            raise AssertionError(f"no wheel in {dist}: run 'make package-python' or set HTTPSTATUS_DIST")
        self.assertEqual([w.name for w in wheels], [f"statusgen_httpstatus-{version}-py3-none-any.whl"])
        wheel = wheels[0]
        env = clean_env()
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            # setuptools before 69.3 names the sdist after the project name,
            # later ones after the normalized name (PEP 625).
            sdists = sorted(dist.glob("*.tar.gz"))
            self.assertEqual(len(sdists), 1, sdists)
            self.assertIn(sdists[0].name, {f"statusgen-httpstatus-{version}.tar.gz", f"statusgen_httpstatus-{version}.tar.gz"})
            with tarfile.open(sdists[0]) as tf:
                top = sdists[0].name[: -len(".tar.gz")]
                names = set(tf.getnames())
                for name in ["LICENSE", "README.md", "pyproject.toml", "PKG-INFO", "src/httpstatus/__init__.py", "src/httpstatus/py.typed"]:
                    self.assertIn(f"{top}/{name}", names)
                member = tf.extractfile(f"{top}/src/httpstatus/__init__.py")
                pkg_info = tf.extractfile(f"{top}/PKG-INFO")
                assert member is not None and pkg_info is not None
                self.assertEqual(member.read(), support.MODULE.read_bytes())
                assert_metadata(self, pkg_info.read().decode("utf-8"), version)

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
                self.assertEqual(zf.read(f"{dist_info}/LICENSE"), (support.PACKAGE / "LICENSE").read_bytes())
                assert_metadata(self, zf.read(f"{dist_info}/METADATA").decode("utf-8"), version)

            # A fresh venv without a pip of its own (ensurepip costs seconds):
            # this interpreter's pip installs into it (pip --python, 22.3+).
            venv = tmp / "venv"
            run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp, env)
            bindir = venv / ("Scripts" if os.name == "nt" else "bin")
            python = str(bindir / "python")
            pip = [sys.executable, "-m", "pip", "--python", python]
            run([*pip, "install", "--no-index", "--no-deps", str(wheel)], tmp, env)

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

            shown = run([*pip, "show", "statusgen-httpstatus"], elsewhere, env)
            self.assertIn(f"Version: {version}", shown)


if __name__ == "__main__":
    unittest.main()
