// The careless path: `git clone`, then `cd output/typescript && npm pack` (or
// npm publish) with nothing built. The prepack script either builds a
// complete package or stops with a message and a non-zero exit; it never
// packs a tarball without dist/. (The release tarball that make package-npm
// packs is installed and used by test/typescript/pack.test.mjs; that
// make generate's -clean removes nothing a fresh clone holds is
// make check-generated's -clean -check.)
import assert from "node:assert/strict";
import { existsSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { attempt, cleanEnv, freshClone, root, run } from "./helpers.mjs";

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

  test("with the root's dependencies installed, npm pack builds a complete tarball", () => {
    // What `npm ci` at the clone's root gives, without downloading it again.
    symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir");
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], { cwd: pkg, env: cleanEnv() }));
    const files = packed.files.map((f) => f.path);
    for (const file of ["dist/esm/index.js", "dist/esm/index.d.ts", "dist/cjs/index.js", "dist/cjs/index.d.ts", "dist/cjs/package.json", "LICENSE", "README.md"]) {
      assert.ok(files.includes(file), `${file} is not in the tarball: ${files.join(", ")}`);
    }
    assert.ok(existsSync(join(work, packed.filename)));
  });
});
