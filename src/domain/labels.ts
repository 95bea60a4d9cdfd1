import type { Translate } from "../i18n/messages";
import { LOCALE_OF, type Language } from "../data/languages";
import type { AgreementStatus, AgreementType, BlocKind, Framing, ParticipantRole } from "../data/schema";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const PRECISIONS = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One formatter per language and precision: making one is the slow part (tens of ms, the first). */
function dateFormat(lang: Language, precision: keyof typeof PRECISIONS): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_OF[lang], { ...PRECISIONS[precision], timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A dataset date at the precision it has, in the language's own way: "25 February 2019",
 * "25 февраля 2019 г.", "25 tháng 2, 2019"; "April 2019", "апрель 2019 г."; "2019".
 */
export function formatDate(iso: string, lang: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  const precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  return dateFormat(lang, precision).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** "China, India and Russia", "Китай, Индия и Россия", "Trung Quốc, Ấn Độ và Nga". */
export function formatList(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(LOCALE_OF[lang], { type: "conjunction", style: "long" }).format(items);
}

/** A bloc's kind in the page's language. */
export const kindLabel = (t: Translate, kind: BlocKind): string => t(`domain.kind.${kind}`);
export const roleLabel = (t: Translate, role: ParticipantRole): string => t(`domain.role.${role}`);
export const framingLabel = (t: Translate, framing: Framing): string => t(`domain.framing.${framing}`);
export const agreementTypeLabel = (t: Translate, type: AgreementType): string =>
  t(`domain.agreement-type.${type}`);
export const agreementStatusLabel = (t: Translate, status: AgreementStatus): string =>
  t(`domain.status.${status}`);
