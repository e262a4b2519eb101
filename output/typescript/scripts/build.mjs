// Builds dist/ from src/index.ts: dist/esm (ES modules) and dist/cjs
// (CommonJS, marked by its own package.json), each with type declarations.
// The compiler is $TSC, else the tsc on PATH (npm run puts the repository's
// pinned one there).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

process.chdir(dirname(dirname(fileURLToPath(import.meta.url))));
const tsc = process.env.TSC || "tsc";
rmSync("dist", { recursive: true, force: true });
for (const project of ["tsconfig.esm.json", "tsconfig.cjs.json"]) {
  execFileSync(tsc, ["-p", project], { stdio: "inherit" });
}
writeFileSync("dist/cjs/package.json", '{\n  "type": "commonjs"\n}\n');
