import * as z from "zod/mini";
import { RELATIONS, STATUS_GROUPS } from "../data/vocabulary";
import { AgreementType } from "./schema";
import { EntityId, Iso3, IsoDate } from "./schema-primitives";

/** Text with something in it besides spaces: a caption a presenter can read out. */
const Said = z.string().check(z.regex(/\S/, "must not be empty"));

/**
 * What a step shows, in the URL's own parameters (`bloc`, `compare`, `agreement`, `cochair`,
 * `country`, `type`, `status`, `relation`, `asof`, `since`, `roles`), so a step is a link and a
 * link is a step. `asof` may also be "today": the day the tour is shown; `since` "speech".
 * A comparison is two blocs (`"compare": ["brics", "sco"]`), or one bloc between `since` and `asof`.
 */
export const TourView = z.strictObject({
  bloc: z.optional(EntityId),
  compare: z.optional(z.tuple([EntityId, EntityId])),
  agreement: z.optional(EntityId),
  cochair: z.optional(EntityId),
  country: z.optional(Iso3),
  type: z.optional(z.array(AgreementType)),
  status: z.optional(z.array(z.enum(STATUS_GROUPS))),
  relation: z.optional(z.array(z.enum(RELATIONS))),
  asof: z.optional(z.union([IsoDate, z.literal("today")])),
  since: z.optional(z.union([IsoDate, z.literal("speech")])),
  roles: z.optional(z.enum(["members", "all"])),
});

export const TourStep = z.strictObject({
  id: EntityId,
  /** A few words, for the step list of the speaker view. */
  title: Said,
  /** The presenter's words on screen: a sentence or two. */
  caption: Said,
  view: TourView,
  /** The speaker's words for the step, by quote id. */
  quote: z.optional(EntityId),
  /**
   * The step goes back to words an earlier step reached (a comparison, then and now). In a tour
   * that follows the speech it stands outside the order: its quote must not be beyond the furthest
   * an earlier step reached, and it does not move the order on.
   */
  revisit: z.optional(z.literal(true)),
  /** For the speaker view only. */
  notes: z.optional(Said),
});

/** A guided tour of the speech: `data/tours/<id>.json`. */
export const Tour = z.strictObject({
  id: EntityId,
  title: Said,
  description: Said,
  /**
   * Set where the tour says it follows the speech: `npm run validate` then checks that each step's
   * quote starts at or after the quotes of the steps before it (by transcript offset), steps marked
   * `revisit` apart. A tour that does not set it must not claim to follow the speech's order.
   */
  followsSpeech: z.optional(z.literal(true)),
  steps: z.array(TourStep).check(z.minLength(1, "a tour needs at least one step")),
});

export type TourView = z.infer<typeof TourView>;
export type TourStep = z.infer<typeof TourStep>;
export type Tour = z.infer<typeof Tour>;
