import type { Phrase } from "../i18n/messages";
import { useAtlasStore } from "./atlas-store";

/**
 * What the page's link asked for that it could not follow, the language first, as phrases for one
 * notice; undefined when there is nothing to say (or it was dismissed).
 */
export function useLinkProblems(): readonly Phrase[] | undefined {
  const notice = useAtlasStore((s) => s.notice);
  const languageProblem = useAtlasStore((s) => s.languageProblem);
  if (languageProblem === undefined) return notice;
  return [languageProblem, ...(notice ?? [])];
}
