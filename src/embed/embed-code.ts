import type { Language } from "../data/languages";
import type { ViewState } from "../store/atlas-store";
import { withLanguage } from "../store/language-link";
import { serializeViewState } from "../store/url-state";
import { embedOptionParams, type EmbedOptions } from "./embed-options";

/**
 * The full app's address for a view in a language, from the app's own address
 * (`https://host/atlas/`): the view's parameters, then `lang`, so whoever follows the link reads
 * what the person who shared it read.
 */
export function viewLink(appUrl: string, view: ViewState, lang: Language): string {
  return new URL(withLanguage(serializeViewState(view, ""), lang), appUrl).href;
}

/** The embed's address for a view: the embed options first, then the view's parameters, then `lang`. */
export function embedLink(appUrl: string, view: ViewState, options: EmbedOptions, lang: Language): string {
  const base = new URLSearchParams(embedOptionParams({ ...options, embed: true })).toString();
  return new URL(withLanguage(serializeViewState(view, base), lang), appUrl).href;
}

/** Text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export type SnippetParts = {
  /** The embed's address. */
  readonly src: string;
  /** The frame's accessible name. */
  readonly title: string;
  /** embed.js, which sizes the frame from the embed's height messages. */
  readonly scriptSrc: string;
  /** The height the frame starts at, before the embed says what it wants. */
  readonly height: number;
};

/**
 * The HTML to paste into a page: a frame as wide as its column that embed.js then sizes to what the
 * embed asks for. Its height is a style, not a `height` attribute: a frame with that attribute
 * keeps its height.
 */
export function embedSnippet({ src, title, scriptSrc, height }: SnippetParts): string {
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width:100%;height:${Math.round(height)}px;border:0" loading="lazy" allow="fullscreen"></iframe>`,
    `<script src="${escapeAttribute(scriptSrc)}" async></script>`,
  ].join("\n");
}
