import { describe, expect, it } from "vitest";
import type { Tour } from "../../src/data/tour-schema.ts";
import { paragraphsOf } from "../../src/domain/transcript.ts";
import { handoutHtml, paragraphReference } from "./handout.ts";

const transcript = "First line.\n\nSecond <line> & more.\nThird line.";
const paragraphs = paragraphsOf(transcript);

const tour: Tour = {
  id: "t",
  title: "A tour",
  description: "For the test.",
  steps: [
    { id: "one", title: "One", caption: "Caption <one>", view: {}, quote: "q2", notes: "Say “this”." },
    { id: "two", title: "Two", caption: "Caption two", view: { bloc: "asean" } },
  ],
};

describe("paragraphReference", () => {
  it("names the paragraph a quote is in, as the reader numbers them", () => {
    expect(paragraphReference({ start: 13, end: 19 }, paragraphs)).toBe("paragraph 2");
  });

  it("names both ends of a quote that runs on", () => {
    expect(paragraphReference({ start: 13, end: transcript.length }, paragraphs)).toBe("paragraphs 2–3");
  });
});

describe("handoutHtml", () => {
  const html = handoutHtml({
    tour,
    speech: { speaker: "A Speaker", place: "A Place", date: "2019-02-25" },
    quotes: [{ id: "q2", start: 13, end: 34, text: transcript.slice(13, 34) }],
    paragraphs,
    imageUrls: ["file:///out/01-one.png", "file:///out/02-two.png"],
    fontUrls: { regular: "file:///r.woff2", bold: "file:///b.woff2" },
    sourceLine: "Sources",
  });

  it("has a page per step, each with its image and its caption as the only heading", () => {
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html.match(/<h\d/g)).toHaveLength(2);
    expect(html).toContain('<img src="file:///out/02-two.png" alt="Caption two">');
    expect(html).toContain("<h1>Caption &lt;one&gt;</h1>");
  });

  it("quotes the speaker's exact words with where they are, and the notes", () => {
    expect(html).toContain("<p>“Second &lt;line&gt; &amp; more.”</p>");
    expect(html).toContain("A Speaker, A Place, 25 February 2019 · transcript, paragraph 2");
    expect(html).toContain('<p class="notes">Say “this”.</p>');
  });
});
