"""HTTPStatus as a drop-in for the standard library's http.HTTPStatus."""

from __future__ import annotations

import copy
import http
import http.client
import http.server
import json
import pickle
import re
import sys
import threading
import unittest
from enum import IntEnum
from typing import Any

import support
from httpstatus import DEPRECATED_ALIASES, HTTPStatus, StatusClass

# Every member name of http.HTTPStatus in CPython 3.13, aliases included,
# with its value: the names a drop-in must have on any Python.
PY313_NAMES = {
    "CONTINUE": 100,
    "SWITCHING_PROTOCOLS": 101,
    "PROCESSING": 102,
    "EARLY_HINTS": 103,
    "OK": 200,
    "CREATED": 201,
    "ACCEPTED": 202,
    "NON_AUTHORITATIVE_INFORMATION": 203,
    "NO_CONTENT": 204,
    "RESET_CONTENT": 205,
    "PARTIAL_CONTENT": 206,
    "MULTI_STATUS": 207,
    "ALREADY_REPORTED": 208,
    "IM_USED": 226,
    "MULTIPLE_CHOICES": 300,
    "MOVED_PERMANENTLY": 301,
    "FOUND": 302,
    "SEE_OTHER": 303,
    "NOT_MODIFIED": 304,
    "USE_PROXY": 305,
    "TEMPORARY_REDIRECT": 307,
    "PERMANENT_REDIRECT": 308,
    "BAD_REQUEST": 400,
    "UNAUTHORIZED": 401,
    "PAYMENT_REQUIRED": 402,
    "FORBIDDEN": 403,
    "NOT_FOUND": 404,
    "METHOD_NOT_ALLOWED": 405,
    "NOT_ACCEPTABLE": 406,
    "PROXY_AUTHENTICATION_REQUIRED": 407,
    "REQUEST_TIMEOUT": 408,
    "CONFLICT": 409,
    "GONE": 410,
    "LENGTH_REQUIRED": 411,
    "PRECONDITION_FAILED": 412,
    "CONTENT_TOO_LARGE": 413,
    "REQUEST_ENTITY_TOO_LARGE": 413,
    "URI_TOO_LONG": 414,
    "REQUEST_URI_TOO_LONG": 414,
    "UNSUPPORTED_MEDIA_TYPE": 415,
    "RANGE_NOT_SATISFIABLE": 416,
    "REQUESTED_RANGE_NOT_SATISFIABLE": 416,
    "EXPECTATION_FAILED": 417,
    "IM_A_TEAPOT": 418,
    "MISDIRECTED_REQUEST": 421,
    "UNPROCESSABLE_CONTENT": 422,
    "UNPROCESSABLE_ENTITY": 422,
    "LOCKED": 423,
    "FAILED_DEPENDENCY": 424,
    "TOO_EARLY": 425,
    "UPGRADE_REQUIRED": 426,
    "PRECONDITION_REQUIRED": 428,
    "TOO_MANY_REQUESTS": 429,
    "REQUEST_HEADER_FIELDS_TOO_LARGE": 431,
    "UNAVAILABLE_FOR_LEGAL_REASONS": 451,
    "INTERNAL_SERVER_ERROR": 500,
    "NOT_IMPLEMENTED": 501,
    "BAD_GATEWAY": 502,
    "SERVICE_UNAVAILABLE": 503,
    "GATEWAY_TIMEOUT": 504,
    "HTTP_VERSION_NOT_SUPPORTED": 505,
    "VARIANT_ALSO_NEGOTIATES": 506,
    "INSUFFICIENT_STORAGE": 507,
    "LOOP_DETECTED": 508,
    "NOT_EXTENDED": 510,
    "NETWORK_AUTHENTICATION_REQUIRED": 511,
}

# The 3.13 names that are aliases there, with the canonical name.
PY313_ALIASES = {
    "REQUEST_ENTITY_TOO_LARGE": "CONTENT_TOO_LARGE",
    "REQUEST_URI_TOO_LONG": "URI_TOO_LONG",
    "REQUESTED_RANGE_NOT_SATISFIABLE": "RANGE_NOT_SATISFIABLE",
    "UNPROCESSABLE_ENTITY": "UNPROCESSABLE_CONTENT",
}

# Codes HTTPStatus has that the standard library lacks.
EXTRA_CODES = {104, 306}

