// Validates the spec against its JSON Schema, and checks that the schema
// rejects what the Go loader rejects, so editors and the generator agree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = fileURLToPath(new URL("..", import.meta.url));
const schema = JSON.parse(readFileSync(root + "spec/http-status.schema.json", "utf8"));
const specText = readFileSync(root + "spec/http-status.yaml", "utf8");
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

test("the registry spec validates against the schema", () => {
  const ok = validate(parse(specText));
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test("line 1 points editors at the schema", () => {
  assert.equal(specText.split("\n")[0], "# yaml-language-server: $schema=http-status.schema.json");
});

test("a minimal user entry validates", () => {
  const ok = validate({ codes: [{ code: 499, phrase: "Client Closed Request", description: "The client went away." }] });
  assert.equal(ok, true, JSON.stringify(validate.errors));
});

for (const [name, doc] of [
  ["an unknown field", { codes: [{ code: 499, phrse: "x" }] }],
  ["a code outside 100-599", { codes: [{ code: 600, phrase: "x" }] }],
  ["a phrase with a line break", { codes: [{ code: 499, phrase: "a\nb" }] }],
  ["a bad lifecycle", { codes: [{ code: 499, phrase: "x", lifecycle: "gone" }] }],
  ["a bad redirect kind", { codes: [{ code: 399, phrase: "x", redirect: "sometimes" }] }],
  ["a reference with rfc and draft", { codes: [{ code: 499, phrase: "x", references: [{ rfc: 1, draft: "draft-x-00" }] }] }],
  ["a lower-case name", { codes: [{ code: 499, phrase: "x", name: "lower" }] }],
  ["an unknown top-level key", { version: "1.0.0", extra: true }],
]) {
  test(`the schema rejects ${name}`, () => {
    assert.equal(validate(doc), false);
  });
}
