import { useMemo, useRef } from "react";
import type { Language } from "../data/languages";
import type { LegendEntry } from "../domain/legend";
import type { Translate } from "../i18n/messages";
import { useText } from "../i18n/use-text";
import { MapView } from "../map/MapView";
import type { MapColors } from "../domain/palette";
import { IMAGE_FONT, loadImageFont } from "./image-font";
import type { DrawnMapProps } from "./map-props";

/** The size of an exported image in CSS pixels: a 16:9 slide. `scale` 2 makes it 3840×2160. */
export const IMAGE_WIDTH = 1920;
export const IMAGE_HEIGHT = 1080;

export type ImageText = {
  readonly title: string;
  readonly line: string;
  readonly legend: readonly LegendEntry[];
  readonly source: string;
};

/** One image asked for: the view and its words as they were when Download PNG was pressed. */
export type ImageRequest = {
  /** New for each press, so the same view asked for twice is drawn and saved twice. */
  readonly id: number;
  /** The map as the page shows it: the image draws the same props at the image's size. */
  readonly map: DrawnMapProps;
  readonly text: ImageText;
  readonly colors: MapColors;
  readonly fileName: string;
  /** The language of the words: the map's labels and the font files the image's text needs. */
  readonly lang: Language;
};

type ImageExportProps = {
  request: ImageRequest;
  /** The request is still to be saved; once it is, frames drawn again are not saved again. */
  pending: boolean;
  scale: 1 | 2;
  onDone: (id: number, error?: string) => void;
};

/**
 * Renders views into PNGs of their own size, whatever the window's: a second map, drawn off
 * screen at 1920×1080 (×2 for 3840×2160), with the title, legend and source line drawn into the
 * image around it, then saved. Not a screenshot of the window. The map stays once made: the next
 * image (a tour's next step) moves it to its view instead of building a new map, and between
 * images it keeps the last one's view, so it draws nothing while a presentation moves on.
 */
export function ImageExport({ request, pending, scale, onDone }: ImageExportProps) {
  const t = useText();
  const saving = useRef<number | undefined>(undefined);
  const { map, text, colors, fileName, id, lang } = request;
  const mapProps = useMemo(() => ({ ...map, padding: IMAGE_MAP_PADDING }), [map]);
  const onDrawn = (frame: HTMLCanvasElement) => {
    // A frame for an image already saved (or being saved) is not saved again.
    if (!pending || saving.current === id) return;
    saving.current = id;
    composeImage(frame, text, colors, scale, lang, t)
      .then((blob) => {
        saveBlob(blob, fileName);
        onDone(id);
      })
      .catch((error: unknown) => onDone(id, error instanceof Error ? error.message : String(error)));
  };
  return (
    <div className="image-export" aria-hidden="true" style={{ width: IMAGE_WIDTH, height: IMAGE_HEIGHT }}>
      <MapView
        {...mapProps}
        ariaLabel={t("image.map-label")}
        lang={lang}
        reducedMotion
        interactive={false}
        attribution={false}
        pixelRatio={scale}
        labelScale={1.5}
        drawRequest={id}
        onDrawn={onDrawn}
      />
    </div>
  );
}

/** Room for the title band above the map and the legend and source below it. */
const IMAGE_MAP_PADDING = { top: 150, right: 60, bottom: 110, left: 60 };

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it starts; the next task is late enough to let go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Draws the map frame with the title band above and the legend and source below it. */
async function composeImage(
  frame: HTMLCanvasElement,
  text: ImageText,
  colors: MapColors,
  scale: number,
  lang: Language,
  t: Translate,
): Promise<Blob> {
  await loadImageFont(lang);
  const canvas = document.createElement("canvas");
  canvas.width = IMAGE_WIDTH * scale;
  canvas.height = IMAGE_HEIGHT * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error(t("image.no-canvas"));
  context.scale(scale, scale);
  context.drawImage(frame, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
  // The label font the map itself uses, so the image looks the same on every machine.
  const font = (size: number, weight = 400) => `${weight} ${size}px "${IMAGE_FONT}", sans-serif`;
  const ink = colors.label;
  const band = withAlpha(colors.sea, 0.9);

  context.fillStyle = band;
  context.fillRect(0, 0, IMAGE_WIDTH, 130);
  context.fillStyle = ink;
  context.textBaseline = "alphabetic";
  context.font = font(48, 700);
  context.fillText(fit(context, text.title, IMAGE_WIDTH - 120), 60, 72);
  context.font = font(26);
  context.fillText(fit(context, text.line, IMAGE_WIDTH - 120), 60, 112);

  context.fillStyle = band;
  context.fillRect(0, IMAGE_HEIGHT - 96, IMAGE_WIDTH, 96);
  let x = 60;
  const legendY = IMAGE_HEIGHT - 52;
  context.font = font(26);
  for (const entry of text.legend) {
    context.fillStyle = entry.color;
    if (entry.shape === "swatch") context.fillRect(x, legendY - 22, 28, 28);
    else context.fillRect(x, legendY - 10, 36, 5);
    x += entry.shape === "swatch" ? 40 : 48;
    context.fillStyle = ink;
    context.fillText(entry.label, x, legendY);
    x += context.measureText(entry.label).width + 40;
  }
  context.font = font(20);
  context.fillStyle = ink;
  context.fillText(fit(context, text.source, IMAGE_WIDTH - 120), 60, IMAGE_HEIGHT - 16);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t("image.not-encoded")))), "image/png"),
  );
}

/** The text, cut with "…" to fit `width` in the context's current font. */
function fit(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** `#rrggbb` as `rgba(…, alpha)`. */
function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${String(r)}, ${String(g)}, ${String(b)}, ${String(alpha)})`;
}
