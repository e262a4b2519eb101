// The package's README is its npm page: its examples must hold. Each ```ts
// block that imports only this package compiles, against the built package
// through its exports map, on TypeScript 7 and 5.9 (so its @ts-expect-error
// lines must be errors); and every line of the form `expression; // value`,
// whose comment starts with a JSON value or `undefined`, is evaluated
// against the built package (the default export named HttpStatus) and
// compared with that value.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { compilers, pkgDir, run, tempDir } from "./helpers.mjs";

const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const ownBlocks = blocks.filter((b) => !/from "(?!@statusgen\/http-status")/.test(b));

/** The value a comment starts with: a JSON literal or undefined. */
function expectedValue(comment) {
  const m = /^(undefined|true|false|null|-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|\[[^\]]*\])(?=$|[\s,;:.])/.exec(comment);
  if (!m) return { found: false };
  return { found: true, value: m[1] === "undefined" ? undefined : JSON.parse(m[1]) };
}

test("the README has TypeScript examples that import the package", () => {
  assert.ok(blocks.length >= 2, `${blocks.length} ts blocks`);
  assert.ok(ownBlocks.length >= 1);
});

for (const { name, tsc } of compilers) {
  test(`the README's examples compile with ${name}`, (t) => {
    const dir = tempDir(t, "statusgen-readme-");
    mkdirSync(join(dir, "node_modules/@statusgen"), { recursive: true });
    symlinkSync(pkgDir, join(dir, "node_modules/@statusgen/http-status"), "dir");
    const files = ownBlocks.map((block, i) => {
      writeFileSync(join(dir, `example${i}.mts`), block);
      return `example${i}.mts`;
    });
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: { module: "nodenext", target: "es2022", lib: ["es2022"], strict: true, types: [], noEmit: true, verbatimModuleSyntax: true },
      files,
    }));
    run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
  });
}

test("every `expression; // value` line of the README gives that value", async () => {
  const m = await import(pathToFileURL(join(pkgDir, "dist/esm/index.js")).href);
  // The named exports, and the default one by the name the README imports it as.
  const scope = { ...m, HttpStatus: m.default };
  delete scope.default;
  const names = Object.keys(scope);
  let checked = 0;
  for (const block of blocks) {
    for (const line of block.split("\n")) {
      const statement = /^([A-Za-z][^;]*);\s*\/\/\s*(.*)$/.exec(line);
      if (!statement) continue;
      const expected = expectedValue(statement[2]);
      if (!expected.found) continue;
      const actual = new Function(...names, `return (${statement[1]});`)(...names.map((n) => scope[n]));
      assert.deepEqual(actual, expected.value, line);
      checked++;
    }
  }
  assert.ok(checked >= 12, `only ${checked} README lines checked`);
});
