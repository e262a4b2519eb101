"""HTTPStatus as a drop-in for the standard library's http.HTTPStatus."""

from __future__ import annotations

import copy
import http
import json
import pickle
import sys
import unittest
from enum import IntEnum

import support
from httpstatus import DEPRECATED_ALIASES, HTTPStatus

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

# Before 3.13 the standard library named and phrased these codes as RFC 7231
# did; IANA's registry (and so HTTPStatus) follows RFC 9110. Each entry is
# (the standard library's canonical name, its phrase).
BEFORE_313 = {
    413: ("REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large"),
    414: ("REQUEST_URI_TOO_LONG", "Request-URI Too Long"),
    416: ("REQUESTED_RANGE_NOT_SATISFIABLE", "Requested Range Not Satisfiable"),
    422: ("UNPROCESSABLE_ENTITY", "Unprocessable Entity"),
}

# Phrases that differ on every Python: the registry reserves 418 as
# "Unused"; the standard library calls it "I'm a Teapot".
ALWAYS_DIFFERENT_PHRASES = {418: "I'm a Teapot"}

# Codes HTTPStatus has that the standard library lacks.
EXTRA_CODES = {104, 306}


def stdlib_differences() -> dict[int, tuple[str, str]]:
    """For this interpreter: value -> (stdlib canonical name, stdlib phrase)
    where the standard library differs from HTTPStatus."""
    diffs: dict[int, tuple[str, str]] = {}
    if sys.version_info < (3, 13):
        diffs.update(BEFORE_313)
    for value, phrase in ALWAYS_DIFFERENT_PHRASES.items():
        diffs[value] = (HTTPStatus(value).name, phrase)
    return diffs


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
        for value, (name, _) in BEFORE_313.items():
            with self.subTest(name=name):
                self.assertIn(name, DEPRECATED_ALIASES)
                self.assertEqual(DEPRECATED_ALIASES[name], value)

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
                self.assertEqual(str(ours), str(member).replace(member.name, ours.name))
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


if __name__ == "__main__":
    unittest.main()
