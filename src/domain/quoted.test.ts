import { describe, expect, it } from "vitest";
import { QUOTED_MAX_CHARS, quoted } from "./quoted";

describe("quoted", () => {
  it("quotes a short value whole", () => {
    expect(quoted("atlantis")).toBe("“atlantis”");
    expect(quoted("")).toBe("“”");
  });

  it("cuts a long value to the limit, with an ellipsis", () => {
    const shown = quoted("x".repeat(20_000));
    expect(shown).toBe(`“${"x".repeat(QUOTED_MAX_CHARS)}…”`);
  });

  it("never cuts through a character outside the BMP", () => {
    const shown = quoted("😀".repeat(QUOTED_MAX_CHARS + 5));
    expect(shown).toBe(`“${"😀".repeat(QUOTED_MAX_CHARS)}…”`);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
