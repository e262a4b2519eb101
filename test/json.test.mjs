// The JSON target is a public format (docs/json.md) with its own schema,
// output/json/http-status.schema.json. Every document statusgen writes
// validates against it with ajv: the committed output, and renders of the
// registry with every extras set, of the hostile spec and of the golden
// minimal spec. Every object's keys come in the order the schema lists
// them, all of them, so that a consumer or a diff sees a stable shape. The
// Makefile sets STATUSGEN.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");
const schema = JSON.parse(readFileSync(join(root, "output/json/http-status.schema.json"), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const extras = readdirSync(join(root, "spec/extras")).map((f) => f.replace(/\.yaml$/, "")).sort();
const render = (args) => execFileSync(statusgen, ["-lang", "json", ...args, "-o", "-"], { encoding: "utf8" });

const documents = [
  { name: "output/json/http-status.json", text: () => readFileSync(join(root, "output/json/http-status.json"), "utf8") },
  { name: "the registry with every extras set", text: () => render(["-extras", extras.join(",")]) },
  { name: "the hostile spec", text: () => render(["-spec", join(root, "test/testdata/hostile.json")]) },
  { name: "the golden minimal spec", text: () => render(["-no-registry", "-spec", join(root, "gen/testdata/golden/minimal.yaml")]) },
];

/** The schema of a property, following a local $ref and taking the object branch of a oneOf. */
function objectSchema(s) {
  if (s.$ref) return objectSchema(schema.$defs[s.$ref.replace("#/$defs/", "")]);
  if (s.oneOf) return s.oneOf.map(objectSchema).find((x) => x.properties || x.items) ?? s;
  return s;
}

/** Checks that every object of value has its schema's keys, in order, and recurses. */
function checkOrder(value, s, path) {
  s = objectSchema(s);
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkOrder(v, s.items ?? {}, `${path}[${i}]`));
    return;
  }
  if (value === null || typeof value !== "object") return;
  assert.deepEqual(Object.keys(value), Object.keys(s.properties), `${path}: keys out of the schema's order`);
  for (const [k, v] of Object.entries(value)) checkOrder(v, s.properties[k], `${path}.${k}`);
}

for (const doc of documents) {
  test(`${doc.name} is format ${schema.properties.format.const}, valid, keys in the schema's order`, () => {
    const text = doc.text();
    assert.deepEqual(text.split("\n").slice(0, 2), ["{", `  "$comment": "${schema.properties.$comment.const}",`]);
    const data = JSON.parse(text);
    assert.equal(validate(data), true, JSON.stringify(validate.errors, null, 2));
    checkOrder(data, schema, "document");
    assert.deepEqual(data.codes.map((c) => c.code), [...new Set(data.codes.map((c) => c.code))].sort((a, b) => a - b));
  });
}

test("the schema requires every key it lists, and no other", () => {
  const objects = [schema, ...Object.values(schema.$defs)].filter((s) => s.properties);
  for (const s of objects) {
    assert.deepEqual(s.required, Object.keys(s.properties), s.description);
    assert.equal(s.additionalProperties, false, s.description);
  }
});

test("the schema refuses a document that lacks a key or adds one", () => {
  const data = JSON.parse(readFileSync(join(root, "output/json/http-status.json"), "utf8"));
  const lacking = structuredClone(data);
  delete lacking.codes[0].semantics.retryNote;
  assert.equal(validate(lacking), false);
  const adding = structuredClone(data);
  adding.codes[0].ident = { go: "StatusContinue" };
  assert.equal(validate(adding), false);
  const otherFormat = structuredClone(data);
  otherFormat.format = 2;
  assert.equal(validate(otherFormat), false);
});
