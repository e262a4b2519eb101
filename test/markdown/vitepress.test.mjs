// VitePress (pinned in package.json) builds one site with the page in each
// form and checks the built HTML (sites.mjs): with -docs vitepress every
// in-page link lands, hostile phrases' too, and the title shows, with and
// without front matter; the default page builds and shows its title (its
// summary links are VitePress' known gap, as docs/markdown.md says). Spec text stays
// text: VitePress compiles each page as a Vue template, so an expression
// from the spec would be evaluated or fail the build.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { checkForms, run, siteDir, timed, writeForms } from "./sites.mjs";

const isContent = (el) => el.attrs.some((a) => a.name === "class" && a.value.split(/\s+/).includes("vp-doc"));

const forms = [
  { dir: "vitepress", flags: ["-docs", "vitepress"], links: "all" },
  { dir: "vitepress-front-matter", flags: ["-docs", "vitepress", "-front-matter"], links: "all", titleElement: true },
  { dir: "default", flags: [], links: "none" },
];

test("VitePress builds the page", async (t) => {
  const site = siteDir(t, "vitepress");
  writeForms(forms, (form) => join(site, form.dir));
  timed(t, "vitepress build", () => run(process.execPath, [join(site, "node_modules/vitepress/bin/vitepress.js"), "build", site]));
  await checkForms(t, forms, (form, page) => readFileSync(join(site, ".vitepress/dist", form.dir, `${page.name}.html`), "utf8"), isContent);
});
