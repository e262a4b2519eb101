// What actionlint does not check: the workflows' own rules. Every action is
// pinned to a full version tag; the release workflow grants nothing by
// default and each job only what it needs; its every step is a make target
// (which `make test` runs) or an upload; the CI workflow runs .ci/run on
// pushes and pull requests on Node 20 and 22 with every toolchain.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import YAML from "yaml";
import { attempt, root } from "./helpers.mjs";

const load = (path) => YAML.parse(readFileSync(join(root, path), "utf8"));
const workflowFiles = readdirSync(join(root, ".github/workflows")).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);
const release = load(".github/workflows/release.yml");
const ci = load(".github/workflows/ci.yml");
const toolchains = load(".github/actions/toolchains/action.yml");

/** Every step of every job of a workflow, or of a composite action. */
function steps(doc) {
  return doc.runs ? doc.runs.steps : Object.values(doc.jobs).flatMap((job) => job.steps ?? []);
}

test("every action is pinned to a full version tag (or is local)", () => {
  let uses = 0;
  for (const [path, doc] of [...workflowFiles.map((f) => [f, load(f)]), [".github/actions/toolchains/action.yml", toolchains]]) {
    for (const step of steps(doc).filter((s) => s.uses)) {
      uses++;
      assert.match(step.uses, /^(\.\/.+|[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+)$/, `${path}: ${step.uses}`);
    }
  }
  assert.ok(uses >= 10, `only ${uses} uses: lines`);
});

test("the release workflow runs on version tags and grants no permission by default", () => {
  assert.deepEqual(release.on, { push: { tags: ["v*.*.*"] } });
  assert.deepEqual(release.permissions, {});
});

test("each release job has only the permissions its upload needs, and PyPI and npm their environments", () => {
  const jobs = release.jobs;
  assert.deepEqual(Object.keys(jobs).sort(), ["build", "github-release", "go-module", "npm", "pypi"]);
  assert.deepEqual(jobs.build.permissions, { contents: "read" });
  assert.deepEqual(jobs.npm.permissions, { "id-token": "write" });
  assert.deepEqual(jobs.pypi.permissions, { "id-token": "write" });
  assert.deepEqual(jobs["go-module"].permissions, { contents: "write" });
  assert.deepEqual(jobs["github-release"].permissions, { contents: "write" });
  assert.equal(jobs.pypi.environment.name, "pypi");
  assert.equal(jobs.npm.environment.name, "npm");
  // Nothing is uploaded before the build job's tests and checks pass; the Go
  // tag and the GitHub release wait for both registries.
  assert.equal(jobs.npm.needs, "build");
  assert.equal(jobs.pypi.needs, "build");
  assert.deepEqual(jobs["go-module"].needs, ["npm", "pypi"]);
  assert.equal(jobs["github-release"].needs, "go-module");
});

test("the uploads use provenance and trusted publishing; PyPI gets no token", () => {
  const run = (job) => steps({ jobs: { job: release.jobs[job] } }).map((s) => s.run ?? "").join("\n");
  assert.match(run("npm"), /npm publish --provenance --access public /);
  const pypi = steps({ jobs: { job: release.jobs.pypi } }).find((s) => s.uses?.startsWith("pypa/gh-action-pypi-publish@"));
  assert.ok(pypi, "no pypa/gh-action-pypi-publish step");
  assert.ok(!("password" in (pypi.with ?? {})), "trusted publishing takes no password");
  assert.match(run("go-module"), /make release-tags TAG="\$GITHUB_REF_NAME" RELEASE_PUSH=origin/);
  assert.match(run("github-release"), /gh release create "\$GITHUB_REF_NAME" dist\/release\/\*/);
});

test("every release step that runs a command is a make target, .ci/run, or an upload", () => {
  const uploads = [/^npm publish /, /^gh release create /];
  const targets = new Set();
  for (const step of steps(release).filter((s) => s.run)) {
    const command = step.run.trim();
    const make = /^make ((?:[a-z-]+ ?)+)/.exec(command);
    if (make) make[1].trim().split(" ").forEach((t) => targets.add(t));
    else assert.ok(command === ".ci/run" || uploads.some((u) => u.test(command)), `not a make target or an upload: ${command}`);
  }
  assert.deepEqual([...targets].sort(), ["package", "package-check", "release-check", "release-tags"]);
  // Each of them is part of what `make test` runs (release-tags through
  // test-release): test runs the checks of test-checks in a sub-make.
  const plan = attempt("make", ["-pn", "test"], { cwd: root }).stdout;
  assert.match(plan, /^\t@?\$\(MAKE\) .*\btest-checks$/m, "make test does not run test-checks");
  const testLine = [...plan.matchAll(/^test-checks: (?!\w+ =)(.*)$/gm)].map((m) => m[1]).join(" ");
  for (const target of ["package", "package-check", "release-check", "test-release"]) {
    assert.ok(testLine.split(/\s+/).includes(target), `make test does not run ${target}: ${testLine}`);
  }
});

test("CI runs .ci/run on pushes and pull requests, on Node 20 and 22, with every toolchain", () => {
  assert.ok("push" in ci.on && "pull_request" in ci.on);
  assert.deepEqual(ci.jobs.test.strategy.matrix.node, ["20", "22"]);
  assert.equal(ci.jobs.test["runs-on"], "ubuntu-latest");
  const ciSteps = steps(ci);
  assert.ok(ciSteps.some((s) => s.uses === "./.github/actions/toolchains" && s.with?.["node-version"] === "${{ matrix.node }}"));
  assert.ok(ciSteps.some((s) => s.run === ".ci/run"));
  const setup = Object.fromEntries(steps(toolchains).filter((s) => s.uses).map((s) => [s.uses.split("@")[0], s.with]));
  assert.equal(setup["actions/setup-go"]["go-version-file"], "tools/go.mod");
  assert.equal(setup["actions/setup-node"].cache, "npm");
  assert.deepEqual(setup["actions/setup-python"]["python-version"].trim().split("\n"), ["3.9", "3.10", "3.11", "3.12", "3.13"]);
  assert.ok(steps(toolchains).some((s) => s.run === "make debian-packages"));
});