# What the package README says differs from http.HTTPStatus, read from its
# "Coming from http.HTTPStatus" section: the tests below hold the running
# interpreter's enum to it, so the README's list cannot go stale.
README = (support.PACKAGE / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Coming from http.HTTPStatus") : README.index("## Your own codes")]
NAME_AND_PHRASE = re.compile(r'^`([A-Z_]+)` "(.*)"$')

# (canonical name, phrase)
Entry = tuple[str, str]


def readme_bullet(lead: str) -> str:
    """The bullet of the section that starts with lead in bold."""
    start = SECTION.index("- **" + lead)
    end = SECTION.find("\n- **", start + 1)
    return SECTION[start:] if end < 0 else SECTION[start:end]


def readme_table() -> dict[int, tuple[Entry, Entry, Entry]]:
    """The names-and-phrases table: code -> (the standard library's before
    3.13, its own from 3.13, HTTPStatus's)."""
    rows: dict[int, tuple[Entry, Entry, Entry]] = {}
    for line in readme_bullet("Names and phrases").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].isdigit():
            continue
        entries: list[Entry] = []
        for cell in cells[1:]:
            m = NAME_AND_PHRASE.match(cell)
            if m is None:
                raise AssertionError(f"README table cell {cell!r} is not `NAME` \"Phrase\"")
            entries.append((m.group(1), m.group(2)))
        rows[int(cells[0])] = (entries[0], entries[1], entries[2])
    return rows


def readme_extra_names() -> set[str]:
    """The names the README says HTTPStatus has and this Python's
    http.HTTPStatus lacks."""
    # Names in parentheses say what an alias is of: not extra names.
    text = re.sub(r"\([^)]*\)", "", readme_bullet("Extra names"))
    always, before_313 = text.split("before Python 3.13")
    names = set(re.findall(r"`([A-Z_]+)`", always))
    if sys.version_info < (3, 13):
        names |= set(re.findall(r"`([A-Z_]+)`", before_313))
    return names


def stdlib_differences() -> dict[int, Entry]:
    """For this interpreter, by the README: value -> (stdlib canonical name,
    stdlib phrase) where the standard library differs from HTTPStatus."""
    column = 0 if sys.version_info < (3, 13) else 1
    return {code: row[column] for code, row in readme_table().items() if row[column] != row[2]}


class Python313NamesTest(unittest.TestCase):
    def test_every_313_name_with_its_value(self) -> None:
        for name, value in PY313_NAMES.items():
            with self.subTest(name=name):
                self.assertIn(name, HTTPStatus.__members__)
                self.assertEqual(HTTPStatus[name].value, value)
                self.assertEqual(getattr(HTTPStatus, name), value)

    def test_313_aliases_are_aliases(self) -> None:
        for alias, canonical in PY313_ALIASES.items():
            with self.subTest(alias=alias):
                self.assertIs(HTTPStatus[alias], HTTPStatus[canonical])
                self.assertEqual(HTTPStatus[alias].name, canonical)
                self.assertIs(DEPRECATED_ALIASES[alias], HTTPStatus[canonical])

    def test_313_canonical_names(self) -> None:
        for name, value in PY313_NAMES.items():
            if name in PY313_ALIASES:
                continue
            with self.subTest(name=name):
                self.assertEqual(HTTPStatus(value).name, name)
        self.assertEqual(HTTPStatus(413).name, "CONTENT_TOO_LARGE")


