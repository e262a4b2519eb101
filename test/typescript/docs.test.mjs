// The JSDoc that editors show: every export documented, aliases and unused
// codes deprecated, descriptions and references on each code.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { moduleDocs, pkgDir, unescapeDoc } from "./helpers.mjs";

const { exports, members } = await moduleDocs(join(pkgDir, "src/index.ts"));
const m = await import(pathToFileURL(join(pkgDir, "dist/esm/index.js")).href);

test("every export has a doc comment", () => {
  assert.ok(exports.size > 30, `only ${exports.size} exports`);
  for (const [name, { doc }] of exports) {
    assert.ok(doc.trim().length > 10, `${name} has no documentation`);
  }
});

test("every StatusCodes member carries its code, phrase, description and reference", () => {
  for (const code of m.allStatusCodes) {
    const info = m.lookupStatusInfo(code);
    const { doc, tags } = members.StatusCodes.get(info.name);
    assert.equal(unescapeDoc(doc), unescapeDoc(`${code} ${info.phrase}. ${info.description}`), info.name);
    const see = tags.filter((t) => t.name === "see").map((t) => t.text);
    assert.equal(see.length, info.references.length, `${info.name} @see`);
    info.references.forEach((ref, i) => assert.ok(see[i].includes(ref.url), `${info.name} @see ${see[i]}`));
  }
});

test("aliases and unused or obsoleted codes are @deprecated; nothing else is", () => {
  let aliases = 0;
  for (const code of m.allStatusCodes) {
    const info = m.lookupStatusInfo(code);
    for (const table of ["StatusCodes", "ReasonPhrases"]) {
      const deprecated = (name) => members[table].get(name).tags.some((t) => t.name === "deprecated");
      assert.equal(deprecated(info.name), info.deprecated, `${table}.${info.name}`);
      for (const alias of info.aliases) {
        aliases++;
        assert.ok(deprecated(alias), `${table}.${alias} is not deprecated`);
        const tag = members[table].get(alias).tags.find((t) => t.name === "deprecated");
        assert.match(tag.text, new RegExp(`${table}\\.${info.name}\\b`), `${table}.${alias} does not name its replacement`);
      }
    }
  }
  assert.ok(aliases >= 2 * 7, `only ${aliases} alias docs checked`);
  assert.ok(members.StatusCodes.get("MOVED_TEMPORARILY").tags.some((t) => t.name === "deprecated"));
  assert.ok(exports.get("getStatusText").tags.some((t) => t.name === "deprecated"));
  assert.ok(!exports.get("getReasonPhrase").tags.some((t) => t.name === "deprecated"));
});

test("the 1.x constants and the default export's are @deprecated for their StatusCodes member", () => {
  const legacy = [...members.default.keys()].filter((name) => /^[A-Z_]+$/.test(name));
  assert.ok(legacy.length >= 50, `only ${legacy.length} constants on the default export`);
  for (const name of legacy) {
    const current = m.lookupStatusInfo(m.default[name]).name;
    for (const [where, docs] of [["default", members.default.get(name)], ["export", exports.get(name)]]) {
      assert.ok(docs, `${where} ${name} is missing`);
      const tag = docs.tags.find((t) => t.name === "deprecated");
      assert.ok(tag, `${where} ${name} is not deprecated`);
      assert.match(tag.text, new RegExp(`StatusCodes\\.${current}\\b`), `${where} ${name} does not name StatusCodes.${current}`);
    }
  }
  const deprecated = (name) => members.default.get(name).tags.some((t) => t.name === "deprecated");
  assert.ok(deprecated("getStatusText"));
  assert.ok(!deprecated("getReasonPhrase") && !deprecated("getStatusCode"));
  assert.ok(exports.get("default").doc.includes("http-status-codes"), "the default export says what it is for");
});

test("the throwing lookups document what they throw", () => {
  for (const name of ["getReasonPhrase", "getStatusCode"]) {
    assert.ok(exports.get(name).tags.some((t) => t.name === "throws"), name);
  }
});
