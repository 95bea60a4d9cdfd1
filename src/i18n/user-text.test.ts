import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "..");

/**
 * Attributes whose values are for the browser, not for people (ids, roles, types, links). Every
 * other attribute or prop with words in it is read or heard by someone (`aria-label`, `title`,
 * `placeholder`, a component's `heading`), so its text must come from the catalogs.
 */
const TECHNICAL_ATTRIBUTES = new Set([
  "className",
  "id",
  "key",
  "type",
  "role",
  "href",
  "rel",
  "target",
  "name",
  "htmlFor",
  "lang",
  "dir",
  "src",
  "method",
  "autoComplete",
  "inputMode",
  "enterKeyHint",
  "spellCheck",
  "translate",
  "dateTime",
  "page",
  "action",
  "variant",
  "kind",
  "tone",
  "level",
  "mode",
  "side",
  "placement",
  "sandbox",
  "allow",
  "loading",
  "referrerPolicy",
  "download",
  "accept",
  "form",
  "pattern",
  "step",
  "min",
  "max",
  "wrap",
  "scope",
]);

const isSpoken = (attribute: string): boolean =>
  ["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "aria-placeholder"].includes(
    attribute,
  ) ||
  (!attribute.startsWith("data-") &&
    !attribute.startsWith("aria-") &&
    !/(Id|Prefix|Locale|locale)$/.test(attribute) &&
    !TECHNICAL_ATTRIBUTES.has(attribute));

/** Words a person reads: a letter in any script. Digits, punctuation and symbols alone are not. */
const WORDS = /\p{L}/u;

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(file);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [file] : [];
  });
}

/** Every piece of text written straight into a component's JSX, with its line. */
export function textWrittenInto(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(SRC, file)}:${line + 1}: ${JSON.stringify(words.trim().slice(0, 60))}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && isSpoken(node.name.getText())) {
      const value = node.initializer;
      const literal = value && ts.isJsxExpression(value) ? value.expression : value;
      if (
        literal &&
        (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) &&
        WORDS.test(literal.text)
      ) {
        report(node, literal.text);
      }
    }
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const inner = node.expression;
      if (
        inner &&
        (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) &&
        WORDS.test(inner.text)
      ) {
        report(node, inner.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("text for people", () => {
  it("is found by the check when written straight into JSX", () => {
    const sample = `export const A = () => <p title="Close">Hello {"world"} <b aria-label={"Bold"}>·</b> {name} 42</p>;`;
    expect(textWrittenInto(path.join(SRC, "sample.tsx"), sample)).toHaveLength(4);
  });

  it("comes from the catalogs in every component", () => {
    const written = componentFiles(SRC).flatMap((file) => textWrittenInto(file, readFileSync(file, "utf8")));
    expect(written).toEqual([]);
  });
});
