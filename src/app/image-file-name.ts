/**
 * Russian letters in Latin ones, as passports write them (ICAO Doc 9303): a file name that any
 * system, mail client or slide tool keeps as it is, and that still reads ("shos", "briks").
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "ie",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

/** A title's letters in ASCII: Cyrillic transliterated, Vietnamese and other accents dropped (đ as d). */
function toAscii(title: string): string {
  return Array.from(title.toLowerCase(), (char) => CYRILLIC_TO_LATIN[char] ?? char)
    .join("")
    .replace(/đ/g, "d")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * "bloc-atlas-asean.png" from a view's title in any of the app's languages: lower case, words
 * joined by hyphens, ASCII only ("АСЕАН" gives "bloc-atlas-asean.png", "Hiệp hội" "…-hiep-hoi").
 */
export function imageFileName(title: string): string {
  const slug = toAscii(title)
    .replace(/[^\w\s-]/g, "")
    .trim()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return `bloc-atlas${slug ? `-${slug}` : ""}.png`;
}
