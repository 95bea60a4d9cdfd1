import { describe, expect, it } from "vitest";
import { paragraphsOf, piecesOf, searchTranscript, voiceOf } from "./transcript";

const text = "Title\n\nASEAN and the SCO.  Both.\nTo be continued";

describe("paragraphsOf", () => {
  it("numbers the non-empty lines and keeps their offsets", () => {
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => [p.number, p.start, p.end])).toEqual([
      [1, 0, 5],
      [2, 7, 32],
      [3, 33, 48],
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("piecesOf", () => {
  const paragraph = paragraphsOf(text)[1]!;
  const quote = (id: string, start: number, end: number) => ({
    id,
    start,
    end,
    text: text.slice(start, end),
    about: ["x"],
  });
  const shape = (pieces: ReturnType<typeof piecesOf>) =>
    pieces.map((p) => [
      p.quoteIds,
      p.runs.map((r) => (r.hit === undefined ? r.text : `[${r.text}]`)).join(""),
    ]);

  it("cuts at quote boundaries, keeping transcript offsets and every character", () => {
    const pieces = piecesOf(paragraph, [quote("q1", 7, 12), quote("q2", 21, 25)], []);
    expect(shape(pieces)).toEqual([
      [["q1"], "ASEAN"],
      [[], " and the "],
      [["q2"], "SCO."],
      [[], "  Both."],
    ]);
    expect(pieces.flatMap((p) => p.runs.map((r) => r.text)).join("")).toBe(paragraph.text);
    expect(pieces[2]).toMatchObject({ start: 21, end: 25 });
  });

  it("joins overlapping quotes into one passage and marks search hits inside", () => {
    const pieces = piecesOf(paragraph, [quote("q1", 7, 25), quote("q2", 21, 32)], [{ start: 14, end: 17 }]);
    expect(shape(pieces)).toEqual([[["q1", "q2"], "ASEAN a[nd ]the SCO.  Both."]]);
  });
});

describe("searchTranscript", () => {
  it("finds every match ignoring case, with transcript offsets", () => {
    expect(searchTranscript(text, "sco")).toEqual([{ start: 21, end: 24 }]);
    expect(searchTranscript("Côte cote", "cote")).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });

  it("ignores a query of less than two characters", () => {
    expect(searchTranscript(text, " a ")).toEqual([]);
  });
});

describe("voiceOf", () => {
  it("tells the publisher's title and framing from the speaker's words", () => {
    const framing = { opening: 2, closing: 2 };
    expect([1, 2, 3, 25, 26, 27].map((n) => voiceOf(n, 27, framing))).toEqual([
      "title",
      "publisher",
      "speaker",
      "speaker",
      "publisher",
      "publisher",
    ]);
  });

  it("gives every paragraph to the speaker where the dataset says nothing of framing", () => {
    expect(voiceOf(1, 27, undefined)).toBe("speaker");
  });
});
