// Shared by the release rehearsals: a fresh clone of this repository's
// committed HEAD, and commands whose failure is the expected outcome.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, run } from "../typescript/helpers.mjs";

export { root, run };

/**
 * The environment of the commands a rehearsal runs: the caller's, without
 * what a parent make or a release would pass down (make's flags, TAG,
 * RELEASE_PUSH, TSC), with a fixed git identity and no pager or prompt.
 */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const name of ["MAKEFLAGS", "MAKELEVEL", "MFLAGS", "TAG", "RELEASE_PUSH", "TSC"]) delete env[name];
  return {
    ...env,
    GIT_AUTHOR_NAME: "statusgen tests",
    GIT_AUTHOR_EMAIL: "tests@statusgen.invalid",
    GIT_COMMITTER_NAME: "statusgen tests",
    GIT_COMMITTER_EMAIL: "tests@statusgen.invalid",
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    ...extra,
  };
}

/** Runs a command that may fail; returns its status and output. */
export function attempt(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: cleanEnv(), ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}

/**
 * A temporary directory with a `git clone` of this repository (its committed
 * HEAD, as CI and a careless publisher would have it) in clone/; removed by
 * the returned cleanup. Uncommitted changes are not in it: a note says so.
 */
export function freshClone() {
  const work = mkdtempSync(join(tmpdir(), "statusgen-release-"));
  const clone = join(work, "clone");
  run("git", ["clone", "--quiet", root, clone], { env: cleanEnv() });
  if (run("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root }).trim() !== "") {
    console.error("note: the work tree has uncommitted changes; the clone holds the committed HEAD");
  }
  return { work, clone, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
