// `make test-python` runs on the Pythons present; CI=true (as CI and
// `make test` set it) requires every one of PYTHON_VERSIONS.
import assert from "node:assert/strict";
import { test } from "node:test";
import { attempt, cleanEnv, root } from "./helpers.mjs";

const pythonVersions = (ci) =>
  attempt("make", ["--no-print-directory", "python-versions", "PYTHON_VERSIONS=0.1"], { cwd: root, env: cleanEnv({ CI: ci }) });

test("a Python that is not installed is skipped, with a message naming it", () => {
  const r = pythonVersions("");
  assert.equal(r.status, 0, r.output);
  assert.match(r.stdout, /Python 0\.1 not found: skipped/);
});

test("with CI=true, a Python that is not installed fails the target", () => {
  const r = pythonVersions("true");
  assert.notEqual(r.status, 0, r.output);
  assert.match(r.stderr, /Python 0\.1 not found, and CI=true requires every one of 0\.1/);
});
