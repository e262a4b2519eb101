// Docusaurus (core, the docs plugin and the classic theme, pinned in
// package.json) builds one site with the page as docs/markdown.md says, by
// default and with -front-matter, and checks the built HTML (sites.mjs):
// every in-page link lands, the title shows, and on the hostile page spec
// text stays text. The site parses pages as MDX without Docusaurus' MDX 1
// compatibility for HTML comments, so the page must be MDX as it is.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { checkForms, run, siteDir, timed, writeForms } from "./sites.mjs";

const isContent = (el) => el.attrs.some((a) => a.name === "class" && a.value.split(/\s+/).includes("theme-doc-markdown"));

const forms = [
  { dir: "default", flags: [] },
  { dir: "front-matter", flags: ["-front-matter"], titleElement: true },
];

const config = `export default {
  title: "statusgen",
  url: "https://example.com",
  baseUrl: "/",
  onBrokenLinks: "throw",
  // In-page anchors are checked from the built HTML, where a hostile
  // phrase's anchor may differ from Docusaurus' slug.
  onBrokenAnchors: "ignore",
  markdown: { format: "mdx", mdx1Compat: { comments: false } },
  plugins: [["@docusaurus/plugin-content-docs", { routeBasePath: "/", sidebarPath: false }]],
  themes: ["@docusaurus/theme-classic"],
};
`;

test("Docusaurus builds the page", async (t) => {
  const site = siteDir(t, "docusaurus");
  writeFileSync(join(site, "docusaurus.config.mjs"), config);
  writeFileSync(join(site, "package.json"), '{"private": true}\n');
  mkdirSync(join(site, "docs"));
  writeFileSync(join(site, "docs/index.md"), "---\nslug: /\n---\n\n# Pages\n");
  writeForms(forms, (form) => join(site, "docs", form.dir));
  timed(t, "docusaurus build", () =>
    run(process.execPath, [join(site, "node_modules/@docusaurus/core/bin/docusaurus.mjs"), "build", "--no-minify", site], {
      cwd: site,
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: "true" },
    }),
  );
  await checkForms(t, forms, (form, page) => readFileSync(join(site, "build", form.dir, page.name, "index.html"), "utf8"), isContent);
});
