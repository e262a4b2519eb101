// The published tarball, as `make package-npm` packs it into dist/release
// (from a copy of the package without dist/, so that the prepack script
// builds it): install it offline into a fresh project, and use it from ESM,
// from CommonJS, and from TypeScript with moduleResolution nodenext and
// bundler, on TypeScript 7 and 5.9. The Makefile sets NPM_TARBALL.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { compilers, pkgDir, readJSON, root, run } from "./helpers.mjs";

const npmEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };

// Shared by every consumer: the checks a user of http-status-codes relies on.
const usage = `
assert.equal(StatusCodes.NOT_FOUND, 404);
assert.equal(StatusCodes.MOVED_TEMPORARILY, 302);
assert.equal(ReasonPhrases.NOT_FOUND, "Not Found");
assert.equal(getReasonPhrase(404), "Not Found");
assert.equal(getReasonPhrase("201"), "Created");
assert.equal(getStatusCode("Not Found"), 404);
assert.throws(() => getReasonPhrase(419), /^Error: Status code does not exist: 419$/);
assert.throws(() => getStatusCode("Nope"), /^Error: Reason phrase does not exist: Nope$/);
assert.equal(lookupStatusCode("Nope"), undefined);
assert.equal(isClientError(StatusCodes.NOT_FOUND), true);
assert.equal(isRetryable(StatusCodes.SERVICE_UNAVAILABLE), true);
`;

// TypeScript-only checks: the types a consumer sees through the exports map.
const typeChecks = `
const code: StatusCode = StatusCodes.NOT_FOUND;
const phrase: "Not Found" = ReasonPhrases.NOT_FOUND;
// @ts-expect-error 499 is not a registered code.
const bad: StatusCode = 499;
// @ts-expect-error lookups may return undefined.
const sure: StatusCode = lookupStatusCode("OK");
void [code, phrase, bad, sure];
`;

const names = "StatusCodes, ReasonPhrases, getReasonPhrase, getStatusCode, lookupStatusCode, isClientError, isRetryable";

