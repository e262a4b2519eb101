// The compiled package's behaviour, from ESM and from CommonJS, against the
// spec and against http-status-codes 2.x's names and error messages.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { loadSpec, pkgDir } from "./helpers.mjs";

const esm = await import(pathToFileURL(join(pkgDir, "dist/esm/index.js")).href);
const cjs = createRequire(import.meta.url)(join(pkgDir, "dist/cjs/index.js"));
const spec = loadSpec();

// Every StatusCodes member of http-status-codes 2.x for a code IANA
// registers, with its value. 419 and 420 are not registered and left out.
const incumbent = {
  CONTINUE: 100, SWITCHING_PROTOCOLS: 101, PROCESSING: 102, EARLY_HINTS: 103,
  OK: 200, CREATED: 201, ACCEPTED: 202, NON_AUTHORITATIVE_INFORMATION: 203, NO_CONTENT: 204,
  RESET_CONTENT: 205, PARTIAL_CONTENT: 206, MULTI_STATUS: 207,
  MULTIPLE_CHOICES: 300, MOVED_PERMANENTLY: 301, MOVED_TEMPORARILY: 302, SEE_OTHER: 303,
  NOT_MODIFIED: 304, USE_PROXY: 305, TEMPORARY_REDIRECT: 307, PERMANENT_REDIRECT: 308,
  BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYMENT_REQUIRED: 402, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, NOT_ACCEPTABLE: 406, PROXY_AUTHENTICATION_REQUIRED: 407,
  REQUEST_TIMEOUT: 408, CONFLICT: 409, GONE: 410, LENGTH_REQUIRED: 411, PRECONDITION_FAILED: 412,
  REQUEST_TOO_LONG: 413, REQUEST_URI_TOO_LONG: 414, UNSUPPORTED_MEDIA_TYPE: 415,
  REQUESTED_RANGE_NOT_SATISFIABLE: 416, EXPECTATION_FAILED: 417, IM_A_TEAPOT: 418,
  MISDIRECTED_REQUEST: 421, UNPROCESSABLE_ENTITY: 422, LOCKED: 423, FAILED_DEPENDENCY: 424,
  UPGRADE_REQUIRED: 426, PRECONDITION_REQUIRED: 428, TOO_MANY_REQUESTS: 429,
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431, UNAVAILABLE_FOR_LEGAL_REASONS: 451,
  INTERNAL_SERVER_ERROR: 500, NOT_IMPLEMENTED: 501, BAD_GATEWAY: 502, SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504, HTTP_VERSION_NOT_SUPPORTED: 505, INSUFFICIENT_STORAGE: 507,
  NETWORK_AUTHENTICATION_REQUIRED: 511,
};

// Older phrases that getStatusCode still maps to their code.
const olderPhrases = {
  "Moved Temporarily": 302, "Request Entity Too Large": 413, "Payload Too Large": 413,
  "Request-URI Too Long": 414, "Requested Range Not Satisfiable": 416, "Unprocessable Entity": 422,
  "I'm a teapot": 418,
};

const notCodes = [0, 99, 419, 420, 499, 600, 999, -404, 404.5, NaN, Infinity, "0404", " 404", "404 ", "4.04e2", "", "abc", "__proto__", "constructor", "toString"];
const notPhrases = ["", "not found", "Not Found ", "NOT FOUND", "__proto__", "constructor", "toString", "hasOwnProperty", "Insufficient Space on Resource", "Method Failure"];

test("ESM and CommonJS export the same names", () => {
  const names = Object.keys(esm).sort();
  assert.deepEqual(Object.keys(cjs).filter((k) => k !== "__esModule").sort(), names);
  for (const name of ["StatusCodes", "ReasonPhrases", "getReasonPhrase", "getStatusCode", "getStatusText",
    "lookupReasonPhrase", "lookupStatusCode", "lookupStatusInfo", "isStatusCode", "allStatusCodes",
    "isInformational", "isSuccess", "isRedirection", "isClientError", "isServerError", "isError",
    "isCacheable", "isContentAllowed", "isRetryable", "redirectKind", "redirectKeepsMethod", "headerFields"]) {
    assert.ok(names.includes(name), `${name} is not exported`);
  }
});

