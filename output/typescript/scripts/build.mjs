// Builds dist/ from src/index.ts: dist/esm (ES modules) and dist/cjs
// (CommonJS, marked by its own package.json), each with type declarations,
// then checks that every file package.json points at exists. It is both
// `npm run build` and the `prepack` script, so `npm pack` and `npm publish`
// always ship a fresh, complete dist/ or stop.
//
// The compiler is $TSC, else the `typescript` package that Node's module
// resolution finds from here: in this repository, the pinned TypeScript 7
// that `npm ci` installs at the root. A tsc that happens to be on PATH is
// never used: another version could emit something else. Without a
// compiler the build stops with a message and exit status 1, and npm packs
// nothing.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));

function fail(message) {
  console.error(`@statusgen/http-status: ${message}`);
  process.exit(1);
}

/** The command that runs tsc: $TSC itself, or node with the package's bin/tsc. */
function findCompiler() {
  if (process.env.TSC) {
    if (!existsSync(process.env.TSC)) fail(`TSC=${process.env.TSC} does not exist; nothing was built or packed.`);
    return [process.env.TSC];
  }
  try {
    // Through package.json, which every TypeScript exports, and its bin field.
    const manifest = createRequire(join(pkgDir, "package.json")).resolve("typescript/package.json");
    const bin = JSON.parse(readFileSync(manifest, "utf8")).bin.tsc;
    return [process.execPath, join(dirname(manifest), bin)];
  } catch {
    fail(
      "cannot build dist/: the TypeScript compiler was not found.\n" +
        "This package is compiled with the statusgen repository's pinned TypeScript: run `npm ci` at the\n" +
        "repository root first (or `make typescript-build`), or set TSC to a tsc. Nothing was built or packed.",
    );
  }
}

/** Every file that package.json's exports, main, module and types name. */
function entryPoints(pkg) {
  const files = [pkg.main, pkg.module, pkg.types];
  const walk = (value) => {
    if (typeof value === "string") files.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set(files.filter(Boolean))];
}

const [tsc, ...tscArgs] = findCompiler();
process.chdir(pkgDir);
rmSync("dist", { recursive: true, force: true });
for (const project of ["tsconfig.esm.json", "tsconfig.cjs.json"]) {
  try {
    execFileSync(tsc, [...tscArgs, "-p", project], { stdio: "inherit" });
  } catch (err) {
    fail(`${[tsc, ...tscArgs].join(" ")} -p ${project} failed (${err.status ?? err.message}); nothing was packed.`);
  }
}
writeFileSync("dist/cjs/package.json", '{\n  "type": "commonjs"\n}\n');
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const missing = entryPoints(pkg).filter((file) => !existsSync(file));
if (missing.length > 0) fail(`the build did not write ${missing.join(", ")}; nothing was packed.`);
