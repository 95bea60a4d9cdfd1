import { readFileSync } from "node:fs";
import { COLORS } from "../src/domain/palette";
import { accessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { coloursOf, pngSize } from "./png";

const ASEAN_2019 = ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"];

test.describe("in Russian", () => {
  test("a link to ASEAN shows its name, members, date and announcements in Russian, with plurals for 1, 3 and 10", async ({
    atlas,
    page,
  }) => {
    await atlas.open("?lang=ru&bloc=asean");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    expect(await atlas.highlighted()).toEqual(ASEAN_2019);
    const details = page.getByRole("complementary", { name: "Подробности" });
    await expect(details.getByRole("heading", { level: 2 })).toContainText(
      "Ассоциация государств Юго-Восточной Азии",
    );
    await expect(details.getByRole("heading", { name: "Члены на 25 февраля 2019 г. (10)" })).toBeVisible();
    await expect(details.getByRole("button", { name: "Вьетнам", exact: true })).toBeVisible();
    await expect(page.locator("header time").first()).toHaveText("25 февраля 2019 г.");
    // The bloc list counts members in Russian's plural forms: 3 "члена", 5 "членов". On a desk
    // the lists give their room to the map while ASEAN is shown: open them, as a reader would.
    await atlas.showLists();
    await expect(atlas.blocButton("ric")).toContainText(/3\s*члена/);
    await expect(atlas.blocButton("brics")).toContainText(/5\s*членов/);

    await atlas.selectBloc("ric");
    await expect(atlas.announcement()).toHaveText("РИК: выделены 3 страны-члена.");
    await atlas.selectBloc("asean");
    await expect(atlas.announcement()).toHaveText(
      "АСЕАН: выделено 10 стран-членов, 1 наблюдатель или партнёр — более светлым цветом.",
    );
  });

  test("the language switch keeps the selection and the date, and the link says the language", async ({
    atlas,
    page,
  }) => {
    await atlas.open("?bloc=asean&asof=2025-12-31");
    const before = await atlas.highlighted();
    expect(before).toContain("TLS");
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("combobox", { name: "Язык" })).toHaveValue("ru");
    expect(await atlas.highlighted()).toEqual(before);
    await expect(page.locator("header time").first()).toHaveText("25 февраля 2019 г.");
    await expect(page.locator(".as-of-line strong")).toHaveText("31 декабря 2025 г.");
    const url = new URL(page.url());
    expect(url.searchParams.get("lang")).toBe("ru");
    expect(url.searchParams.get("bloc")).toBe("asean");
    expect(url.searchParams.get("asof")).toBe("2025-12-31");
    // The map's bloc labels are in Russian too.
    await expect(
      page.getByRole("complementary", { name: "Подробности" }).getByRole("heading", { level: 2 }),
    ).toContainText("АСЕАН");
  });

  test("an embed made from the Share dialog carries the language", async ({ atlas, page }) => {
    await atlas.open("?lang=ru&bloc=asean");
    await page.getByRole("button", { name: "Поделиться", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Поделиться этим видом" });
    const code = await dialog.getByRole("textbox", { name: "Код для встраивания" }).inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, "&");
    expect(src).toBeDefined();
    const embedUrl = new URL(src ?? "");
    expect(embedUrl.searchParams.get("lang")).toBe("ru");
    expect(embedUrl.searchParams.get("embed")).toBe("1");
    await page.goto(`./${embedUrl.search}`);
    await atlas.waitForMap();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    expect(await atlas.highlighted()).toEqual(ASEAN_2019);
    await expect(page.locator("body")).toContainText("АСЕАН");
  });

  test("at 320 px the page holds with Russian's longer words", async ({ atlas, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await atlas.open("?lang=ru&bloc=asean");
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
  });
});

test.describe("in Vietnamese", () => {
  test("a presented step shows its caption and progress in Vietnamese", async ({ atlas, page }) => {
    await atlas.open("?lang=vi&present=argument&step=1");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator(".present-caption h1")).toHaveText(
      "Sau thế giới hai cực, người phát biểu thấy cục diện địa chính trị toàn cầu đang được định hình lại, theo hai cách.",
    );
    await expect(page.locator(".present-progress [data-step]")).toHaveAttribute("aria-label", "Bước 1/20");
  });

  test("a PNG in Vietnamese draws its labels from the local Vietnamese font", async ({ atlas, page }) => {
    const fontFiles: string[] = [];
    page.on("response", (response) => {
      if (/noto-sans-vietnamese-400-normal[\w-]*\.woff2$/.test(response.url()) && response.ok()) {
        fontFiles.push(response.url());
      }
    });
    await atlas.open("?lang=vi&bloc=indo-pacific");
    // The selected bloc's label is "Ấn Độ Dương – Thái Bình Dương": stacked diacritics.
    expect(fontFiles.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải PNG" }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    const colours = await coloursOf(page, bytes, COLORS.member);
    expect(colours.has).toBe(true);
    // The title in Vietnamese, its file name in ASCII.
    expect(download.suggestedFilename()).toBe("bloc-atlas-an-do-duong-thai-binh-duong.png");
    // The image's own text (title, legend) is drawn with a face that has the glyphs, loaded.
    const vietnameseFaceLoaded = await page.evaluate(() =>
      [...document.fonts].some((face) => face.status === "loaded" && /1EA0-1EF9/i.test(face.unicodeRange)),
    );
    expect(vietnameseFaceLoaded).toBe(true);
  });
});

test.describe("search in any language, with or without diacritics", () => {
  // One load per language; between searches the box is cleared and the whole list is back, so each
  // search starts from the list as a fresh load shows it.
  test(`"АСЕАН" in en finds asean`, async ({ atlas }) => {
    await atlas.open("?lang=en");
    await atlas.root.locator("input[type=search]").fill("АСЕАН");
    await expect(atlas.blocButton("asean")).toBeVisible();
  });

  test(`"АСЕАН" in ru finds asean`, async ({ atlas }) => {
    await atlas.open("?lang=ru");
    await atlas.root.locator("input[type=search]").fill("АСЕАН");
    await expect(atlas.blocButton("asean")).toBeVisible();
  });

  test(`"hiep hoi" and "Hiệp hội" in vi find asean; "Việt Nam" and "Viet Nam" find the blocs Vietnam is in`, async ({
    atlas,
  }) => {
    await atlas.open("?lang=vi");
    const search = atlas.root.locator("input[type=search]");
    const everyBloc = await atlas.blocButtons().count();
    await expect(atlas.blocButton("mesa"), "MESA in the whole list").toHaveCount(1);
    const searchAfresh = async (query: string) => {
      await search.fill("");
      await expect(atlas.blocButtons(), "the whole list, before a search").toHaveCount(everyBloc);
      await search.fill(query);
    };
    for (const query of ["hiep hoi", "Hiệp hội"]) {
      await searchAfresh(query);
      await expect(atlas.blocButton("asean"), `"${query}" finds asean`).toBeVisible();
    }
    for (const query of ["Việt Nam", "Viet Nam"]) {
      await searchAfresh(query);
      await expect(atlas.blocButton("asean"), `"${query}" finds ASEAN`).toBeVisible();
      await expect(atlas.blocButton("mesa"), `"${query}" leaves out MESA`).toHaveCount(0);
    }
  });
});

test.describe("accessible in each language", () => {
  for (const query of ["?lang=ru&bloc=asean", "?lang=vi&bloc=asean", "?lang=vi&present=argument&step=6"]) {
    test(`axe finds nothing at ${query}`, async ({ atlas, page }) => {
      await atlas.open(query);
      expect(await accessibilityViolations(page, query)).toEqual([]);
      // Quotes are the English record, marked so.
      const quotes = page.locator("blockquote, .quote-text, .present-quote");
      for (const quote of await quotes.all()) {
        await expect(quote.locator("xpath=ancestor-or-self::*[@lang][1]")).toHaveAttribute("lang", "en");
      }
    });
  }
});
