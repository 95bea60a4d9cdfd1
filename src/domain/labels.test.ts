import { describe, expect, it } from "vitest";
import { formatDate } from "./labels";

describe("formatDate", () => {
  it("writes a date at the precision it has", () => {
    expect(formatDate("2019-02-25")).toBe("25 February 2019");
    expect(formatDate("2019-04")).toBe("April 2019");
    expect(formatDate("2019")).toBe("2019");
  });
});
