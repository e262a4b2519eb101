// Docs generators with the Markdown page: the pages each builds, and the
// checks of a built page, parsed with parse5. The site tests (vitepress,
// docusaurus, hugo) each build one temporary site with every page, the
// github and mkdocs tests render each page as those do, and every page is
// checked: it built, its title shows as its one h1, every in-page link
// lands on an element id of the page, and on the hostile page spec text
// stays text. The Makefile sets STATUSGEN.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "parse5";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const statusgen = process.env.STATUSGEN || join(root, "bin/statusgen");
const hostileSpecs = ["test/testdata/hostile.json", "test/testdata/hostile-docs.json"].map((p) => join(root, p));

/** The title of the hostile page: a Vue expression, an id and a link in wait. */
export const hostileTitle = "Codes {{ 1+1 }} at www.example.com {#top}";

/** What the spec text of the hostile pages must show as: code -> spec entry. */
export const hostileCodes = new Map(
  hostileSpecs.flatMap((p) => JSON.parse(readFileSync(p, "utf8")).codes.map((c) => [c.code, c])),
);

/**
 * The pages a site builds with the given statusgen flags: the registry with
 * every extras set (every code a page of the embedded spec can have, so the
 * registry's page alone would check nothing more), and the hostile page.
 * Each has a name (its file name), its flags and the title it must show.
 */
export function pages(flags) {
  return [
    { name: "extras", args: [...flags, "-extras", "nginx,cloudflare,iis,unofficial"], title: "HTTP status codes" },
    {
      name: "hostile",
      args: [...flags, ...hostileSpecs.flatMap((p) => ["-spec", p]), "-title", hostileTitle],
      title: hostileTitle,
      hostile: true,
    },
  ];
}

/** Runs a command; on failure, throws with its output so the test says why. */
export function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
  } catch (err) {
    throw new Error(`${cmd} ${args.join(" ")} failed (status ${err.status}):\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

/** Writes a page with statusgen -lang markdown. */
export function writePage(file, args) {
  run(statusgen, ["-lang", "markdown", ...args, "-o", file]);
}

/**
 * A temporary site directory, removed when the test ends, with the
 * repository's node_modules linked in so that the generator finds its
 * packages and the site's own imports resolve.
 */
export function siteDir(t, name) {
  const dir = mkdtempSync(join(tmpdir(), `statusgen-${name}-`));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Writes every page of every form into pageDir(form), as NAME.md. */
export function writeForms(forms, pageDir) {
  for (const form of forms) {
    mkdirSync(pageDir(form), { recursive: true });
    for (const page of pages(form.flags)) writePage(join(pageDir(form), `${page.name}.md`), page.args);
  }
}

/**
 * Checks every page of every form, a subtest each: html(form, page) gives
 * the built page, isContent picks its content (see checkBuiltPage).
 */
export async function checkForms(t, forms, html, isContent) {
  for (const form of forms) {
    for (const page of pages(form.flags)) {
      const name = form.dir ? `${form.dir}/${page.name}` : page.name;
      await t.test(name, () => {
        const got = checkBuiltPage(html(form, page), page, { isContent, links: form.links, titleElement: form.titleElement });
        t.diagnostic(`${name}: ${got.codes} codes, ${got.landed} of ${got.links} in-page links land`);
      });
    }
  }
}

/** Times fn, for the test's output: how long each generator takes to build. */
export function timed(t, what, fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  t.diagnostic(`${what}: ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`);
  return result;
}

/** Whether a missing tool fails the test: CI is true, as `make test` sets it. */
export const strict = () => /^(1|t|true)$/i.test(process.env.CI ?? "");

/**
 * The path of a program in PATH. When it is missing, the test is skipped
 * with a message naming it, unless CI is true (as `make test` sets it),
 * where it fails: internal/testtool's rule for Go tests.
 */
export function requireTool(t, name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  if (strict()) throw new Error(`${name} is required (CI=${process.env.CI}) but not found in PATH`);
  t.skip(`needs ${name}, which is not in PATH (with CI=true this fails)`);
  return null;
}

// parse5's tree: elements have nodeName, attrs and childNodes; text nodes
// have the nodeName #text and a value.

function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.attrs) yield child;
    yield* elements(child.content ?? child);
  }
}

function attr(el, name) {
  return el.attrs?.find((a) => a.name === name)?.value;
}

function hasClass(el, name) {
  return (attr(el, "class") ?? "").split(/\s+/).includes(name);
}

/** An element's text as a reader sees it: without the generator's permalink
 * (a link to the element's own id) and the invisible characters of the
 * escaping (word joiner) and of the themes (zero-width space). */
function shown(el) {
  let s = "";
  for (const child of el.childNodes ?? []) {
    if (child.nodeName === "#text") s += child.value;
    else if (!(child.nodeName === "a" && attr(child, "href") === `#${attr(el, "id")}` && attr(el, "id"))) s += shown(child.content ?? child);
  }
  return s.replace(/[\u2060\u200b]/g, "");
}

