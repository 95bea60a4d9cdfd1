import { describe, expect, it } from "vitest";
import { imageFileName } from "./image-file-name";

describe("imageFileName", () => {
  it("names an English title's image as before", () => {
    expect(imageFileName("ASEAN: Association of Southeast Asian Nations")).toBe(
      "bloc-atlas-asean-association-of-southeast-asian-nations.png",
    );
  });

  it("transliterates a Russian title into readable ASCII", () => {
    expect(imageFileName("АСЕАН: Ассоциация государств Юго-Восточной Азии")).toBe(
      "bloc-atlas-asean-assotsiatsiia-gosudarstv-iugo-vostochnoi-azii.png",
    );
    expect(imageFileName("ШОС и БРИКС")).toBe("bloc-atlas-shos-i-briks.png");
  });

  it("drops Vietnamese diacritics, đ included", () => {
    expect(imageFileName("Hiệp hội các quốc gia Đông Nam Á")).toBe(
      "bloc-atlas-hiep-hoi-cac-quoc-gia-dong.png",
    );
  });

  it("keeps a name with nothing to spell out short", () => {
    expect(imageFileName("«—»")).toBe("bloc-atlas.png");
  });
});
