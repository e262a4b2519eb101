// What each registry shows and ships besides the code: the repository's
// LICENSE in every package (npm and PyPI archives carry only their own
// folder; the go command adds the root LICENSE to a subdirectory module's zip
// only when the module has none, and other zip makers do not), and a README
// that says how to install the package from that registry.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { root } from "./helpers.mjs";

const packages = [
  { dir: "output/go", install: "go get github.com/statusgen/statusgen/output/go@latest" },
  { dir: "output/typescript", install: "npm install @statusgen/http-status" },
  { dir: "output/python", install: "pip install statusgen-httpstatus" },
];
const license = readFileSync(join(root, "LICENSE"), "utf8");

for (const { dir, install } of packages) {
  test(`${dir} carries the repository's LICENSE`, () => {
    assert.equal(readFileSync(join(root, dir, "LICENSE"), "utf8"), license);
  });

  test(`${dir}/README.md says how to install it and links the generator`, () => {
    const readme = readFileSync(join(root, dir, "README.md"), "utf8");
    assert.match(readme, /^# /);
    assert.ok(readme.includes(`\n${install}\n`), `no "${install}" line`);
    assert.ok(readme.includes("https://github.com/statusgen/statusgen"), "no link to the generator");
    assert.ok(!/\]\((?!https?:|#|LICENSE\))/.test(readme), "a relative link, which a registry page cannot follow");
  });
}
