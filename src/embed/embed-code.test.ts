import { describe, expect, it } from "vitest";
import { INITIAL_VIEW } from "../store/atlas-store";
import { embedLink, embedSnippet, escapeAttribute, viewLink } from "./embed-code";
import { DEFAULT_EMBED_OPTIONS } from "./embed-options";

const APP = "https://example.org/atlas/";
const asean = {
  ...INITIAL_VIEW,
  blocId: "asean",
  filters: { types: ["fta" as const], statuses: [], relations: [] },
};

describe("viewLink", () => {
  it("gives the full app's address for the view", () => {
    expect(viewLink(APP, asean, "en")).toBe("https://example.org/atlas/?bloc=asean&type=fta&lang=en");
  });

  it("gives the app's own address and the language for the empty view", () => {
    expect(viewLink(APP, INITIAL_VIEW, "vi")).toBe(`${APP}?lang=vi`);
  });
});

describe("embedLink", () => {
  it("puts embed=1 first and leaves default options out", () => {
    expect(embedLink(APP, asean, DEFAULT_EMBED_OPTIONS, "en")).toBe(
      "https://example.org/atlas/?embed=1&bloc=asean&type=fta&lang=en",
    );
  });

  it("carries the language, so the frame speaks the one it was made in", () => {
    expect(embedLink(APP, asean, DEFAULT_EMBED_OPTIONS, "ru")).toBe(
      "https://example.org/atlas/?embed=1&bloc=asean&type=fta&lang=ru",
    );
  });

  it("writes every option that differs from its default", () => {
    const options = {
      ...DEFAULT_EMBED_OPTIONS,
      legend: false,
      quote: false,
      title: false,
      theme: "dark" as const,
      interactive: false,
    };
    expect(embedLink(APP, asean, options, "en")).toBe(
      "https://example.org/atlas/?embed=1&legend=0&title=0&theme=dark&interactive=0&bloc=asean&type=fta&quote=0&lang=en",
    );
  });
});

describe("embedSnippet", () => {
  it("escapes what it quotes, so a title cannot close the attribute", () => {
    expect(escapeAttribute(`Bloc "Atlas" <&>`)).toBe("Bloc &quot;Atlas&quot; &lt;&amp;&gt;");
    const snippet = embedSnippet({
      src: "https://example.org/atlas/?embed=1&bloc=asean",
      title: `ASEAN "quoted"`,
      scriptSrc: "https://example.org/atlas/embed.js",
      height: 480,
    });
    expect(snippet).toBe(
      `<iframe src="https://example.org/atlas/?embed=1&amp;bloc=asean" title="ASEAN &quot;quoted&quot;" style="width:100%;height:480px;border:0" loading="lazy" allow="fullscreen"></iframe>\n` +
        `<script src="https://example.org/atlas/embed.js" async></script>`,
    );
  });
});
