// GitHub: the page as github.com shows it, rendered by cmark-gfm (GitHub's
// renderer, with the extensions github.com enables; Debian's package,
// which make installs) and given heading ids by github-slugger (GitHub's
// algorithm, pinned in package.json), as github.com does. With the default
// flags every in-page link lands, the title is the one h1, the marker line
// shows nothing, and on the hostile page spec text stays text (sites.mjs).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import GithubSlugger from "github-slugger";
import { parse } from "parse5";
import { checkForms, requireTool, siteDir, writeForms } from "./sites.mjs";

const forms = [{ dir: "", flags: [] }];
const extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"].flatMap((e) => ["-e", e]);

function text(node) {
  return (node.childNodes ?? []).map((c) => (c.nodeName === "#text" ? c.value : text(c))).join("");
}

/** Gives each heading of cmark-gfm's HTML the id GitHub gives it. */
function withHeadingIDs(html) {
  const slugger = new GithubSlugger();
  const headings = [];
  const walk = (node) => {
    for (const c of node.childNodes ?? []) {
      if (/^h[1-6]$/.test(c.nodeName)) headings.push(slugger.slug(text(c)));
      walk(c);
    }
  };
  walk(parse(html));
  let i = 0;
  return html.replace(/<h([1-6])>/g, (_, n) => `<h${n} id="${headings[i++]}">`);
}

test("GitHub shows the page", async (t) => {
  const cmark = requireTool(t, "cmark-gfm");
  if (!cmark) return;
  const dir = siteDir(t, "github");
  writeForms(forms, () => dir);
  await checkForms(t, forms, (form, page) => {
    const html = withHeadingIDs(execFileSync(cmark, extensions, { input: readFileSync(join(dir, `${page.name}.md`)), encoding: "utf8" }));
    assert.ok(!html.includes("Code generated"), "the marker line shows");
    return `<main>${html}</main>`;
  }, (el) => el.nodeName === "main");
});
