// The generated module compiles clean under TypeScript 7 and 5.9 with every
// strictness flag and with the flags that prove it erasable and isolated.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compilers, pkgDir, root, run, tempDir, typescriptAPI } from "./helpers.mjs";

// tsc accepts comments in tsconfig.json; JSON.parse does not.
async function readTSConfig(path) {
  const ts = await typescriptAPI();
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return config;
}

test("the package's tsconfig turns on every strictness and isolation flag", async () => {
  const options = (await readTSConfig(join(pkgDir, "tsconfig.json"))).compilerOptions;
  for (const flag of ["strict", "noUncheckedIndexedAccess", "exactOptionalPropertyTypes", "noPropertyAccessFromIndexSignature",
    "noImplicitOverride", "noImplicitReturns", "noFallthroughCasesInSwitch", "noUnusedLocals", "noUnusedParameters",
    "useUnknownInCatchVariables", "forceConsistentCasingInFileNames", "erasableSyntaxOnly", "verbatimModuleSyntax",
    "isolatedModules", "isolatedDeclarations", "declaration"]) {
    assert.equal(options[flag], true, flag);
  }
  assert.equal(options.allowUnreachableCode, false);
  assert.equal(options.allowUnusedLabels, false);
  assert.equal(options.skipLibCheck, undefined, "skipLibCheck would hide errors in declarations");
  for (const variant of ["tsconfig.esm.json", "tsconfig.cjs.json"]) {
    assert.equal((await readTSConfig(join(pkgDir, variant))).extends, "./tsconfig.json", variant);
  }
});

for (const { name, tsc, version } of compilers) {
  describe(name, () => {
    test("is the pinned version", () => {
      assert.match(run(process.execPath, [tsc, "--version"]), version);
    });

    // test/typescript's project extends the package's settings and imports
    // src/index.ts, so one compile checks both the module and types.mts.
    test("compiles the generated module clean and passes the type-level tests", () => {
      assert.match(readFileSync(join(root, "test/typescript/types.mts"), "utf8"), /^\} from "\.\.\/\.\.\/output\/typescript\/src\/index\.ts";$/m);
      run(process.execPath, [tsc, "-p", join(root, "test/typescript"), "--pretty", "false"]);
    });

    test("the settings reject what is not erasable (control)", (t) => {
      // Proves that the clean compile above means something: the same
      // settings fail an enum, a namespace and a parameter property.
      const dir = tempDir(t);
      writeFileSync(join(dir, "package.json"), '{"type":"module"}\n');
      writeFileSync(join(dir, "bad.ts"), [
        "export enum E { A }",
        "export namespace N { export const x: number = 1; }",
        "export class C { constructor(readonly p: number) {} }",
        "",
      ].join("\n"));
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(pkgDir, "tsconfig.json"), files: ["bad.ts"] }));
      const out = (() => {
        try {
          run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
          return "";
        } catch (err) {
          return err.message;
        }
      })();
      assert.equal((out.match(/TS1294/g) ?? []).length, 3, `want three erasableSyntaxOnly errors (TS1294), got:\n${out}`);
    });

    // dist/ is TypeScript 7's build (compilers[0]); another compiler must
    // emit what it emitted.
    if (tsc === compilers[0].tsc) return;
    test("emits the same ESM and CommonJS as the package build", (t) => {
      const dir = tempDir(t);
      for (const [project, out] of [["tsconfig.esm.json", "esm"], ["tsconfig.cjs.json", "cjs"]]) {
        run(process.execPath, [tsc, "-p", join(pkgDir, project), "--outDir", join(dir, out), "--pretty", "false"]);
        for (const file of ["index.js", "index.d.ts"]) {
          assert.equal(
            readFileSync(join(dir, out, file), "utf8"),
            readFileSync(join(pkgDir, "dist", out, file), "utf8"),
            `${name}'s ${out}/${file} differs from the build's`,
          );
        }
      }
    });
  });
}
