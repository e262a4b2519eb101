// Tree-shaking, for real: esbuild bundles programs that import one thing
// from the built package (through its package.json, so `exports` and
// `sideEffects: false` apply) and the bundle keeps only what they use.
import assert from "node:assert/strict";
import { test } from "node:test";
import { build } from "esbuild";
import { pkgDir } from "./helpers.mjs";

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    alias: { "@statusgen/http-status": pkgDir },
    minify: true, // as a production build does; comments go too
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

// Text that only the description table and the phrase table hold.
const description = "bigger than this server accepts";
const phrase = "Upload Resumption Supported";

test("a class predicate bundles without the tables", async () => {
  const out = await bundle(`import { isSuccess } from "@statusgen/http-status"; console.log(isSuccess(200));`);
  assert.ok(out.includes("200"), "the program is missing");
  assert.ok(!out.includes(description), "descriptions were bundled");
  assert.ok(!out.includes(phrase), "reason phrases were bundled");
  assert.ok(out.length < 2000, `bundle is ${out.length} bytes`);
});

test("StatusCodes bundles without descriptions", async () => {
  const out = await bundle(`import { StatusCodes } from "@statusgen/http-status"; console.log(StatusCodes.NOT_FOUND);`);
  assert.ok(!out.includes(description), "descriptions were bundled");
});

test("control: importing the info lookup bundles the descriptions", async () => {
  const out = await bundle(`import { lookupStatusInfo } from "@statusgen/http-status"; console.log(lookupStatusInfo(413));`);
  assert.ok(out.includes(description), "the control bundle lacks the description, so the checks above prove nothing");
});

// Text only the default export holds: a legacy member's name, and the error
// of getStatusCode, which a program importing getReasonPhrase does not use.
const legacyKey = "NETWORK_AUTHENTICATION_REQUIRED";
const phraseError = "Reason phrase does not exist";

test("a named import bundles without the default export", async () => {
  const out = await bundle(`import { getReasonPhrase } from "@statusgen/http-status"; console.log(getReasonPhrase(404));`);
  assert.ok(out.includes("Not Found"), "the program is missing");
  assert.ok(!out.includes(legacyKey), "the default export's object was bundled");
  assert.ok(!out.includes(phraseError), "getStatusCode, which only the default export names, was bundled");
});

test("a 1.x constant bundles alone", async () => {
  const out = await bundle(`import { NOT_FOUND } from "@statusgen/http-status"; console.log(NOT_FOUND);`);
  assert.ok(out.includes("404"), "the program is missing");
  assert.ok(out.length < 200, `bundle is ${out.length} bytes: ${out}`);
});

test("control: the default export bundles its constants and functions", async () => {
  const out = await bundle(`import HttpStatus from "@statusgen/http-status"; console.log(HttpStatus.OK);`);
  assert.ok(out.includes(legacyKey) && out.includes(phraseError), "the control bundle lacks what the default export holds, so the checks above prove nothing");
});
