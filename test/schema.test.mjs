// The two validators of a spec file judge alike. spec/http-status.schema.json
// is what editors use (line 1 of the spec points at it); statusgen's loader
// is what generates. The schema is written from the loader's rules (gen's
// TestSpecSchema), and this test runs one corpus through both: every spec
// file in cmd/statusgen/testdata/bad (statusgen rejects each: TestBadInput)
// and testdata/good (it accepts each: TestGoodInput), the registry, the
// extras sets and the hostile spec. For each file, statusgen runs as a
// process, and the file is read as editors read it (the yaml package, YAML
// 1.2) and checked with ajv. The verdicts must agree, except for the rules
// listed in goOnly, which no JSON Schema of one file can state. The
// Makefile sets STATUSGEN.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");
const schema = JSON.parse(readFileSync(join(root, "spec/http-status.schema.json"), "utf8"));
const specText = readFileSync(join(root, "spec/http-status.yaml"), "utf8");
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

// The cases statusgen rejects for a reason the schema cannot state, each
// with that reason. A case that the schema starts to reject must leave the
// list.
const goOnly = new Map([
  // The YAML spelling of a number: YAML 1.2 reads these as the number the
  // schema then accepts, and statusgen asks for plain decimal digits
  // because yaml.v3 reads some of them as other numbers (0310 is octal).
  ["code-exponent", "a code written 1e2"],
  ["code-float", "a code written 500.0"],
  ["code-hex", "a code written 0x1F4"],
  ["code-octal", "a code written 0310"],
  ["code-plus", "a code written +500"],
  ["rfc-octal", "an RFC number written 09110"],
  // Rules across the entries of a file: JSON Schema's uniqueItems compares
  // whole entries, not one field of them, and cannot fold case.
  ["duplicate-code", "a code listed twice"],
  ["header-twice-other-case", "a header field listed twice in different cases"],
  // Identifiers derived from phrases and names, across entries and files.
  ["identifier-collision", "two codes whose identifiers collide"],
  ["class-same-name", "two classes whose identifiers collide"],
  ["class-name-spelled-alike", "two class names that give one identifier"],
  // Rules across files: a file may override an entry of an earlier one,
  // so what it needs depends on the merged spec.
  ["missing-phrase", "a new code needs a phrase (an override does not)"],
  ["temporary-without-expiry", "a temporary code needs an expires date"],
  ["registered-not-temporary", "registered and expires only for temporary codes"],
  ["retryable-without-note", "a retryable code needs a retry_note"],
]);

const cases = [];
for (const [dir, goAccepts] of [["bad", false], ["good", true]]) {
  const base = join(root, "cmd/statusgen/testdata", dir);
  for (const name of readdirSync(base).sort()) {
    cases.push({ name: `${dir}/${name}`, key: name, file: join(base, name, "spec.yaml"), goAccepts });
  }
}
cases.push({ name: "the registry", file: join(root, "spec/http-status.yaml"), args: ["-no-registry"], goAccepts: true });
for (const set of readdirSync(join(root, "spec/extras")).sort()) {
  cases.push({ name: `extras ${set}`, file: join(root, "spec/extras", set), goAccepts: true });
}
cases.push({ name: "the hostile spec", file: join(root, "test/testdata/hostile.json"), goAccepts: true });

/** The schema's verdict on a file: why it is rejected, or "" when accepted. */
function schemaVerdict(file) {
  let doc;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch (err) {
    return `not YAML to an editor: ${err.message.split("\n")[0]}`;
  }
  if (validate(doc)) return "";
  return validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
}

/** statusgen's verdict: its stderr when it rejects the file, or "". */
function goVerdict(c) {
  assert.ok(existsSync(statusgen), `${statusgen} is missing: make bin/statusgen, or set STATUSGEN`);
  const r = spawnSync(statusgen, ["-lang", "json", ...(c.args ?? []), "-spec", c.file, "-o", "-"], { encoding: "utf8" });
  assert.ok(r.status === 0 || r.status === 2, `statusgen exited ${r.status}: ${r.stderr}`);
  return r.status === 0 ? "" : r.stderr.trim() || "rejected";
}

for (const c of cases) {
  test(`${c.name}: statusgen and the schema agree`, () => {
    const byGo = goVerdict(c);
    assert.equal(byGo === "", c.goAccepts, `statusgen: ${byGo || "accepted"}`);
    const bySchema = schemaVerdict(c.file);
    if (goOnly.has(c.key)) {
      assert.equal(bySchema, "", `the schema now rejects ${c.name} (${bySchema}): take it out of goOnly`);
      return;
    }
    assert.equal(bySchema === "", byGo === "", `statusgen: ${byGo || "accepted"}\nschema: ${bySchema || "accepted"}`);
  });
}

test("every goOnly case is in the corpus", () => {
  const names = new Set(cases.map((c) => c.key));
  for (const name of goOnly.keys()) assert.ok(names.has(name), `goOnly names ${name}, which is not a case`);
});

test("line 1 points editors at the schema", () => {
  assert.equal(specText.split("\n")[0], "# yaml-language-server: $schema=http-status.schema.json");
});
