// The drop-in, checked against the incumbent itself: http-status-codes 2.3.0,
// pinned in the root package.json, required beside the built package. What
// the package README's "Switching from http-status-codes" lists as different
// is computed here from both packages, so the list can neither miss a
// difference nor keep one that is gone.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { compilers, pkgDir, root, run, tempDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const theirs = require(join(root, "node_modules/http-status-codes"));
const ours = require(join(pkgDir, "dist/cjs/index.js"));
const oursESM = await import(pathToFileURL(join(pkgDir, "dist/esm/index.js")).href);

test("the incumbent is http-status-codes 2.3.0", () => {
  assert.equal(require(join(root, "node_modules/http-status-codes/package.json")).version, "2.3.0");
});

// The README's "Switching from http-status-codes" section, and its bullets
// by their bold lead-in.
const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Switching from http-status-codes"), readme.indexOf("## Versions"));
function bullet(lead) {
  const start = section.indexOf(`- **${lead}`);
  assert.ok(start >= 0, `the README has no bullet "${lead}"`);
  const end = section.indexOf("\n- **", start + 1);
  return section.slice(start, end < 0 ? undefined : end);
}
// The constant names (NOT_FOUND) a text quotes; with functions, also the
// function names (getReasonPhrase).
const names = (text, functions = false) =>
  [...text.matchAll(functions ? /`([A-Z][A-Z0-9_]*|[a-z][A-Za-z]*)`/g : /`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]);
const sorted = (list) => [...new Set(list)].sort();

const isCode = (v) => typeof v === "number";
const registered = (code) => ours.lookupReasonPhrase(code) !== undefined;
// Every name under which http-status-codes offers a code: its top-level
// exports, StatusCodes' members, ReasonPhrases' keys, its default export's.
const theirNames = sorted([
  ...Object.keys(theirs).filter((k) => isCode(theirs[k])),
  ...Object.keys(theirs.StatusCodes).filter((k) => !/^\d+$/.test(k)),
  ...Object.keys(theirs.ReasonPhrases),
  ...Object.keys(theirs.default).filter((k) => isCode(theirs.default[k])),
]);
const codeOf = (name) => theirs.StatusCodes[name] ?? theirs[name] ?? theirs.default[name];

describe("names", () => {
  test("every name of http-status-codes is here with its value, but those of codes IANA does not register", () => {
    const missing = [];
    for (const name of theirNames) {
      const code = codeOf(name);
      if (!registered(code)) {
        missing.push(name);
        for (const [where, obj] of [["exports", ours], ["StatusCodes", ours.StatusCodes], ["ReasonPhrases", ours.ReasonPhrases], ["default", ours.default], ["ESM exports", oursESM]]) {
          assert.ok(!(name in obj), `${where}.${name}, for unregistered ${code}`);
        }
        continue;
      }
      if (name in theirs.StatusCodes) assert.equal(ours.StatusCodes[name], code, `StatusCodes.${name}`);
      if (name in theirs.ReasonPhrases) assert.equal(ours.ReasonPhrases[name], ours.getReasonPhrase(code), `ReasonPhrases.${name}`);
      if (isCode(theirs[name])) {
        assert.equal(ours[name], code, `the 1.x constant ${name}, from CommonJS`);
        assert.equal(oursESM[name], code, `the 1.x constant ${name}, from ESM`);
      }
      if (isCode(theirs.default[name])) {
        assert.equal(ours.default[name], code, `default.${name}, from CommonJS`);
        assert.equal(oursESM.default[name], code, `default.${name}, from ESM`);
      }
    }
    assert.deepEqual(missing, sorted(names(bullet("Not here"))), "the README's \"Not here\" names");
  });

  test("the names only this package has are the README's \"Only here\" list", () => {
    const onlyHere = bullet("Only here");
    const [codes, defaults] = onlyHere.split("The default export also has");
    assert.ok(defaults, "the bullet names what the default export adds");
    assert.deepEqual(sorted(Object.keys(ours.StatusCodes).filter((k) => !theirNames.includes(k))), sorted(names(codes)));
    assert.deepEqual(sorted(Object.keys(ours.default).filter((k) => !(k in theirs.default))), sorted(names(defaults, true)));
  });

  test("the deprecated names are those http-status-codes uses for a renamed code", () => {
    const deprecated = bullet("Deprecated names");
    const [older, current] = deprecated.split("in favour of the registry's");
    for (const name of names(older)) {
      assert.ok(name in theirs.StatusCodes, `${name} is no name of http-status-codes`);
      const code = ours.StatusCodes[name];
      assert.notEqual(ours.lookupStatusInfo(code).name, name, `${name} is not an older name here`);
      assert.ok(names(current).includes(ours.lookupStatusInfo(code).name), `${name}'s current name is not listed`);
    }
    const renamed = Object.keys(theirs.StatusCodes).filter((k) => registered(theirs.StatusCodes[k]) && ours.lookupStatusInfo(theirs.StatusCodes[k]).name !== k);
    assert.deepEqual(sorted(renamed), sorted(names(older)));
  });
});