// Words of a text, compared as the site's typography leaves them: Hugo's
// Typographer (on by default) curls quotes and joins dashes and dots, as
// the site asks of all its text.
const typography = [[/[‘’]/g, "'"], [/[“”]/g, '"'], [/—/g, "---"], [/–/g, "--"], [/…/g, "..."], [/«/g, "<<"], [/»/g, ">>"]];
const words = (s) => typography.reduce((t, [re, to]) => t.replace(re, to), s).split(/\s+/).filter(Boolean).join(" ");

// A phrase every generator slugs alike: ASCII letters, digits, single
// spaces and hyphens. Other phrases get the generator's own anchor, which
// only -docs vitepress pins down.
const plainPhrase = (p) => /^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$/.test(p);

/**
 * Checks a built page. isContent picks the element that holds the page's
 * content in the generator's theme. links says which in-page links must
 * land: "all" (-docs vitepress, whose ids are explicit), "plain" (those to
 * codes whose phrase every generator slugs alike), or "none". titleElement
 * asks that the document's title start with the page's.
 */
export function checkBuiltPage(html, page, { isContent, links: which = "plain", titleElement = false }) {
  const doc = parse(html);
  const all = [...elements(doc)];
  const content = all.find(isContent);
  assert.ok(content, "the page's content is not in the built HTML");
  const inContent = [...elements(content)];

  const h1 = inContent.filter((el) => el.nodeName === "h1");
  assert.deepEqual(h1.map(shown).map(words), [page.title], "the title shows as the one h1 of the content");
  if (titleElement) {
    const title = all.find((el) => el.nodeName === "title");
    assert.ok(title && shown(title).startsWith(page.title), `the title element reads ${title && shown(title)}`);
  }

  const ids = new Set(all.map((el) => attr(el, "id")).filter(Boolean));
  const links = inContent.filter((el) => el.nodeName === "a" && attr(el, "href")?.startsWith("#"));
  const summary = links.filter((el) => /^\d{3}$/.test(shown(el)));
  const codes = inContent.filter((el) => el.nodeName === "h3").map((el) => Number(shown(el).slice(0, 3)));
  assert.ok(codes.length > 0, "no code headings");
  assert.equal(summary.length, codes.length, "a summary link per code heading");
  let landed = 0;
  for (const a of links) {
    const id = decodeURIComponent(attr(a, "href").slice(1));
    if (ids.has(id)) {
      landed++;
      continue;
    }
    const phrase = hostileCodes.get(Number(shown(a)))?.phrase;
    const excused = which === "none" || (which === "plain" && page.hostile && phrase && !plainPhrase(phrase));
    assert.ok(excused, `the link to #${id} (${shown(a)}) lands nowhere`);
  }

  if (page.hostile) checkHostile(inContent);
  return { codes: codes.length, links: links.length, landed };
}

// The elements the page's own Markdown makes inside a code's section.
const sectionElements = new Set(["p", "ul", "li", "code", "a"]);

/**
 * On the hostile page, every hostile code's heading reads its code and
 * phrase, its section holds each line of its description as text, and no
 * element or attribute in it comes from spec text: no container, directive
 * or admonition, no event handler, no evaluated expression.
 */
function checkHostile(inContent) {
  const sections = new Map();
  let current = null;
  for (const el of inContent) {
    if (/^h[1-6]$/.test(el.nodeName)) {
      current = el.nodeName === "h3" ? { heading: el, body: [] } : null;
      if (current) sections.set(Number(shown(el).slice(0, 3)), current);
    } else if (current) {
      current.body.push(el);
    }
  }
  for (const [code, spec] of hostileCodes) {
    const section = sections.get(code);
    assert.ok(section, `no heading for ${code}`);
    assert.equal(words(shown(section.heading)), words(`${code} ${spec.phrase}`), `${code}'s heading`);
    const text = words(section.body.filter((el) => el.nodeName === "p" || el.nodeName === "li").map(shown).join(" "));
    for (const line of spec.description.split("\n")) {
      assert.ok(text.includes(words(line)), `${code}'s section lacks the text ${JSON.stringify(line)}:\n${text}`);
    }
    for (const el of section.body) {
      assert.ok(sectionElements.has(el.nodeName), `${code}'s section holds a <${el.nodeName}> element`);
      for (const a of el.attrs) {
        assert.ok(!/^on/i.test(a.name) && !/^(v-|data-x)/.test(a.name), `${code}'s section holds the attribute ${a.name}`);
      }
    }
  }
}
