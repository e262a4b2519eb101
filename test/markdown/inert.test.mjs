// Spec text stays inert in markdown-it with linkify (as VitePress and
// other docs sites configure it): rendering the registry page and the
// hostile page (test/testdata/hostile.json: bare www names, URLs, e-mail,
// mailto: and xmpp: addresses in every text field, and the title; with
// hostile-docs.json, the syntax of docs generators), the only links are
// the page's own, the introduction's link to the IANA registry, a summary
// link per code and a link per reference to its url, and every element is
// one the page itself makes.
// gen/markdown_inert_test.go makes the same attack with goldmark and
// cmark-gfm. The Makefile sets STATUSGEN.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");
const hostile = ["hostile.json", "hostile-docs.json"].flatMap((f) => ["-spec", join(root, "test/testdata", f)]);
const title = "Status codes at www.example.com (ask docs@example.com, https://example.com)";

const ianaRegistry = "https://www.iana.org/assignments/http-status-codes/";

const statusgenOut = (args) => execFileSync(statusgen, args, { encoding: "utf8" });

const pages = [
  { name: "registry page", args: [] },
  { name: "hostile page", args: hostile, title },
];

const renderers = [
  { name: "markdown-it, linkify", md: () => new MarkdownIt({ linkify: true }) },
  { name: "markdown-it, linkify with fuzzy links, e-mails and IPs, raw HTML on", md: () => {
    const md = new MarkdownIt({ linkify: true, html: true });
    md.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
    return md;
  } },
];

const pageElements = new Set(["p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "a", "code"]);

for (const page of pages) {
  const titleArgs = page.title ? ["-title", page.title] : [];
  const src = statusgenOut(["-lang", "markdown", ...page.args, ...titleArgs, "-o", "-"]);
  const model = JSON.parse(statusgenOut(["-lang", "json", ...page.args, "-o", "-"]));
  for (const r of renderers) {
    test(`${page.name}: ${r.name}`, () => {
      const md = r.md();
      const out = md.render(src);
      const urls = new Set([ianaRegistry]);
      let want = 1;
      for (const c of model.codes) {
        want++;
        (c.references ?? []).forEach((ref, i) => {
          urls.add(md.normalizeLink(ref.url));
          want += i === 0 ? 2 : 1;
        });
      }
      const hrefs = [...out.matchAll(/<a\b([^>]*)>/g)].map((m) => {
        const href = /^ href="([^"]*)"$/.exec(m[1]);
        assert.ok(href, `link with attributes ${m[1]}`);
        return href[1].replaceAll("&amp;", "&");
      });
      assert.equal(hrefs.length, want, "the registry's link, one per code, two for a code's first reference, one per other reference");
      for (const href of hrefs) {
        assert.ok(/^#\d{3}-/.test(href) || urls.has(href), `link to ${href} comes from neither the summary table, the introduction nor a url field`);
      }
      for (const [, name] of out.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) {
        assert.ok(pageElements.has(name.toLowerCase()), `element <${name}> comes from spec text`);
      }
      if (page.title) {
        const text = out.replace(/<[^>]*>/g, "").replaceAll("&amp;", "&").replaceAll("\u2060", "");
        assert.ok(text.includes(page.title), "the title shows as text");
      }
    });
  }
}
