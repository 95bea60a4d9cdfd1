import { describe, expect, it } from "vitest";
import { readCheckedData } from "./dataset-files";
import { countryIndexIn } from "./country-names";

describe("countryIndexIn", () => {
  const { countries } = readCheckedData();

  it("names the countries in Russian and Vietnamese", () => {
    expect(countryIndexIn("ru", countries).VNM?.name).toBe("Вьетнам");
    expect(countryIndexIn("ru", countries).RUS?.name).toBe("Россия");
    expect(countryIndexIn("vi", countries).VNM?.name).toBe("Việt Nam");
    expect(countryIndexIn("vi", countries).RUS?.name).toBe("Nga");
  });

  it("keeps English as the geometry names it, and everything but the name", () => {
    expect(countryIndexIn("en", countries)).toBe(countries);
    expect({ ...countryIndexIn("ru", countries).VNM!, name: "" }).toEqual({ ...countries.VNM!, name: "" });
  });

  it("gives every country a name", () => {
    for (const lang of ["ru", "vi"] as const) {
      for (const entry of Object.values(countryIndexIn(lang, countries)))
        expect(entry.name.length).toBeGreaterThan(0);
    }
  });
});