describe("npm pack, install, use", () => {
  let work;
  let project;
  let tarball;

  after(() => rmSync(work, { recursive: true, force: true }));
  before(() => {
    const pkg = readJSON(join(pkgDir, "package.json"));
    const path = process.env.NPM_TARBALL || join(root, "dist/release", `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`);
    assert.ok(existsSync(path), `${path} is missing: run make package-npm, or set NPM_TARBALL`);
    const listing = run("tar", ["-tzf", path]).split("\n").filter((f) => f.endsWith("/") === false && f !== "");
    const manifest = JSON.parse(run("tar", ["-xzOf", path, "package/package.json"]));
    tarball = { path, files: listing.map((f) => f.replace(/^package\//, "")).sort(), name: manifest.name, version: manifest.version };
    work = mkdtempSync(join(tmpdir(), "statusgen-pack-"));
    project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "0.0.0", private: true }));
    run("npm", ["install", "--offline", "--no-save", "--ignore-scripts", tarball.path], { cwd: project, env: npmEnv });
  });

  test("the tarball holds the built package and nothing else", () => {
    const pkg = readJSON(join(pkgDir, "package.json"));
    assert.equal(tarball.name, pkg.name);
    assert.equal(tarball.version, pkg.version);
    assert.deepEqual(tarball.files, [
      "LICENSE",
      "README.md",
      "dist/cjs/index.d.ts",
      "dist/cjs/index.js",
      "dist/cjs/package.json",
      "dist/esm/index.d.ts",
      "dist/esm/index.js",
      "package.json",
      "src/index.ts",
    ]);
  });

  test("the tarball's README is the package's README, which the registry page shows", () => {
    const readme = run("tar", ["-xzOf", tarball.path, "package/README.md"]);
    assert.equal(readme, readFileSync(join(pkgDir, "README.md"), "utf8"));
  });

  test("installing it offline pulls in no other package", () => {
    const installed = readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith("."));
    assert.deepEqual(installed, ["@statusgen"]);
    assert.deepEqual(readdirSync(join(project, "node_modules/@statusgen")), ["http-status"]);
  });

  test("works from an ES module", () => {
    writeFileSync(join(project, "esm.mjs"), `import assert from "node:assert/strict";
import { ${names} } from "@statusgen/http-status";
import HttpStatus, { OK } from "@statusgen/http-status";
${usage}
// http-status-codes' default export and 1.x constants.
assert.equal(HttpStatus.OK, 200);
assert.equal(HttpStatus.getStatusText(404), "Not Found");
assert.equal(HttpStatus.getStatusCode("Not Found"), 404);
assert.equal(OK, 200);
console.log("esm ok");
`);
    assert.equal(run(process.execPath, ["esm.mjs"], { cwd: project }), "esm ok\n");
  });

  test("works from CommonJS", () => {
    writeFileSync(join(project, "cjs.cjs"), `const assert = require("node:assert/strict");
const { ${names} } = require("@statusgen/http-status");
${usage}
assert.ok(require.resolve("@statusgen/http-status").endsWith(require("node:path").join("dist", "cjs", "index.js")));
// As require("http-status-codes"): the 1.x constants, and the default export.
const HttpStatus = require("@statusgen/http-status");
assert.equal(HttpStatus.NOT_FOUND, 404);
assert.equal(HttpStatus.default.OK, 200);
assert.equal(HttpStatus.default.getStatusText(404), "Not Found");
console.log("cjs ok");
`);
    assert.equal(run(process.execPath, ["cjs.cjs"], { cwd: project }), "cjs ok\n");
  });

  for (const { name, tsc } of compilers) {
    test(`TypeScript (${name}), moduleResolution nodenext: ESM and CommonJS files compile and run`, () => {
      const dir = join(project, `nodenext-${name.replace(/\W/g, "")}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "esm.mts"), `import assert from "node:assert/strict";
import { ${names}, type StatusCode } from "@statusgen/http-status";
${usage}${typeChecks}
console.log("mts ok");
`);
      writeFileSync(join(dir, "cjs.cts"), `import assert = require("node:assert/strict");
import http = require("@statusgen/http-status");
const { ${names} } = http;
type StatusCode = http.StatusCode;
${usage}${typeChecks}
console.log("cts ok");
`);
      writeFileSync(join(dir, "node.d.ts"), nodeShim);
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
        compilerOptions: { module: "nodenext", target: "es2022", lib: ["es2022"], strict: true, types: [], outDir: "out", verbatimModuleSyntax: true, isolatedModules: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true },
        files: ["esm.mts", "cjs.cts", "node.d.ts"],
      }));
      run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
      assert.equal(run(process.execPath, [join(dir, "out/esm.mjs")]), "mts ok\n");
      assert.equal(run(process.execPath, [join(dir, "out/cjs.cjs")]), "cts ok\n");
    });

    test(`TypeScript (${name}), moduleResolution bundler: compiles`, () => {
      const dir = join(project, `bundler-${name.replace(/\W/g, "")}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "app.ts"), `import assert from "node:assert/strict";
import { ${names}, type StatusCode } from "@statusgen/http-status";
${usage}${typeChecks}
`);
      writeFileSync(join(dir, "node.d.ts"), nodeShim);
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
        compilerOptions: { module: "preserve", moduleResolution: "bundler", target: "es2022", lib: ["es2022"], strict: true, types: [], noEmit: true, verbatimModuleSyntax: true, isolatedModules: true },
        files: ["app.ts", "node.d.ts"],
      }));
      run(process.execPath, [tsc, "-p", dir, "--pretty", "false"]);
    });
  }
});

// The consumers use node:assert; @types/node 20.9 does not type-check under
// TypeScript 5.9 and 7, so they get this minimal declaration instead.
const nodeShim = `declare module "node:assert/strict" {
  function assert(value: unknown, message?: string): asserts value;
  namespace assert {
    function equal(actual: unknown, expected: unknown, message?: string): void;
    function ok(value: unknown, message?: string): asserts value;
    function throws(fn: () => unknown, expected?: RegExp, message?: string): void;
  }
  export = assert;
}
declare const console: { log(...args: unknown[]): void };
`;
