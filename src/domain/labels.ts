import type { Translate } from "../i18n/messages";
import { LOCALE_OF, type Language } from "../data/languages";
import type { AgreementStatus, AgreementType, BlocKind, Framing, ParticipantRole } from "../data/schema";

export const KIND_LABELS: Record<BlocKind, string> = {
  "international-organization": "International organisation",
  organ: "Organ",
  "economic-union": "Economic union",
  "regional-organization": "Regional organisation",
  "security-organization": "Security organisation",
  forum: "Forum",
  "dialogue-format": "Dialogue format",
  group: "Group",
  alliance: "Alliance",
  initiative: "Initiative",
  "regional-concept": "Regional concept",
  "expert-forum": "Expert forum",
};

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  member: "Member",
  observer: "Observer",
  "dialogue-partner": "Dialogue partner",
  partner: "Partner country",
  "proposed-member": "Proposed member",
  promoter: "Promoter",
  courted: "Courted",
};

export const FRAMING_LABELS: Record<Framing, string> = {
  natural: "Natural integration, as the speaker frames it",
  artificial: "Artificial construct, as the speaker frames it",
};

export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  fta: "Free trade agreement",
  mou: "Memorandum of understanding",
  "trade-cooperation": "Trade and economic cooperation agreement",
  "code-of-conduct": "Code of conduct",
  "leaders-statement": "Leaders' statement",
  "joint-statement": "Joint statement",
  convention: "Convention",
  charter: "Charter",
  "strategic-partnership": "Strategic partnership",
  decision: "Decision",
  "informal-agreement": "Informal agreement",
  plan: "Plan",
  proposal: "Proposal",
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  "in-force": "In force",
  signed: "Signed",
  adopted: "Adopted",
  "under-negotiation": "Under negotiation",
  "under-discussion": "Under discussion",
  proposed: "Proposed",
  concluded: "Talks concluded",
  lapsed: "Lapsed",
};

/**
 * Beside a statement of a current status, with the day the record was last checked
 * (`statusCheckedOn`): "status last checked: 2 December 2026". One plain string until the
 * interface has translation catalogs.
 */
export const STATUS_LAST_CHECKED = "status last checked";

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
export function formatDate(iso: string, lang: Language = "en"): string {
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
