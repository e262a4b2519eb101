// Any phrase or description survives: render the hostile spec on top of
// the registry, compile it with the strict settings on TypeScript 7 and
// 5.9, import it, and compare every phrase and description with
// hostile.json's, exactly, in the values and in the JSDoc. Rendered alone
// (-no-registry), the module holds those codes and no other (TypeScript 7:
// what the compilers do with the strings is proven above).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { compilers, moduleDocs, pkgDir, render, root, run, tempDir, unescapeDoc } from "./helpers.mjs";

const hostileFile = join(root, "test/testdata/hostile.json");
const hostile = JSON.parse(readFileSync(hostileFile, "utf8")).codes;

// The StatusCodes name statusgen derives from a spec name: HostileQuotes
// gives HOSTILE_QUOTES.
const upper = (name) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

for (const registry of [true, false]) {
  describe(registry ? "hostile codes on top of the registry" : "hostile codes alone (-no-registry)", () => {
    const args = [...(registry ? [] : ["-no-registry"]), "-spec", hostileFile];

    for (const { name, tsc } of registry ? compilers : compilers.slice(0, 1)) {
      test(`compile with ${name}, import, compare exactly`, async (t) => {
        const dir = tempDir(t);
        writeFileSync(join(dir, "package.json"), '{"type":"module"}\n');
        writeFileSync(join(dir, "index.ts"), render(args));
        writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
          extends: join(pkgDir, "tsconfig.json"),
          compilerOptions: { noEmit: false, outDir: "out" },
          files: ["index.ts"],
        }));
        run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
        const m = await import(pathToFileURL(join(dir, "out/index.js")).href);

        for (const h of hostile) {
          const key = upper(h.name);
          assert.equal(m.StatusCodes[key], h.code, `StatusCodes.${key}`);
          assert.equal(m.ReasonPhrases[key], h.phrase, `ReasonPhrases.${key}`);
          assert.equal(m.getReasonPhrase(h.code), h.phrase, `getReasonPhrase(${h.code})`);
          assert.equal(m.lookupReasonPhrase(String(h.code)), h.phrase);
          assert.equal(m.getStatusCode(h.phrase), h.code, `getStatusCode(${JSON.stringify(h.phrase)})`);
          const info = m.lookupStatusInfo(h.code);
          assert.equal(info.name, key);
          assert.equal(info.phrase, h.phrase, `phrase of ${h.code}`);
          assert.equal(info.description, h.description, `description of ${h.code}`);
        }
        if (!registry) {
          assert.deepEqual([...m.allStatusCodes], hostile.map((h) => h.code).sort((a, b) => a - b));
          assert.equal(m.lookupReasonPhrase(404), undefined);
        }
      });
    }

    if (!registry) return;
    test("the JSDoc holds each phrase and description, and no injected tag", async (t) => {
      const dir = tempDir(t);
      const file = join(dir, "index.ts");
      writeFileSync(file, render(args));
      const { members } = await moduleDocs(file);
      for (const h of hostile) {
        const { doc, tags } = members.StatusCodes.get(upper(h.name));
        assert.equal(unescapeDoc(doc), unescapeDoc(`${h.code} ${h.phrase}. ${h.description}`), h.name);
        for (const tag of tags) assert.ok(["see", "deprecated"].includes(tag.name), `${h.name} got a @${tag.name} tag`);
      }
    });
  });
}
