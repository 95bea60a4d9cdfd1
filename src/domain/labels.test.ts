import { describe, expect, it } from "vitest";
import { formatDate, formatList } from "./labels";

describe("formatDate", () => {
  it("writes a date at the precision it has", () => {
    expect(formatDate("2019-02-25", "en")).toBe("25 February 2019");
    expect(formatDate("2019-04", "en")).toBe("April 2019");
    expect(formatDate("2019", "en")).toBe("2019");
  });

  it("writes it in Russian and Vietnamese through Intl", () => {
    expect(formatDate("2019-02-25", "ru")).toBe("25 февраля 2019 г.");
    // A month alone is named, not declined: "апрель", not "апреля".
    expect(formatDate("2019-04", "ru")).toBe("апрель 2019 г.");
    expect(formatDate("2019-02-25", "vi")).toMatch(/^25 tháng 2,? (năm )?2019$/);
  });
});

describe("formatList", () => {
  it("joins in each language's way", () => {
    expect(formatList(["China", "India", "Russia"], "en")).toBe("China, India and Russia");
    expect(formatList(["Китай", "Индия", "Россия"], "ru")).toBe("Китай, Индия и Россия");
    expect(formatList(["Trung Quốc", "Nga"], "vi")).toBe("Trung Quốc và Nga");
  });
});
