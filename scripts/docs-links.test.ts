import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./lib/dataset-files";
import { headingAnchors, headingSlug, relativeLinks } from "./lib/markdown-links";

/** The pages a newcomer reads: the front door, the contributors' guide and every page in docs/. */
const PAGES = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(path.join(projectRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** Each link of a page that does not resolve, as `page:line: target: what is wrong`. */
function brokenLinks(page: string): string[] {
  const file = path.join(projectRoot, page);
  const problems: string[] = [];
  for (const { target, line } of relativeLinks(readFileSync(file, "utf8"))) {
    const [pathPart = "", anchor] = target.split("#", 2);
    const targetFile =
      pathPart === "" ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
    const where = `${page}:${line}: ${target}`;
    if (!existsSync(targetFile)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (anchor === undefined || statSync(targetFile).isDirectory() || !targetFile.endsWith(".md")) continue;
    if (!headingAnchors(readFileSync(targetFile, "utf8")).has(anchor)) {
      problems.push(`${where}: no heading in ${path.relative(projectRoot, targetFile)} has this anchor`);
    }
  }
  return problems;
}

describe("headingSlug", () => {
  it("lowercases, drops punctuation and code marks, and turns spaces into hyphens", () => {
    expect(headingSlug("The benchmark: `npm run bench`")).toBe("the-benchmark-npm-run-bench");
    expect(headingSlug("No network: one file for a USB stick")).toBe("no-network-one-file-for-a-usb-stick");
    expect(headingSlug("Then and now (as of a date)")).toBe("then-and-now-as-of-a-date");
    expect(headingSlug("PNG, PDF & standalone")).toBe("png-pdf--standalone");
    expect(headingSlug("[Host API](embedding.md) reference")).toBe("host-api-reference");
  });

  it("numbers a repeated heading's anchor", () => {
    expect([...headingAnchors("# A\n\n## Tests\n\n```\n# not a heading\n```\n\n## Tests\n")]).toEqual([
      "a",
      "tests",
      "tests-1",
    ]);
  });
});

describe("relativeLinks", () => {
  it("finds links and images but not other sites or code", () => {
    const markdown = [
      "[a](docs/a.md#x) ![b](docs/images/b.png) [c](https://example.org/) [d](#here)",
      "`[e](not-a-link.md)`",
      "```md",
      "[f](nor-this.md)",
      "```",
      "[g]: docs/g.md",
    ].join("\n");
    expect(relativeLinks(markdown).map((link) => link.target)).toEqual([
      "docs/a.md#x",
      "docs/images/b.png",
      "#here",
      "docs/g.md",
    ]);
  });
});

describe.each(PAGES)("%s", (page) => {
  it("links only to files that exist and headings they have", () => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
