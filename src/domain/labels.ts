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

let monthFormat: Intl.DateTimeFormat | undefined;

/** One formatter for every date: making one is the slow part of formatting (tens of ms, the first). */
function monthNames(): Intl.DateTimeFormat {
  monthFormat ??= new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });
  return monthFormat;
}

/** "25 February 2019" from "2019-02-25"; "February 2019" and "2019" at lower precision. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const monthName =
    month === undefined ? undefined : monthNames().format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
  return [day === undefined ? undefined : String(Number(day)), monthName, year]
    .filter((part) => part !== undefined)
    .join(" ");
}
