import { useMemo } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { blocsOfCountryOn } from "../domain/memberships";
import { roleLabel } from "../domain/labels";
import { LOCALE_OF } from "../data/languages";
import { useLang, useText } from "../i18n/use-text";
import { useAtlasStore } from "../store/atlas-store";

const MAX_LISTED = 8;

/** The country under the pointer and its blocs; it follows the pointer, so it reads the store alone. */
export function HoverTooltip({ data, date }: { data: LoadedData; date: string }) {
  const hover = useAtlasStore((state) => state.hover);
  const iso3 = hover?.iso3;
  const t = useText();
  const lang = useLang();
  const lines = useMemo(() => {
    if (!iso3) return [];
    return blocsOfCountryOn(data.dataset.blocs, iso3, date).map(({ bloc, role }) =>
      role === "member"
        ? bloc.shortName
        : t("map.tooltip-bloc-role", {
            bloc: bloc.shortName,
            role: roleLabel(t, role).toLocaleLowerCase(LOCALE_OF[lang]),
          }),
    );
  }, [t, lang, data, iso3, date]);
  if (!hover) return null;
  const name = data.countries[hover.iso3]?.name ?? hover.iso3;
  const shown = lines.slice(0, MAX_LISTED);
  return (
    <div
      className="tooltip"
      role="tooltip"
      style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}
    >
      <strong>{name}</strong>
      {lines.length === 0 ? (
        <span>{t("map.tooltip-none")}</span>
      ) : (
        <span>
          {lines.length > shown.length
            ? t("map.tooltip-more", { blocs: shown.join(", "), count: lines.length - shown.length })
            : shown.join(", ")}
        </span>
      )}
    </div>
  );
}