class StdlibCrossCheckTest(unittest.TestCase):
    """Compares with the running interpreter's http.HTTPStatus."""

    def test_every_stdlib_name_has_the_same_value(self) -> None:
        for name, member in http.HTTPStatus.__members__.items():
            with self.subTest(name=name):
                self.assertIn(name, HTTPStatus.__members__)
                self.assertEqual(HTTPStatus[name].value, member.value)

    def test_same_codes_plus_the_extras(self) -> None:
        ours = {m.value for m in HTTPStatus}
        theirs = {m.value for m in http.HTTPStatus}
        self.assertEqual(ours - theirs, EXTRA_CODES)
        self.assertEqual(theirs - ours, set())

    def test_canonical_names_and_phrases(self) -> None:
        diffs = stdlib_differences()
        for member in http.HTTPStatus:
            ours = HTTPStatus(member.value)
            with self.subTest(code=member.value):
                if member.value in diffs:
                    name, phrase = diffs[member.value]
                    self.assertEqual(member.name, name, "the expected difference is stale")
                    self.assertEqual(member.phrase, phrase, "the expected difference is stale")
                    self.assertNotEqual(ours.phrase, member.phrase)
                    self.assertIs(HTTPStatus[member.name], ours)
                else:
                    self.assertEqual(ours.name, member.name)
                    self.assertEqual(ours.phrase, member.phrase)

    def test_older_stdlib_names_are_deprecated_aliases(self) -> None:
        renamed = 0
        for value, (before, _, here) in readme_table().items():
            if before[0] == here[0]:
                continue
            renamed += 1
            with self.subTest(name=before[0]):
                self.assertIn(before[0], DEPRECATED_ALIASES)
                self.assertEqual(DEPRECATED_ALIASES[before[0]], value)
                self.assertIs(HTTPStatus[before[0]], HTTPStatus[here[0]])
        self.assertEqual(renamed, 4)

    def test_class_properties(self) -> None:
        for value in range(100, 600):
            try:
                ours = HTTPStatus(value)
            except ValueError:
                continue
            with self.subTest(code=value):
                self.assertEqual(ours.is_informational, 100 <= value < 200)
                self.assertEqual(ours.is_success, 200 <= value < 300)
                self.assertEqual(ours.is_redirection, 300 <= value < 400)
                self.assertEqual(ours.is_client_error, 400 <= value < 500)
                self.assertEqual(ours.is_server_error, 500 <= value < 600)
        if sys.version_info >= (3, 12):  # the properties' first release
            for member in http.HTTPStatus:
                ours = HTTPStatus(member.value)
                for prop in ("is_informational", "is_success", "is_redirection", "is_client_error", "is_server_error"):
                    self.assertEqual(getattr(ours, prop), getattr(member, prop), f"{member.value}.{prop}")

    def test_behaves_like_the_stdlib_enum(self) -> None:
        self.assertIn(IntEnum, HTTPStatus.__mro__)
        for member in http.HTTPStatus:
            ours = HTTPStatus(member.value)
            with self.subTest(code=member.value):
                self.assertIsInstance(ours, int)
                self.assertEqual(ours, member)
                self.assertEqual(hash(ours), hash(member))
                self.assertEqual(str(ours), str(member.value))
                if sys.version_info >= (3, 11):
                    self.assertEqual(str(ours), str(member))
                self.assertEqual(repr(ours), repr(member).replace(member.name, ours.name))
                self.assertEqual(f"{ours}", f"{member}")
                self.assertEqual(f"{ours:d}", str(member.value))
                self.assertEqual(json.dumps(ours), str(member.value))
                self.assertIsInstance(ours.description, str)
                self.assertTrue(ours.description)
        by_code: dict[int, str] = {http.HTTPStatus.NOT_FOUND: "x"}
        self.assertEqual(by_code[HTTPStatus.NOT_FOUND], "x")
        self.assertTrue(HTTPStatus.NOT_FOUND == 404 and 404 == HTTPStatus.NOT_FOUND)
        with self.assertRaises(ValueError):
            HTTPStatus(299)
        with self.assertRaises(KeyError):
            HTTPStatus["NO_SUCH_STATUS"]

    def test_iteration_skips_aliases_and_is_sorted(self) -> None:
        values = [m.value for m in HTTPStatus]
        self.assertEqual(values, sorted(values))
        self.assertEqual(len(values), len(set(values)))
        self.assertGreater(len(HTTPStatus.__members__), len(values))

    def test_pickle_and_copy(self) -> None:
        for member in HTTPStatus:
            with self.subTest(code=member.value):
                self.assertIs(pickle.loads(pickle.dumps(member)), member)
                self.assertIs(copy.copy(member), member)
                self.assertIs(copy.deepcopy(member), member)

    def test_support_path(self) -> None:
        import httpstatus

        self.assertEqual(httpstatus.__file__, str(support.MODULE))


class ReadmeDifferencesTest(unittest.TestCase):
    """The README's list of differences is this interpreter's, exactly."""

    def test_names_and_phrases_table(self) -> None:
        table = readme_table()
        self.assertGreaterEqual(len(table), 5)
        for code, (_, _, here) in table.items():
            with self.subTest(code=code):
                self.assertEqual((HTTPStatus(code).name, HTTPStatus(code).phrase), here)
        differ = {
            m.value: (m.name, m.phrase)
            for m in http.HTTPStatus
            if (HTTPStatus(m.value).name, HTTPStatus(m.value).phrase) != (m.name, m.phrase)
        }
        self.assertEqual(differ, stdlib_differences())

    def test_extra_names(self) -> None:
        ours = set(HTTPStatus.__members__)
        theirs = set(http.HTTPStatus.__members__)
        self.assertEqual(theirs - ours, set(), "a standard library name is missing")
        self.assertEqual(ours - theirs, readme_extra_names())
        for name in ("MOVED_TEMPORARILY", "PAYLOAD_TOO_LARGE"):
            self.assertIn(name, DEPRECATED_ALIASES)

    def test_str_before_311(self) -> None:
        text = readme_bullet("`str()` and `format()`")
        self.assertIn('`str(http.HTTPStatus.OK)`\n  is `"HTTPStatus.OK"`', text)
        if sys.version_info < (3, 11):
            self.assertEqual(str(http.HTTPStatus.OK), "HTTPStatus.OK")
        else:
            self.assertEqual(str(http.HTTPStatus.OK), "200")

    def test_class_properties_before_312(self) -> None:
        self.assertIn("from 3.12 on", readme_bullet("The `is_informational`"))
        self.assertEqual(hasattr(http.HTTPStatus.OK, "is_success"), sys.version_info >= (3, 12))

    def test_not_an_instance_of_the_stdlib_enum(self) -> None:
        self.assertIn("is false", readme_bullet("`isinstance(x, http.HTTPStatus)`"))
        self.assertNotIsInstance(HTTPStatus.OK, http.HTTPStatus)
        self.assertEqual(HTTPStatus.OK, http.HTTPStatus.OK)


