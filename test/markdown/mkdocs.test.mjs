// MkDocs renders pages with Python-Markdown and the extensions it always
// enables (toc, which gives headings their ids, tables, fenced_code); MkDocs
// itself is on PyPI, out of reach here, so this renders the page as MkDocs
// does with Debian's python3-markdown (which make installs) and checks it
// (sites.mjs): with the default flags every in-page link lands, the title
// is the one h1 (MkDocs' page title), and on the hostile page spec text
// stays text, although Python-Markdown passes raw HTML through. The
// Makefile sets MARKDOWN_PYTHON to the Python that has the module.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkBuiltPage, pages, run, writePage } from "./sites.mjs";

const python = process.env.MARKDOWN_PYTHON || "/usr/bin/python3";
const render = `import sys, markdown
md = markdown.Markdown(extensions=["toc", "tables", "fenced_code"])
sys.stdout.write(md.convert(sys.stdin.read()))
`;

test("MkDocs' Markdown renders the page", async (t) => {
  let version;
  try {
    version = execFileSync(python, ["-c", "import markdown; print(markdown.__version__)"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (err) {
    if (/^(1|t|true)$/i.test(process.env.CI ?? "")) throw new Error(`Python-Markdown is required (CI=${process.env.CI}) but ${python} cannot import it: ${err.message}`);
    t.skip(`needs Python-Markdown in ${python} (Debian's python3-markdown; with CI=true this fails)`);
    return;
  }
  t.diagnostic(`Python-Markdown ${version}`);
  const dir = mkdtempSync(join(tmpdir(), "statusgen-mkdocs-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const page of pages([])) {
    await t.test(page.name, () => {
      const file = join(dir, `${page.name}.md`);
      writePage(file, page.args);
      const html = run(python, ["-c", render], { input: readFileSync(file), stdio: ["pipe", "pipe", "pipe"] });
      const got = checkBuiltPage(`<main>${html}</main>`, page, { isContent: (el) => el.nodeName === "main" });
      t.diagnostic(`${page.name}: ${got.codes} codes, ${got.landed} of ${got.links} in-page links land`);
    });
  }
});
