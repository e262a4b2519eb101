"""The generated module: semantics, lookups, packaging metadata, the file."""

from __future__ import annotations

import re
import sys
import unittest
from typing import get_args

import support
from httpstatus import (
    DEPRECATED_ALIASES,
    RETRY_POLICY,
    HTTPStatus,
    Lifecycle,
    RedirectKind,
    Reference,
    StatusClass,
)
import httpstatus


def codes(pred: str) -> set[int]:
    """The values of the members whose property pred is true."""
    return {m.value for m in HTTPStatus if getattr(m, pred)}


class SemanticsTest(unittest.TestCase):
    def test_cacheable_by_default(self) -> None:
        # RFC 9110, section 15.1: heuristically cacheable status codes; 451
        # by RFC 7725, section 3.
        self.assertEqual(codes("cacheable"), {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501})

    def test_content_allowed(self) -> None:
        no_content = {m.value for m in HTTPStatus if not m.content_allowed}
        self.assertEqual(no_content, {m.value for m in HTTPStatus if m.is_informational} | {204, 205, 304})

    def test_redirects(self) -> None:
        self.assertEqual(codes("is_redirect"), {301, 302, 303, 307, 308})
        self.assertEqual(codes("redirect_keeps_method"), {307, 308})
        self.assertEqual(HTTPStatus.MOVED_PERMANENTLY.redirect, "may-change-method")
        self.assertEqual(HTTPStatus.FOUND.redirect, "may-change-method")
        self.assertEqual(HTTPStatus.SEE_OTHER.redirect, "changes-to-get")
        self.assertEqual(HTTPStatus.PERMANENT_REDIRECT.redirect, "keeps-method")
        self.assertIsNone(HTTPStatus.NOT_MODIFIED.redirect)
        self.assertFalse(HTTPStatus.NOT_MODIFIED.is_redirect)
        for member in HTTPStatus:
            if member.redirect is not None:
                self.assertIn(member.redirect, get_args(RedirectKind))

    def test_retryable(self) -> None:
        retryable = codes("retryable")
        self.assertTrue({429, 503} <= retryable, retryable)
        self.assertTrue(retryable.isdisjoint({400, 404, 500, 501}), retryable)
        self.assertTrue(RETRY_POLICY.startswith("A code is retryable"))
        for member in HTTPStatus:
            with self.subTest(code=member.value):
                if member.retry_note is not None:
                    self.assertTrue(member.retryable)
                    self.assertTrue(member.retry_note)

    def test_headers(self) -> None:
        self.assertEqual(HTTPStatus.SERVICE_UNAVAILABLE.headers, ("Retry-After",))
        self.assertEqual(HTTPStatus.METHOD_NOT_ALLOWED.headers, ("Allow",))
        self.assertIn("Location", HTTPStatus.CREATED.headers)
        self.assertIn("WWW-Authenticate", HTTPStatus.UNAUTHORIZED.headers)
        self.assertEqual(HTTPStatus.OK.headers, ())
        for member in HTTPStatus:
            self.assertIsInstance(member.headers, tuple)

    def test_references(self) -> None:
        self.assertEqual(HTTPStatus.NOT_FOUND.reference_url, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
        self.assertEqual(HTTPStatus.NOT_FOUND.references[0].title, "RFC 9110, Section 15.5.5")
        for member in HTTPStatus:
            with self.subTest(code=member.value):
                self.assertTrue(member.references)
                for ref in member.references:
                    self.assertIsInstance(ref, Reference)
                    self.assertTrue(ref.title)
                    self.assertTrue(ref.url.startswith("https://"), ref.url)
                self.assertEqual(member.reference_url, member.references[0].url)

    def test_lifecycle(self) -> None:
        for member in HTTPStatus:
            with self.subTest(code=member.value):
                self.assertIn(member.lifecycle, get_args(Lifecycle))
                self.assertEqual(member.is_deprecated, member.lifecycle in ("unused", "obsoleted"))
                if member.lifecycle == "temporary":
                    self.assertRegex(member.registered or "", r"^\d{4}-\d{2}-\d{2}$")
                    self.assertRegex(member.expires or "", r"^\d{4}-\d{2}-\d{2}$")
                else:
                    self.assertIsNone(member.expires)
        self.assertEqual(HTTPStatus.IM_A_TEAPOT.lifecycle, "unused")
        self.assertEqual(HTTPStatus(306).lifecycle, "unused")
        self.assertEqual(HTTPStatus.NOT_EXTENDED.lifecycle, "obsoleted")
        self.assertEqual(HTTPStatus.NOT_FOUND.lifecycle, "permanent")
        self.assertEqual(HTTPStatus(104).lifecycle, "temporary")
        self.assertEqual(codes("is_deprecated"), {306, 418, 510})

    def test_status_class(self) -> None:
        self.assertEqual([c.value for c in StatusClass], [1, 2, 3, 4, 5])
        self.assertEqual(HTTPStatus.NOT_FOUND.status_class, StatusClass.CLIENT_ERROR)
        self.assertEqual(StatusClass.CLIENT_ERROR.label, "Client Error")
        self.assertEqual(StatusClass.SUCCESSFUL.label, "Successful")
        for member in HTTPStatus:
            self.assertEqual(member.status_class, member.value // 100)
            self.assertTrue(member.status_class.description)
        self.assertEqual(codes("is_error"), codes("is_client_error") | codes("is_server_error"))

    def test_phrases_and_descriptions(self) -> None:
        self.assertEqual(HTTPStatus.NOT_FOUND.phrase, "Not Found")
        self.assertEqual(HTTPStatus.CONTENT_TOO_LARGE.phrase, "Content Too Large")
        self.assertEqual(HTTPStatus.IM_A_TEAPOT.phrase, "Unused")
        for member in HTTPStatus:
            self.assertTrue(member.phrase)
            self.assertGreater(len(member.description), len(member.phrase))


class LookupTest(unittest.TestCase):
    def test_from_phrase_current(self) -> None:
        for member in HTTPStatus:
            # A phrase maps to the lowest code that has it: 418 shares
            # "Unused" with 306.
            first = next(m for m in HTTPStatus if m.phrase == member.phrase)
            with self.subTest(code=member.value):
                self.assertIs(HTTPStatus.from_phrase(member.phrase), first)
        self.assertIs(HTTPStatus.from_phrase("Unused"), HTTPStatus(306))

    def test_from_phrase_older_phrases(self) -> None:
        self.assertIs(HTTPStatus.from_phrase("Request Entity Too Large"), HTTPStatus.CONTENT_TOO_LARGE)
        self.assertIs(HTTPStatus.from_phrase("Payload Too Large"), HTTPStatus.CONTENT_TOO_LARGE)
        self.assertIs(HTTPStatus.from_phrase("Request-URI Too Long"), HTTPStatus.URI_TOO_LONG)
        self.assertIs(HTTPStatus.from_phrase("Requested Range Not Satisfiable"), HTTPStatus.RANGE_NOT_SATISFIABLE)
        self.assertIs(HTTPStatus.from_phrase("Unprocessable Entity"), HTTPStatus.UNPROCESSABLE_CONTENT)
        self.assertIs(HTTPStatus.from_phrase("Moved Temporarily"), HTTPStatus.FOUND)

    def test_from_phrase_unknown(self) -> None:
        for phrase in ("", "Not found", "not found", " Not Found", "Not Found ", "NOT_FOUND", "404", "Teapot"):
            with self.subTest(phrase=phrase):
                self.assertIsNone(HTTPStatus.from_phrase(phrase))

    def test_deprecated_aliases(self) -> None:
        self.assertEqual(
            dict(DEPRECATED_ALIASES),
            {
                "MOVED_TEMPORARILY": HTTPStatus.FOUND,
                "REQUEST_ENTITY_TOO_LARGE": HTTPStatus.CONTENT_TOO_LARGE,
                "PAYLOAD_TOO_LARGE": HTTPStatus.CONTENT_TOO_LARGE,
                "REQUEST_URI_TOO_LONG": HTTPStatus.URI_TOO_LONG,
                "REQUESTED_RANGE_NOT_SATISFIABLE": HTTPStatus.RANGE_NOT_SATISFIABLE,
                "UNPROCESSABLE_ENTITY": HTTPStatus.UNPROCESSABLE_CONTENT,
            },
        )
        aliases = {name for name, m in HTTPStatus.__members__.items() if m.name != name}
        self.assertEqual(aliases, set(DEPRECATED_ALIASES))
        with self.assertRaises(TypeError):
            DEPRECATED_ALIASES["X"] = HTTPStatus.OK  # type: ignore[index]

    def test_docstring_documents_deprecated_aliases(self) -> None:
        doc = HTTPStatus.__doc__ or ""
        for alias, member in DEPRECATED_ALIASES.items():
            self.assertIn(f"- {alias}: use {member.name}.", doc)
        source = support.MODULE.read_text(encoding="utf-8")
        self.assertIn("# Deprecated: use CONTENT_TOO_LARGE.", source)

    def test_all(self) -> None:
        for name in httpstatus.__all__:
            self.assertTrue(hasattr(httpstatus, name), name)


class PackageTest(unittest.TestCase):
    def test_version_is_the_spec_version(self) -> None:
        # pyproject.toml's version is make release-check's to compare.
        self.assertEqual(httpstatus.__version__, support.spec_version())

    def test_pyproject(self) -> None:
        text = (support.PACKAGE / "pyproject.toml").read_text(encoding="utf-8")
        for line in (
            'name = "statusgen-httpstatus"',
            'requires-python = ">=3.9"',
            'build-backend = "setuptools.build_meta"',
        ):
            self.assertIn(line + "\n", text)
        self.assertNotRegex(text, r"(?m)^dependencies\s*=")
        if sys.version_info >= (3, 11):  # tomllib: also check it parses as intended
            import tomllib

            data = tomllib.loads(text)
            project = data["project"]
            self.assertEqual(project["name"], "statusgen-httpstatus")
            self.assertEqual(project["version"], support.spec_version())
            self.assertEqual(project["requires-python"], ">=3.9")
            self.assertNotIn("dependencies", project)
            self.assertEqual(data["build-system"]["build-backend"], "setuptools.build_meta")

    def test_package_files(self) -> None:
        self.assertTrue((support.SRC / "httpstatus" / "py.typed").is_file())
        license_text = (support.PACKAGE / "LICENSE").read_text(encoding="utf-8")
        self.assertIn("MIT License", license_text)
        self.assertTrue((support.PACKAGE / "README.md").is_file())


class GeneratedFileTest(unittest.TestCase):
    def test_marker_first_line(self) -> None:
        first = support.MODULE.read_text(encoding="utf-8").splitlines()[0]
        self.assertEqual(first, support.MARKER)

    def test_lf_and_plain_ascii_layout(self) -> None:
        data = support.MODULE.read_bytes()
        self.assertNotIn(b"\r", data)
        self.assertTrue(data.endswith(b"\n") and not data.endswith(b"\n\n"))
        for number, line in enumerate(data.decode("utf-8").split("\n"), 1):
            self.assertEqual(line, line.rstrip(), f"trailing space on line {number}")
            self.assertNotIn("\t", line, f"tab on line {number}")

    def test_members_sorted_by_code(self) -> None:
        source = support.MODULE.read_text(encoding="utf-8")
        runtime = re.findall(r"(?m)^        ([A-Z][A-Z0-9_]*) = (\d{3}), ", source)
        values = [int(v) for _, v in runtime]
        self.assertEqual(values, sorted(values))
        self.assertEqual([(m.name, m.value) for m in HTTPStatus], [(n, int(v)) for n, v in runtime])

    def test_type_checking_view_matches_runtime(self) -> None:
        # The TYPE_CHECKING branch gives type checkers each member's int
        # value; it must list the same members as the runtime branch.
        source = support.MODULE.read_text(encoding="utf-8")
        typing_view = re.findall(r"(?m)^        ([A-Z][A-Z0-9_]*) = (\d{3})$", source)
        self.assertEqual([(m.name, m.value) for m in HTTPStatus], [(n, int(v)) for n, v in typing_view])

if __name__ == "__main__":
    unittest.main()
