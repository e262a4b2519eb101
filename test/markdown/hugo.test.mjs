// Hugo (Debian's hugo package, which make installs) builds one site with
// the page as docs/markdown.md says, by default and with -front-matter, and
// checks the built HTML (sites.mjs): every in-page link lands, the title
// shows, and on the hostile page spec text stays text. The site keeps
// Hugo's defaults (raw HTML dropped, heading attributes and Linkify on,
// shortcodes read from the source); its one layout shows the front
// matter's title as an h1, as themes do.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { checkForms, requireTool, run, siteDir, timed, writeForms } from "./sites.mjs";

const isContent = (el) => el.nodeName === "main";

const forms = [
  { dir: "default", flags: [] },
  { dir: "front-matter", flags: ["-front-matter"], titleElement: true },
];

const config = `baseURL = "https://example.com/"
title = "statusgen"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const layout = `<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body><main>{{ with .Title }}<h1>{{ . }}</h1>{{ end }}{{ .Content }}</main></body></html>
`;

test("Hugo builds the page", async (t) => {
  const hugo = requireTool(t, "hugo");
  if (!hugo) return;
  const site = siteDir(t, "hugo");
  writeFileSync(join(site, "hugo.toml"), config);
  mkdirSync(join(site, "layouts/_default"), { recursive: true });
  writeFileSync(join(site, "layouts/_default/single.html"), layout);
  writeForms(forms, (form) => join(site, "content", form.dir));
  t.diagnostic(run(hugo, ["version"]).trim());
  timed(t, "hugo build", () => run(hugo, ["--source", site, "--destination", join(site, "public"), "--quiet"]));
  await checkForms(t, forms, (form, page) => readFileSync(join(site, "public", form.dir, page.name, "index.html"), "utf8"), isContent);
});
