import { describe, expect, it } from "vitest";
import en from "../i18n/catalogs/en";
import ru from "../i18n/catalogs/ru";
import { flattenCatalog } from "../i18n/messages";
import { say, translatorFor } from "../i18n/translate";
import { DEFAULT_EMBED_OPTIONS, embedOptionParams, parseEmbedOptions } from "./embed-options";

const english = translatorFor("en", flattenCatalog(en));
const russian = translatorFor("ru", flattenCatalog(ru));

describe("parseEmbedOptions", () => {
  it("reads every option", () => {
    const { options, problems } = parseEmbedOptions(
      "?embed=1&legend=0&quote=0&title=0&theme=dark&interactive=0&origin=https://a.example,http://localhost:8080/",
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      embed: true,
      legend: false,
      quote: false,
      title: false,
      theme: "dark",
      interactive: false,
      origins: ["https://a.example", "http://localhost:8080"],
    });
  });

  it("takes a quote id as a quote to show, not as a hidden box", () => {
    expect(parseEmbedOptions("?embed=1&quote=ric-origin").options.quote).toBe(true);
  });

  it("keeps the default of a value it cannot read and says why", () => {
    const { options, problems } = parseEmbedOptions(
      "?embed=yes&theme=sepia&origin=https://a.example/path,ftp://b.example",
    );
    expect(options).toEqual({ ...DEFAULT_EMBED_OPTIONS, origins: [] });
    expect(problems.map((problem) => say(english, problem))).toEqual([
      "“yes” is not a value for embed (0 or 1)",
      "“sepia” is not a theme (light, dark or auto)",
      "“https://a.example/path” is not an origin (like https://example.org)",
      "“ftp://b.example” is not an origin (like https://example.org)",
    ]);
    expect(problems.map((problem) => say(russian, problem))[1]).toBe(
      "“sepia” — не вариант оформления (light, dark или auto)",
    );
  });

  it("leaves the options at their defaults without parameters", () => {
    expect(parseEmbedOptions("")).toEqual({ options: DEFAULT_EMBED_OPTIONS, problems: [] });
  });
});

describe("embedOptionParams", () => {
  it("round-trips through the URL", () => {
    const options = {
      ...DEFAULT_EMBED_OPTIONS,
      embed: true,
      quote: false,
      theme: "auto" as const,
      origins: ["https://a.example"],
    };
    const search = new URLSearchParams(embedOptionParams(options)).toString();
    expect(parseEmbedOptions(search).options).toEqual(options);
  });

  it("writes nothing for the defaults", () => {
    expect(embedOptionParams(DEFAULT_EMBED_OPTIONS)).toEqual([]);
  });
});