class NumberAsTextTest(unittest.TestCase):
    """str() and format() give the number on every Python, as IntEnum's do
    from 3.11 on; repr() stays the enum's."""

    def test_every_member(self) -> None:
        members: list[Any] = [*HTTPStatus, *StatusClass]
        for member in members:
            value = int(member)
            with self.subTest(member=repr(member)):
                self.assertEqual(str(member), str(value))
                self.assertEqual(format(member), str(value))
                self.assertEqual(f"{member}", str(value))
                self.assertEqual(f"{member!s}", str(value))
                self.assertEqual(f"{member:>6}|{member:<6}|{member:06d}|{member:x}|{member:,}", f"{value:>6}|{value:<6}|{value:06d}|{value:x}|{value:,}")
                self.assertEqual("{} {:d} {!s}".format(member, member, member), f"{value} {value} {value}")
                self.assertEqual("%s %d %i %5d %x" % (member, member, member, member, member), "%s %d %i %5d %x" % (value, value, value, value, value))
                self.assertEqual(repr(member), f"<{type(member).__name__}.{member.name}: {value}>")
        self.assertEqual(str(HTTPStatus.REQUEST_ENTITY_TOO_LARGE), "413")

    def test_control_plain_int_enum(self) -> None:
        # What the two methods fix: a plain IntEnum before 3.11.
        class Plain(IntEnum):
            NOT_FOUND = 404

        self.assertEqual(str(Plain.NOT_FOUND), "Plain.NOT_FOUND" if sys.version_info < (3, 11) else "404")


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers every GET with the status the server is given, and keeps
    the lines http.server would log instead of printing them."""

    def do_GET(self) -> None:
        assert isinstance(self.server, _Server)
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        assert isinstance(self.server, _Server)
        self.server.logged.append(format % args)


class _Server(http.server.HTTPServer):
    status: int
    logged: list[str]


class HTTPServerLogTest(unittest.TestCase):
    """http.server logs a status as str() gives it: the number, for our
    members, on every Python."""

    def serve(self, status: int) -> tuple[int, str, list[str]]:
        """Serve one GET with status on 127.0.0.1; return the status and
        reason the client got and what the server logged."""
        server = _Server(("127.0.0.1", 0), _Handler)
        server.status, server.logged = status, []
        thread = threading.Thread(target=server.handle_request)
        thread.start()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
            conn.request("GET", "/missing")
            response = conn.getresponse()
            response.read()
            conn.close()
        finally:
            thread.join(10)
            server.server_close()
        return response.status, response.reason, server.logged

    def test_logs_the_number(self) -> None:
        for member in (HTTPStatus.NOT_FOUND, HTTPStatus.CONTENT_TOO_LARGE, HTTPStatus.OK):
            with self.subTest(member=repr(member)):
                status, reason, logged = self.serve(member)
                self.assertEqual(status, member.value)
                self.assertTrue(reason)
                self.assertEqual(len(logged), 1, logged)
                self.assertRegex(logged[0], rf'^"GET /missing HTTP/1\.1" {member.value} -$')
                self.assertNotIn("HTTPStatus", logged[0])

    def test_control_plain_int_enum(self) -> None:
        # Before 3.11, a plain IntEnum that is not http.HTTPStatus is logged
        # by name: the log check above can fail.
        class Plain(IntEnum):
            NOT_FOUND = 404

        _, _, logged = self.serve(Plain.NOT_FOUND)
        want = "Plain.NOT_FOUND" if sys.version_info < (3, 11) else "404"
        self.assertEqual(logged, [f'"GET /missing HTTP/1.1" {want} -'])


if __name__ == "__main__":
    unittest.main()
