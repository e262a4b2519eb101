"""A small program that uses httpstatus the way an application would.

pyright checks it in strict mode; test_typing.py runs it and checks what it
prints.
"""

from __future__ import annotations

import http
from typing import Optional

from httpstatus import DEPRECATED_ALIASES, HTTPStatus, Reference, StatusClass


def status_line(status: HTTPStatus) -> str:
    return f"HTTP/1.1 {status.value} {status.phrase}"


def is_not_found(status: HTTPStatus) -> bool:
    return status == 404


def is_server_side(status: HTTPStatus) -> bool:
    return status.status_class == 5


def should_retry(status: int, attempt: int) -> bool:
    """Retry a retryable status at most three times."""
    try:
        known = HTTPStatus(status)
    except ValueError:
        return False
    return known.retryable and attempt < 3


def parse_status(phrase: str) -> Optional[int]:
    found: Optional[HTTPStatus] = HTTPStatus.from_phrase(phrase)
    return None if found is None else int(found)


def describe(status: HTTPStatus) -> str:
    cls: StatusClass = status.status_class
    refs: tuple[Reference, ...] = status.references
    headers: tuple[str, ...] = status.headers
    titles = ", ".join(ref.title for ref in refs)
    return f"{status.name}: {cls.label}; {titles}; headers {list(headers)}; {status.lifecycle}"


def main() -> None:
    print(status_line(HTTPStatus.NOT_FOUND))
    print(status_line(HTTPStatus(413)))
    # Where http.HTTPStatus was used, HTTPStatus goes too: both are ints.
    stdlib: int = http.HTTPStatus.NOT_FOUND
    print(HTTPStatus(stdlib) == http.HTTPStatus.NOT_FOUND, is_not_found(HTTPStatus(stdlib)))
    print(should_retry(503, 1), should_retry(404, 1), should_retry(299, 1))
    print(parse_status("Request Entity Too Large"), parse_status("Nope"))
    print(describe(HTTPStatus.SERVICE_UNAVAILABLE), is_server_side(HTTPStatus.BAD_GATEWAY))
    print(HTTPStatus.TEMPORARY_REDIRECT.redirect_keeps_method, HTTPStatus.FOUND.redirect)
    print(HTTPStatus.NOT_MODIFIED.content_allowed, HTTPStatus.NOT_FOUND.cacheable)
    expires: Optional[str] = HTTPStatus(104).expires
    print(expires is not None)
    for alias, member in sorted(DEPRECATED_ALIASES.items()):
        if member is HTTPStatus.CONTENT_TOO_LARGE:
            print(f"{alias} -> {member.name}")


if __name__ == "__main__":
    main()
