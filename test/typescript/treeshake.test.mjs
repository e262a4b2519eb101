// Tree-shaking: the ES module has no top-level side effects, so a bundler
// that honours `sideEffects: false` keeps only what a program imports.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pkgDir, readJSON, typescriptAPI } from "./helpers.mjs";

const ts = await typescriptAPI();

function parse(file) {
  return ts.createSourceFile(file, readFileSync(join(pkgDir, file), "utf8"), ts.ScriptTarget.ES2022, true);
}

// A value whose evaluation can run no code: literals, the names of the
// module's function declarations (hoisted: naming one runs nothing), and
// objects and arrays of them. Other identifiers, calls, `new`, getters,
// spreads and computed keys are not.
function isInert(node, functions = new Set()) {
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
    case ts.SyntaxKind.Identifier:
      return node.text === "undefined" || functions.has(node.text);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return node.elements.every((e) => isInert(e, functions));
    case ts.SyntaxKind.ObjectLiteralExpression:
      return node.properties.every((p) =>
        (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isInert(p.initializer, functions)) ||
        (ts.isShorthandPropertyAssignment(p) && functions.has(p.name.text)));
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.ParenthesizedExpression:
      return isInert(node.expression, functions);
    default:
      return false;
  }
}

function topLevelProblems(source) {
  const problems = [];
  const functions = new Set(source.statements.filter(ts.isFunctionDeclaration).map((f) => f.name.text));
  const consts = new Set();
  for (const stmt of source.statements) {
    const where = `${source.fileName}:${source.getLineAndCharacterOfPosition(stmt.getStart()).line + 1}`;
    if (ts.isFunctionDeclaration(stmt) || ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) continue;
    if (ts.isVariableStatement(stmt)) {
      if (!(stmt.declarationList.flags & ts.NodeFlags.Const)) problems.push(`${where}: not const`);
      for (const decl of stmt.declarationList.declarations) {
        if (!decl.initializer || !isInert(decl.initializer, functions)) problems.push(`${where}: ${decl.name.getText()} runs code`);
        consts.add(decl.name.getText());
      }
      continue;
    }
    if (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier) continue;
    // `export default NAME` of a const checked above.
    if (ts.isExportAssignment(stmt) && !stmt.isExportEquals && ts.isIdentifier(stmt.expression) && consts.has(stmt.expression.text)) continue;
    problems.push(`${where}: top-level ${ts.SyntaxKind[stmt.kind]}`);
  }
  return problems;
}

test("package.json declares the package free of side effects", () => {
  assert.equal(readJSON(join(pkgDir, "package.json")).sideEffects, false);
});

test("dist/esm/index.js runs no code at the top level and imports nothing", () => {
  const source = parse("dist/esm/index.js");
  assert.ok(source.statements.length > 20);
  assert.deepEqual(topLevelProblems(source), []);
});

test("src/index.ts runs no code at the top level and imports nothing", () => {
  assert.deepEqual(topLevelProblems(parse("src/index.ts")), []);
});

test("the inertness check rejects side effects (control)", () => {
  const bad = ts.createSourceFile("bad.js", [
    'import "x";',
    "console.log(1);",
    "export const a = f();",
    "export const b = { c: g() };",
    "export const d = [...e];",
    "export let h = 1;",
    "export const i = new Map();",
    "export const j = { k: l };",
    "export default f();",
    "function m() {}",
    "export const n = { m, o };",
  ].join("\n"), ts.ScriptTarget.ES2022, true);
  assert.deepEqual(topLevelProblems(bad).map((p) => p.replace(/^bad\.js:\d+: /, "")), [
    "top-level ImportDeclaration",
    "top-level ExpressionStatement",
    "a runs code",
    "b runs code",
    "d runs code",
    "not const",
    "i runs code",
    "j runs code",
    "top-level ExportAssignment",
    "n runs code",
  ]);
});

test("each export stands alone: StatusCodes and ReasonPhrases reference nothing", () => {
  // A program importing only StatusCodes needs no other declaration.
  const source = parse("dist/esm/index.js");
  for (const stmt of source.statements.filter(ts.isVariableStatement)) {
    for (const decl of stmt.declarationList.declarations) {
      if (["StatusCodes", "ReasonPhrases", "allStatusCodes"].includes(decl.name.getText())) {
        assert.ok(isInert(decl.initializer), decl.name.getText());
      }
    }
  }
});