for (const [format, m] of [["ESM", esm], ["CommonJS", cjs]]) {
  describe(format, () => {
    test("StatusCodes has every http-status-codes 2.x name for a registered code", () => {
      for (const [name, code] of Object.entries(incumbent)) {
        assert.equal(m.StatusCodes[name], code, `StatusCodes.${name}`);
        assert.equal(typeof m.ReasonPhrases[name], "string", `ReasonPhrases.${name}`);
        assert.equal(m.ReasonPhrases[name], m.getReasonPhrase(code), `ReasonPhrases.${name}`);
      }
    });

    test("419 and 420, which IANA does not register, are absent", () => {
      for (const name of ["INSUFFICIENT_SPACE_ON_RESOURCE", "METHOD_FAILURE"]) {
        assert.ok(!(name in m.StatusCodes), name);
        assert.ok(!(name in m.ReasonPhrases), name);
      }
    });

    test("every spec code has its IANA phrase and its info", () => {
      const codes = spec.codes.map((c) => c.code);
      assert.deepEqual(m.allStatusCodes, [...codes].sort((a, b) => a - b));
      for (const c of spec.codes) {
        const info = m.lookupStatusInfo(c.code);
        assert.ok(info, `no info for ${c.code}`);
        assert.equal(info.code, c.code);
        assert.equal(info.phrase, c.phrase);
        assert.equal(m.StatusCodes[info.name], c.code, `StatusCodes.${info.name}`);
        assert.equal(m.ReasonPhrases[info.name], c.phrase, `ReasonPhrases.${info.name}`);
        assert.equal(m.getReasonPhrase(c.code), c.phrase);
        assert.equal(m.getReasonPhrase(String(c.code)), c.phrase);
        assert.equal(m.lookupReasonPhrase(c.code), c.phrase);
        assert.equal(info.description, c.description.trim());
        assert.equal(info.lifecycle, c.lifecycle ?? "permanent");
        assert.equal(info.deprecated, ["unused", "obsoleted"].includes(info.lifecycle));
        assert.equal(info.registered, c.registered);
        assert.equal(info.expires, c.expires);
        assert.equal(info.statusClass, Math.floor(c.code / 100));
        assert.equal(info.cacheable, c.cacheable ?? false);
        assert.equal(info.contentAllowed, c.content_allowed ?? true);
        assert.equal(info.retryable, c.retryable ?? false);
        assert.equal(info.retryNote, c.retry_note?.trim());
        assert.equal(info.redirect, c.redirect);
        assert.deepEqual(info.headers, c.headers ?? []);
        assert.equal(info.references.length, c.references.length);
        for (const ref of info.references) assert.match(ref.url, /^https:\/\//);
        assert.ok(m.isStatusCode(c.code));
        assert.equal(m.isCacheable(c.code), info.cacheable, `isCacheable(${c.code})`);
        assert.equal(m.isContentAllowed(c.code), info.contentAllowed, `isContentAllowed(${c.code})`);
        assert.equal(m.isRetryable(c.code), info.retryable, `isRetryable(${c.code})`);
        assert.equal(m.redirectKind(c.code), info.redirect, `redirectKind(${c.code})`);
        assert.equal(m.redirectKeepsMethod(c.code), info.redirect === "keeps-method");
        assert.deepEqual(m.headerFields(c.code), info.headers);
        // Aliases meant for TypeScript (targets absent or naming it) only.
        const aliases = (c.aliases ?? []).filter((a) => !a.targets || a.targets.includes("typescript"));
        assert.equal(info.aliases.length, aliases.length, `aliases of ${c.code}`);
        for (const alias of info.aliases) {
          assert.equal(m.StatusCodes[alias], c.code, `StatusCodes.${alias}`);
          assert.equal(m.ReasonPhrases[alias], c.phrase, `ReasonPhrases.${alias}`);
        }
      }
    });

    test("Go-only aliases stay out", () => {
      for (const name of ["NON_AUTHORITATIVE_INFO", "PROXY_AUTH_REQUIRED", "TEAPOT"]) {
        assert.ok(!(name in m.StatusCodes), name);
      }
    });

    test("getStatusCode maps every phrase, and older ones, to its code", () => {
      for (const c of spec.codes) {
        const first = spec.codes.find((d) => d.phrase === c.phrase).code;
        assert.equal(m.getStatusCode(c.phrase), first, c.phrase);
        assert.equal(m.lookupStatusCode(c.phrase), first, c.phrase);
      }
      assert.equal(m.getStatusCode("Unused"), 306, "a shared phrase goes to the lower code");
      for (const [phrase, code] of Object.entries(olderPhrases)) {
        assert.equal(m.getStatusCode(phrase), code, phrase);
      }
      for (const name of Object.keys(m.ReasonPhrases)) {
        const code = m.getStatusCode(m.ReasonPhrases[name]);
        assert.equal(m.getReasonPhrase(code), m.ReasonPhrases[name], name);
      }
    });

    test("the throwing lookups throw as http-status-codes does; the others return undefined", () => {
      for (const v of notCodes) {
        assert.throws(() => m.getReasonPhrase(v), { name: "Error", message: `Status code does not exist: ${v}` });
        assert.equal(m.lookupReasonPhrase(v), undefined, String(v));
        assert.equal(m.lookupStatusInfo(v), undefined, String(v));
        assert.equal(m.isStatusCode(v), false, String(v));
      }
      for (const p of notPhrases) {
        assert.throws(() => m.getStatusCode(p), { name: "Error", message: `Reason phrase does not exist: ${p}` });
        assert.equal(m.lookupStatusCode(p), undefined, JSON.stringify(p));
      }
      assert.equal(m.isStatusCode("404"), false);
      assert.equal(m.getStatusText(404), "Not Found");
      assert.throws(() => m.getStatusText(419), /Status code does not exist: 419/);
    });

    test("class predicates follow the first digit, for any integer code", () => {
      const predicates = [m.isInformational, m.isSuccess, m.isRedirection, m.isClientError, m.isServerError];
      for (let code = 0; code < 700; code++) {
        const digit = Math.floor(code / 100);
        predicates.forEach((is, i) => assert.equal(is(code), digit === i + 1, `${is.name}(${code})`));
        assert.equal(m.isError(code), digit === 4 || digit === 5, `isError(${code})`);
      }
      for (const v of [200.5, NaN, Infinity, -200]) {
        predicates.forEach((is) => assert.equal(is(v), false, `${is.name}(${v})`));
      }
    });

    test("semantics of well-known codes", () => {
      assert.equal(m.isCacheable(200), true);
      assert.equal(m.isCacheable(201), false);
      assert.equal(m.isContentAllowed(204), false);
      assert.equal(m.isContentAllowed(304), false);
      assert.equal(m.isContentAllowed(100), false);
      assert.equal(m.isContentAllowed(199), false, "an unknown 1xx carries no content");
      assert.equal(m.isContentAllowed(299), true, "an unknown 2xx may carry content");
      assert.equal(m.isRetryable(503), true);
      assert.equal(m.isRetryable(500), false);
      assert.equal(m.isRetryable(999), false);
      assert.equal(m.redirectKind(307), "keeps-method");
      assert.equal(m.redirectKind(303), "changes-to-get");
      assert.equal(m.redirectKind(301), "may-change-method");
      assert.equal(m.redirectKind(200), undefined);
      assert.equal(m.redirectKeepsMethod(308), true);
      assert.equal(m.redirectKeepsMethod(302), false);
      assert.ok(m.headerFields(301).includes("Location"));
      assert.deepEqual(m.headerFields(999), []);
      assert.equal(m.lookupStatusInfo(418).deprecated, true);
      assert.equal(m.lookupStatusInfo(104).lifecycle, "temporary");
    });
  });
}
