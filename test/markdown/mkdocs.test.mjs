// MkDocs renders pages with Python-Markdown and the extensions it always
// enables (toc, which gives headings their ids, tables, fenced_code); MkDocs
// itself is on PyPI, out of reach here, so this renders the page as MkDocs
// does with Debian's python3-markdown (which make installs) and checks it
// (sites.mjs): with the default flags every in-page link lands, the title
// is the one h1 (MkDocs' page title), and on the hostile page spec text
// stays text, although Python-Markdown passes raw HTML through. The
// Makefile sets MARKDOWN_PYTHON to the Python that has the module.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { checkForms, run, siteDir, strict, writeForms } from "./sites.mjs";

const forms = [{ dir: "", flags: [] }];
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
    if (strict()) throw new Error(`Python-Markdown is required (CI=${process.env.CI}) but ${python} cannot import it: ${err.message}`);
    t.skip(`needs Python-Markdown in ${python} (Debian's python3-markdown; with CI=true this fails)`);
    return;
  }
  t.diagnostic(`Python-Markdown ${version}`);
  const dir = siteDir(t, "mkdocs");
  writeForms(forms, () => dir);
  await checkForms(t, forms, (form, page) => {
    const html = run(python, ["-c", render], { input: readFileSync(join(dir, `${page.name}.md`)), stdio: ["pipe", "pipe", "pipe"] });
    return `<main>${html}</main>`;
  }, (el) => el.nodeName === "main");
});