describe("phrases", () => {
  // The README's table: code, their phrase, ours, getStatusCode of theirs.
  const rows = [...bullet("Phrases").matchAll(/^ *\| (\d{3}) \| "(.*)" \| "(.*)" \| (.*) \|$/gm)]
    .map((m) => [Number(m[1]), m[2], m[3], m[4]]);

  test("the README's table is every code whose phrase differs", () => {
    const differ = [];
    for (const code of Object.values(theirs.StatusCodes).filter(isCode)) {
      if (!registered(code)) continue;
      const old = theirs.getReasonPhrase(code);
      const now = ours.getReasonPhrase(code);
      if (old === now) continue;
      const back = ours.lookupStatusCode(old);
      differ.push([code, old, now, back === undefined ? "throws" : String(back)]);
    }
    assert.ok(rows.length >= 7, `the table has ${rows.length} rows`);
    assert.deepEqual(rows, differ.sort((a, b) => a[0] - b[0]));
  });

  test("the lookups agree on every other phrase and code", () => {
    const table = new Map(rows.map((r) => [r[0], r]));
    for (const phrase of Object.values(theirs.ReasonPhrases)) {
      const code = theirs.getStatusCode(phrase);
      if (!registered(code)) continue;
      if (table.get(code)?.[3] === "throws" && table.get(code)[1] === phrase) {
        assert.throws(() => ours.getStatusCode(phrase), /Reason phrase does not exist/);
        continue;
      }
      assert.equal(ours.getStatusCode(phrase), code, phrase);
      if (!table.has(code)) {
        assert.equal(ours.getReasonPhrase(code), theirs.getReasonPhrase(code));
        assert.equal(ours.getStatusText(code), theirs.getStatusText(code));
        assert.equal(ours.default.getStatusText(code), theirs.default.getStatusText(code));
      }
    }
    for (const bad of [999, "abc"]) {
      assert.throws(() => theirs.getReasonPhrase(bad), /^Error: Status code does not exist/);
    }
    for (const bad of [419, 420, 999, "abc"]) {
      assert.throws(() => ours.getReasonPhrase(bad), /^Error: Status code does not exist/);
    }
  });
});

describe("shape", () => {
  test("require() gives what require(\"http-status-codes\") gives: named exports, 1.x constants, default", () => {
    const notHere = names(bullet("Not here"));
    for (const key of Object.keys(theirs)) {
      if (notHere.includes(key)) continue;
      assert.ok(key in ours, `require(...).${key}`);
      assert.equal(typeof ours[key], typeof theirs[key], `typeof require(...).${key}`);
    }
    assert.equal(ours.__esModule, true);
    assert.equal(theirs.__esModule, true);
    for (const fn of ["getStatusCode", "getStatusText"]) {
      assert.equal(typeof theirs.default[fn], "function");
      assert.equal(typeof ours.default[fn], "function", `default.${fn}`);
    }
    assert.equal(typeof oursESM.default, "object", "import HttpStatus from ...");
    assert.deepEqual(Object.keys(oursESM.default), Object.keys(ours.default));
  });

  test("StatusCodes has no reverse mapping, as the README says", () => {
    assert.equal(theirs.StatusCodes[404], "NOT_FOUND");
    assert.equal(ours.StatusCodes[404], undefined);
    assert.match(bullet("Objects, not enums"), /`StatusCodes\[404\]`/);
  });
});

// Type-level: code written against http-status-codes compiles here, the
// README's one exception fails as it says, on TypeScript 7 and 5.9.
const sources = {
  "default.ts": `import HttpStatus from "PKG";
let code = HttpStatus.OK;
code = HttpStatus.NOT_FOUND;
const phrase: string = HttpStatus.getStatusText(code);
const back: number = HttpStatus.getStatusCode(phrase);
export const used = [code, phrase, back];
`,
  "legacy.ts": `import { OK, NOT_FOUND, MOVED_TEMPORARILY, StatusCodes, getReasonPhrase } from "PKG";
let code: number = OK;
code = NOT_FOUND;
export const used = [code, MOVED_TEMPORARILY === StatusCodes.MOVED_TEMPORARILY, getReasonPhrase(code).length];
`,
  "annotated.ts": `import { StatusCodes } from "PKG";
let status: StatusCodes = StatusCodes.OK;
status = StatusCodes.NOT_FOUND;
export const used = status;
`,
  "widened.ts": `import { StatusCodes } from "PKG";
let status = StatusCodes.OK;
status = StatusCodes.NOT_FOUND;
export const used = status;
`,
};

function compile(t, tsc, pkg) {
  const dir = tempDir(t, "statusgen-incumbent-");
  mkdirSync(join(dir, "node_modules/@statusgen"), { recursive: true });
  symlinkSync(join(root, "node_modules/http-status-codes"), join(dir, "node_modules/http-status-codes"), "dir");
  symlinkSync(pkgDir, join(dir, "node_modules/@statusgen/http-status"), "dir");
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text.replaceAll("PKG", pkg));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { module: "preserve", moduleResolution: "bundler", target: "es2022", lib: ["es2022"], strict: true, types: [], noEmit: true },
    files: Object.keys(sources),
  }));
  try {
    run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
    return "";
  } catch (err) {
    return err.message;
  }
}

for (const { name, tsc } of compilers) {
  test(`${name}: code typed against http-status-codes compiles here, but for the README's widening`, (t) => {
    assert.equal(compile(t, tsc, "http-status-codes"), "", "the sources do not compile against http-status-codes itself");
    const errors = compile(t, tsc, "@statusgen/http-status").split("\n").filter((l) => /error TS/.test(l));
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0], /(^|\/)widened\.ts\(3,1\): error TS2322: Type '404' is not assignable to type '200'/);
  });
}
