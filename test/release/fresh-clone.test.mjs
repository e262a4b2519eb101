// The careless path: `git clone`, then `cd output/typescript && npm pack` (or
// npm publish) with nothing built. The prepack script either builds a
// complete package or stops with a message and a non-zero exit; it never
// packs a tarball without dist/. And `make generate`'s -clean on the fresh
// clone leaves every file of the packages (README, LICENSE, examples) alone.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { attempt, cleanEnv, freshClone, root, run } from "./helpers.mjs";

const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");
const noCompiler = /cannot build dist\/: the TypeScript compiler was not found[\s\S]*npm ci/;

describe("a fresh clone", () => {
  let work, clone, cleanup, pkg;
  before(() => {
    ({ work, clone, cleanup } = freshClone());
    pkg = join(clone, "output/typescript");
  });
  after(() => cleanup());

  const tarballs = () => readdirSync(pkg).filter((f) => f.endsWith(".tgz"));

  test("has no dist/ and no node_modules", () => {
    assert.ok(!existsSync(join(pkg, "dist")));
    assert.ok(!existsSync(join(clone, "node_modules")));
  });

  test("npm pack in output/typescript, without the root's node_modules, stops with a message and packs nothing", () => {
    const r = attempt("npm", ["pack"], { cwd: pkg });
    assert.notEqual(r.status, 0, r.output);
    assert.match(r.stderr, noCompiler);
    assert.deepEqual(tarballs(), []);
    assert.ok(!existsSync(join(pkg, "dist")));
  });

  test("npm publish --dry-run there stops the same way, before anything is sent", () => {
    const r = attempt("npm", ["publish", "--dry-run", "--registry", "http://127.0.0.1:9/"], { cwd: pkg });
    assert.notEqual(r.status, 0, r.output);
    assert.match(r.stderr, noCompiler);
  });

  test("TSC naming a missing compiler stops it too", () => {
    const r = attempt("npm", ["pack"], { cwd: pkg, env: cleanEnv({ TSC: join(work, "no-such-tsc") }) });
    assert.notEqual(r.status, 0, r.output);
    assert.match(r.stderr, /TSC=.*no-such-tsc does not exist/);
    assert.deepEqual(tarballs(), []);
  });

  test("with the root's dependencies installed, npm pack builds a complete tarball that installs and imports", () => {
    // What `npm ci` at the clone's root gives, without downloading it again.
    symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir");
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], { cwd: pkg, env: cleanEnv() }));
    const files = packed.files.map((f) => f.path);
    for (const file of ["dist/esm/index.js", "dist/esm/index.d.ts", "dist/cjs/index.js", "dist/cjs/index.d.ts", "dist/cjs/package.json", "LICENSE", "README.md"]) {
      assert.ok(files.includes(file), `${file} is not in the tarball: ${files.join(", ")}`);
    }
    const consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "0.0.0", private: true }));
    run("npm", ["install", "--offline", "--no-save", "--ignore-scripts", join(work, packed.filename)], { cwd: consumer, env: cleanEnv() });
    writeFileSync(join(consumer, "esm.mjs"), 'import { StatusCodes, getReasonPhrase } from "@statusgen/http-status";\nconsole.log(StatusCodes.NOT_FOUND, getReasonPhrase(413));\n');
    writeFileSync(join(consumer, "cjs.cjs"), 'const { StatusCodes, getReasonPhrase } = require("@statusgen/http-status");\nconsole.log(StatusCodes.NOT_FOUND, getReasonPhrase(413));\n');
    assert.equal(run(process.execPath, ["esm.mjs"], { cwd: consumer }), "404 Content Too Large\n");
    assert.equal(run(process.execPath, ["cjs.cjs"], { cwd: consumer }), "404 Content Too Large\n");
  });

  test("make generate's -clean removes and changes nothing there, hand-written package files included", () => {
    run(statusgen, ["-config", "statusgen.yaml", "-clean"], { cwd: clone });
    assert.equal(run("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: clone }), "");
    for (const file of ["output/go/LICENSE", "output/go/README.md", "output/go/httpstatus/example_test.go", "output/go/httpstatus/doc.go",
      "output/typescript/README.md", "output/python/README.md"]) {
      assert.ok(existsSync(join(clone, file)), `${file} is gone`);
    }
  });
});
