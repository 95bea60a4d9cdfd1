import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import {
  EMBEDDED_BASE,
  decodeEmbeddedFile,
  embeddedPathOf,
  parseEmbeddedFiles,
} from "../../src/data/embedded-files";
import { encodeEmbeddedFile, filesUnder, inlineScriptText, serializeEmbeddedFiles } from "./standalone";

describe("a file carried inside the page", () => {
  test("UTF-8 text travels as text and comes back byte for byte", () => {
    const bytes = new TextEncoder().encode('{"name":"Việt Nam — “ASEAN”"}\n');
    const file = encodeEmbeddedFile(bytes);
    expect(file).toEqual({ text: '{"name":"Việt Nam — “ASEAN”"}\n' });
    expect(decodeEmbeddedFile(file)).toEqual(bytes);
  });

  test("binary (not UTF-8, or with control bytes) travels as base64 and comes back byte for byte", () => {
    for (const bytes of [
      new Uint8Array([0x1a, 0xff, 0xfe, 0x00, 0x80]),
      new Uint8Array([0x1a, 0x02, 0x41, 0x00]),
    ]) {
      const file = encodeEmbeddedFile(bytes);
      expect(file).toHaveProperty("base64");
      expect(decodeEmbeddedFile(file)).toEqual(bytes);
    }
  });
});

describe("the table of files in the page", () => {
  test("holds text that would end its script element, and parses back to the same files", () => {
    const files = { "assets/a.json": { text: '"</script><!-- <script>"' }, "geo/x.pbf": { base64: "AAE=" } };
    const serialized = serializeEmbeddedFiles(files);
    expect(serialized).not.toMatch(/<\/script|<!--|<script/i);
    expect(parseEmbeddedFiles(serialized)).toEqual(files);
  });

  test("a table of anything else is refused", () => {
    expect(() => parseEmbeddedFiles('{"a.json":{"bytes":"AAE="}}')).toThrow("is not a table of files");
  });
});

describe("embeddedPathOf", () => {
  test("is the path after the page's own prefix, without query or fragment", () => {
    expect(embeddedPathOf(`${EMBEDDED_BASE}geo/tiles/2/3/1.pbf`)).toBe("geo/tiles/2/3/1.pbf");
    expect(embeddedPathOf(`${EMBEDDED_BASE}assets/worker.mjs?v=6#x`)).toBe("assets/worker.mjs");
  });

  test("is undefined for any URL outside the page", () => {
    expect(embeddedPathOf("file:///media/usb/geo/country-index.json")).toBeUndefined();
    expect(embeddedPathOf("https://example.org/bloc-atlas://app/x")).toBeUndefined();
  });
});

describe("inlineScriptText", () => {
  test("escapes every `</script` so the element ends where the build ends it", () => {
    const code = 'const a = "</script>", b = `</SCRIPT >`;';
    const inlined = inlineScriptText(code);
    expect(inlined).not.toMatch(/<\/script/i);
    // The escaped text is the same program.
    expect(runInNewContext(`${inlined}; [a, b];`)).toEqual(["</script>", "</SCRIPT >"]);
  });

  test("refuses `<!--`, which an inline script cannot carry safely", () => {
    expect(() => inlineScriptText('const a = "<!--";')).toThrow("<!--");
  });
});

test("filesUnder lists every file below a folder, nested ones too, with forward slashes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "files-under-"));
  try {
    mkdirSync(path.join(dir, "tiles/0/0"), { recursive: true });
    writeFileSync(path.join(dir, "tiles/0/0/0.pbf"), "");
    writeFileSync(path.join(dir, "country-index.json"), "{}");
    expect(filesUnder(dir)).toEqual(["country-index.json", "tiles/0/0/0.pbf"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
