// `make release-tags`, the release workflow's go-module job, rehearsed in a
// temporary clone whose origin is a bare repository beside it: the dry run
// tags output/go/vX.Y.Z locally, RELEASE_PUSH=origin pushes it, and the Go
// command then resolves the module from that tag (GOPROXY=direct, origin in
// place of github.com) with its LICENSE and README. The refusals: a tag that
// is not the spec's version, a missing tag, HEAD elsewhere, a dirty tree, a
// Go tag that points at another commit.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { loadSpec } from "../typescript/helpers.mjs";
import { attempt, cleanEnv, freshClone, root, run } from "./helpers.mjs";

const version = loadSpec().version;
const tag = `v${version}`;
const goTag = `output/go/${tag}`;
const modulePath = "github.com/statusgen/statusgen/output/go";

describe("make release-tags", () => {
  let work, clone, remote, cleanup, head;
  const git = (...args) => run("git", args, { cwd: clone, env: cleanEnv() }).trim();
  const make = (...args) => attempt("make", ["--no-print-directory", "release-tags", ...args], { cwd: clone });
  const remoteTags = () => run("git", ["ls-remote", "--tags", remote], { env: cleanEnv() }).trim();

  before(() => {
    ({ work, clone, cleanup } = freshClone());
    remote = join(work, "remote.git");
    run("git", ["init", "--quiet", "--bare", remote], { env: cleanEnv() });
    git("remote", "set-url", "origin", remote);
    head = git("rev-parse", "HEAD");
  });
  after(() => cleanup());

  test("refuses a tag that is not v + the spec's version", () => {
    const r = make("TAG=v0.0.0-not-the-spec");
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`tag v0.0.0-not-the-spec is not ${tag}`));
    assert.equal(git("tag", "--list", "output/go/*"), "");
  });

  test("refuses when the release tag does not exist", () => {
    const r = make(`TAG=${tag}`);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`there is no tag ${tag}`));
  });

  test(`dry run: tags ${goTag} at the release commit and pushes nothing`, () => {
    git("tag", tag);
    const r = make(`TAG=${tag}`);
    assert.equal(r.status, 0, r.output);
    assert.match(r.stdout, /dry run, nothing pushed/);
    assert.equal(git("rev-parse", `refs/tags/${goTag}^{commit}`), head);
    assert.equal(remoteTags(), "");
  });

  test("RELEASE_PUSH=origin pushes it; running again is harmless", () => {
    let r = make(`TAG=${tag}`, "RELEASE_PUSH=origin");
    assert.equal(r.status, 0, r.output);
    assert.equal(remoteTags(), `${head}\trefs/tags/${goTag}`);
    r = make(`TAG=${tag}`, "RELEASE_PUSH=origin");
    assert.equal(r.status, 0, r.output);
    assert.match(r.stdout, /already points at/);
  });

  test("the Go command resolves the module from the pushed tag, with LICENSE and README", () => {
    const modcache = join(work, "modcache");
    mkdirSync(modcache);
    const env = cleanEnv({
      GOPROXY: "direct",
      GOSUMDB: "off",
      GOFLAGS: "-modcacherw",
      GOMODCACHE: modcache,
      GOWORK: "off",
      GOTOOLCHAIN: "local",
      // github.com/statusgen/statusgen is the bare repository here.
      GIT_CONFIG_COUNT: "2",
      GIT_CONFIG_KEY_0: `url.file://${remote}.insteadOf`,
      GIT_CONFIG_VALUE_0: "https://github.com/statusgen/statusgen",
      GIT_CONFIG_KEY_1: "protocol.file.allow",
      GIT_CONFIG_VALUE_1: "always",
    });
    const info = JSON.parse(run("go", ["mod", "download", "-json", `${modulePath}@${tag}`], { cwd: work, env }));
    assert.equal(info.Version, tag);
    assert.equal(info.Origin.Ref, `refs/tags/${goTag}`);
    assert.equal(info.Origin.Hash, head);
    const files = run("find", [".", "-type", "f"], { cwd: info.Dir }).split("\n").filter(Boolean).map((f) => f.slice(2)).sort();
    for (const file of ["LICENSE", "README.md", "go.mod", "httpstatus/doc.go", "httpstatus/status.go", "httpstatus/example_test.go"]) {
      assert.ok(files.includes(file), `${file} is not in the module: ${files.join(", ")}`);
    }
    assert.ok(files.every((f) => f === "LICENSE" || f === "README.md" || f === "go.mod" || f.startsWith("httpstatus/")), files.join(", "));
    assert.equal(readFileSync(join(info.Dir, "LICENSE"), "utf8"), readFileSync(join(root, "LICENSE"), "utf8"));
    assert.equal(readFileSync(join(info.Dir, "README.md"), "utf8"), readFileSync(join(root, "output/go/README.md"), "utf8"));
  });

  test("refuses a dirty work tree", () => {
    writeFileSync(join(clone, "output/go/README.md"), "changed\n");
    const r = make(`TAG=${tag}`);
    git("checkout", "--", "output/go/README.md");
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /the work tree has changes/);
  });

  test("refuses when HEAD is not the release commit, or the Go tag points elsewhere", () => {
    git("-c", "commit.gpgsign=false", "commit", "--quiet", "--allow-empty", "-m", "a later commit");
    let r = make(`TAG=${tag}`);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`HEAD is not ${tag}`));

    git("tag", "--force", tag);
    r = make(`TAG=${tag}`);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${goTag} exists and points at ${head}`));
  });
});
