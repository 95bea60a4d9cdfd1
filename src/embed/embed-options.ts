import * as z from "zod/mini";
import { quoted } from "../domain/quoted";
import { phrase, type Phrase } from "../i18n/messages";
import { HIDDEN_QUOTE } from "../store/url-state";

export type Theme = "light" | "dark" | "auto";

/** How an embedded view looks and behaves; everything here is read from the URL and nothing else. */
export type EmbedOptions = {
  /** `?embed=1`: the compact page for an iframe instead of the full app. */
  readonly embed: boolean;
  readonly legend: boolean;
  /** The key quote box (`quote=0` hides it; any other `quote=` value names the quote to show). */
  readonly quote: boolean;
  readonly title: boolean;
  readonly theme: Theme;
  /** False: a still map, no pan or zoom; a click opens the country in the full app. */
  readonly interactive: boolean;
  /**
   * The only origins whose commands the host API obeys and to which it posts; undefined: any
   * origin (the API changes only what the viewer sees).
   */
  readonly origins: readonly string[] | undefined;
};

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  embed: false,
  legend: true,
  quote: true,
  title: true,
  theme: "light",
  interactive: true,
  origins: undefined,
};

/** The parameters this codec owns, in the order a link writes them. */
export const EMBED_PARAMS = ["embed", "legend", "title", "theme", "interactive", "origin"] as const;

const Flag = z.enum(["0", "1"]);
const ThemeParam = z.enum(["light", "dark", "auto"]);

/** `https://a.example` (an origin: scheme, host and port, no path). */
function originOf(raw: string): string | undefined {
  if (!URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  // A path, query or fragment means the value is a URL, not an origin: say so rather than guess.
  if (raw.replace(/\/$/, "") !== url.origin) return undefined;
  return url.origin;
}

export type ParsedEmbedOptions = { readonly options: EmbedOptions; readonly problems: readonly Phrase[] };

/**
 * Reads the embed options from a query string. A value that is not understood is left at its
 * default and named in `problems`, for the page's notice, said in the language it is shown in.
 */
export function parseEmbedOptions(search: string): ParsedEmbedOptions {
  const params = new URLSearchParams(search);
  const problems: Phrase[] = [];
  const flag = (key: "embed" | "legend" | "title" | "interactive", fallback: boolean): boolean => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const parsed = Flag.safeParse(raw);
    if (!parsed.success) {
      problems.push(phrase("embed.not-a-flag", { value: quoted(raw), key }));
      return fallback;
    }
    return parsed.data === "1";
  };

  // In the order a link writes them, so the notice reads in the same order.
  const embed = flag("embed", DEFAULT_EMBED_OPTIONS.embed);
  const legend = flag("legend", DEFAULT_EMBED_OPTIONS.legend);
  const title = flag("title", DEFAULT_EMBED_OPTIONS.title);

  const rawTheme = params.get("theme");
  let theme = DEFAULT_EMBED_OPTIONS.theme;
  if (rawTheme !== null) {
    const parsed = ThemeParam.safeParse(rawTheme);
    if (parsed.success) theme = parsed.data;
    else problems.push(phrase("embed.not-a-theme", { value: quoted(rawTheme) }));
  }

  const rawOrigins = params.get("origin");
  let origins: string[] | undefined;
  if (rawOrigins !== null) {
    const values = rawOrigins
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
    const valid = values.flatMap((value) => {
      const origin = originOf(value);
      if (origin === undefined) problems.push(phrase("embed.not-an-origin", { value: quoted(value) }));
      return origin === undefined ? [] : [origin];
    });
    // A list that was meant to restrict stays restrictive even when every entry is malformed.
    origins = [...new Set(valid)];
  }
  const interactive = flag("interactive", DEFAULT_EMBED_OPTIONS.interactive);

  return {
    options: {
      embed,
      legend,
      quote: params.get("quote") !== HIDDEN_QUOTE,
      title,
      theme,
      interactive,
      origins,
    },
    problems,
  };
}

/** The options as query parameters, defaults left out, so a link stays short and readable. */
export function embedOptionParams(options: EmbedOptions): [string, string][] {
  const entries: [string, string][] = [];
  if (options.embed) entries.push(["embed", "1"]);
  if (!options.legend) entries.push(["legend", "0"]);
  if (!options.quote) entries.push(["quote", HIDDEN_QUOTE]);
  if (!options.title) entries.push(["title", "0"]);
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) entries.push(["theme", options.theme]);
  if (!options.interactive) entries.push(["interactive", "0"]);
  if (options.origins !== undefined) entries.push(["origin", options.origins.join(",")]);
  return entries;
}
