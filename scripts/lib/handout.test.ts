import { describe, expect, it } from "vitest";
import type { Tour } from "../../src/data/tour-schema.ts";
import { paragraphsOf } from "../../src/domain/transcript.ts";
import en from "../../src/i18n/catalogs/en.ts";
import ru from "../../src/i18n/catalogs/ru.ts";
import { flattenCatalog } from "../../src/i18n/messages.ts";
import { translatorFor } from "../../src/i18n/translate.ts";
import { handoutHtml, paragraphReference, type HandoutInput } from "./handout.ts";

const english = translatorFor("en", flattenCatalog(en));
const russian = translatorFor("ru", flattenCatalog(ru));

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
    expect(paragraphReference({ start: 13, end: 19 }, paragraphs, english)).toBe("paragraph 2");
    expect(paragraphReference({ start: 13, end: 19 }, paragraphs, russian)).toBe("абзац 2");
  });

  it("names both ends of a quote that runs on", () => {
    expect(paragraphReference({ start: 13, end: transcript.length }, paragraphs, english)).toBe(
      "paragraphs 2–3",
    );
  });
});

describe("handoutHtml", () => {
  const input: HandoutInput = {
    tour,
    speech: { speaker: "A Speaker", place: "A Place", date: "2019-02-25" },
    quotes: [{ id: "q2", start: 13, end: 34, text: transcript.slice(13, 34) }],
    paragraphs,
    imageUrls: ["file:///out/01-one.png", "file:///out/02-two.png"],
    fontCss: "@font-face { font-family: 'Noto Sans'; src: url(file:///r.woff2); }",
    sourceLine: "Sources",
    lang: "en",
    t: english,
  };
  const html = handoutHtml(input);

  it("has a page per step, each with its image and its caption as the only heading", () => {
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html.match(/<h\d/g)).toHaveLength(2);
    expect(html).toContain('<img src="file:///out/02-two.png" alt="Caption two">');
    expect(html).toContain("<h1>Caption &lt;one&gt;</h1>");
  });

  it("quotes the speaker's exact words with where they are, and the notes", () => {
    expect(html).toContain('<p lang="en">“Second &lt;line&gt; &amp; more.”</p>');
    expect(html).toContain("A Speaker, A Place, 25 February 2019 · transcript, paragraph 2");
    expect(html).toContain('<p class="notes">Say “this”.</p>');
  });

  it("speaks the handout's language, its dates through Intl, and keeps the quote in English", () => {
    const russianHtml = handoutHtml({ ...input, lang: "ru", t: russian });
    expect(russianHtml).toContain('<html lang="ru">');
    expect(russianHtml).toContain('<p lang="en">“Second &lt;line&gt; &amp; more.”</p>');
    expect(russianHtml).toContain("A Speaker, A Place, 25 февраля 2019 г. · стенограмма, абзац 2");
    expect(russianHtml).toContain("A tour · шаг 1 из 2 · One");
    expect(russianHtml).toContain("английской стенограмме");
    expect(html).not.toContain('english-record">');
  });
});
