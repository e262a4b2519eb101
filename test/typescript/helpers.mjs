// Shared paths and tools for the TypeScript target's tests. The Makefile sets
// STATUSGEN, TSC7 and TSC5; the defaults let a test run alone from the repo.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const pkgDir = join(root, "output/typescript");
export const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");

/** The pinned compilers: TypeScript 7 (native) and TypeScript 5.9. */
export const compilers = [
  { name: "TypeScript 7", tsc: process.env.TSC7 || join(root, "node_modules/typescript/bin/tsc"), version: /^Version 7\./ },
  { name: "TypeScript 5.9", tsc: process.env.TSC5 || join(root, "node_modules/typescript5/bin/tsc"), version: /^Version 5\.9\./ },
];

/** Runs a command; on failure, throws with its output so the test says why. */
export function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
  } catch (err) {
    throw new Error(`${cmd} ${args.join(" ")} failed (status ${err.status}):\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

/** Renders the TypeScript target with statusgen; args are extra flags. */
export function render(args = []) {
  return run(statusgen, ["-lang", "typescript", ...args, "-o", "-"]);
}

/** A fresh temporary directory, removed when the test ends. */
export function tempDir(t, prefix = "statusgen-ts-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function readJSON(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The embedded spec, parsed: { version, codes: [{ code, phrase, ... }] }. */
export function loadSpec() {
  return YAML.parse(readFileSync(join(root, "spec/http-status.yaml"), "utf8"));
}

/** TypeScript 5.9's compiler API (TypeScript 7 has none yet). */
export async function typescriptAPI() {
  return (await import("typescript5")).default;
}

/**
 * Reads the documentation TypeScript sees in a generated module: for each
 * export, its doc text and JSDoc tags; for the members of StatusCodes,
 * ReasonPhrases and the default export, the same per member. That the
 * module compiles is compile.test.mjs's to prove, with tsc.
 */
export async function moduleDocs(file) {
  const ts = await typescriptAPI();
  const program = ts.createProgram([file], { strict: true, noEmit: true, types: [], target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const describe = (symbol) => ({
    doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
    tags: symbol.getJsDocTags(checker).map((tag) => ({ name: tag.name, text: ts.displayPartsToString(tag.text) })),
  });
  const exports = new Map();
  const members = { StatusCodes: new Map(), ReasonPhrases: new Map(), default: new Map() };
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    // `export default HttpStatus` exports an alias: its docs are the const's.
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    exports.set(exported.name, describe(symbol));
    if (exported.name in members) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, source);
      for (const prop of type.getProperties()) members[exported.name].set(prop.name, describe(prop));
    }
  }
  return { exports, members };
}

/**
 * Undoes what the jsdoc template helper does to text, and folds white space,
 * so that a member's doc text can be compared with the spec's text.
 */
export function unescapeDoc(text) {
  return text.replace(/\*\\\//g, "*/").replace(/<\\\//g, "</").replace(/(^|\n)\\@/g, "$1@").replace(/\s+/g, " ").trim();
}
