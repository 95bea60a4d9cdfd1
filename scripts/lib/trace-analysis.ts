import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { SourceMapConsumer } from "source-map-js";

/** The window a traced load runs in: the app's usual desk size, as the benchmark's. */
export const TRACE_VIEWPORT = { width: 1280, height: 800 };

/** The buckets that are MapLibre's, the engine's or no one's: everything else is the app's own work. */
const NOT_THE_APPS = /^(MapLibre|garbage collection|native, no script caller)/;

/** The app's own main-thread JavaScript in a run (React, the store, the app's modules), in ms. */
export function appOwnMs(run: RunResult): number {
  return Object.entries(run.mainBuckets)
    .filter(([bucket]) => !NOT_THE_APPS.test(bucket))
    .reduce((sum, [, ms]) => sum + ms, 0);
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
].join(",");

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      timeDeltas?: number[];
      frame?: string;
      url?: string;
      documentLoaderURL?: string;
    };
  };
};
type CallFrame = {
  functionName?: string;
  url?: string;
  scriptId?: number;
  lineNumber?: number;
  columnNumber?: number;
};

/** Which bucket a source file (as the source map names it) falls in. */
function bucketOfSource(source: string): string {
  const rules: [RegExp, string][] = [
    [/node_modules\/maplibre-gl\//, "MapLibre"],
    [/node_modules\/(react|react-dom|scheduler)\//, "React"],
    [/node_modules\/zod\//, "zod (dataset schema)"],
    [/node_modules\/@turf\/|node_modules\/(robust-predicates|polyclip-ts|rbush|sweepline)/, "turf"],
    [/node_modules\/topojson-client\//, "TopoJSON → GeoJSON"],
    [/node_modules\/zustand\//, "store"],
    [/src\/data\//, "dataset load and checks"],
    [/src\/domain\//, "derived view (src/domain)"],
    [/src\/store\//, "store"],
    [/src\/map\//, "MapView"],
    [/src\/(components|app)\//, "components"],
  ];
  for (const [pattern, bucket] of rules) if (pattern.test(source)) return bucket;
  return `other: ${source.replace(/^.*node_modules\//, "")}`;
}

/** Maps a sampled frame to its original source through the served file's source map. */
class FrameMapper {
  private readonly consumers = new Map<string, SourceMapConsumer | undefined>();
  constructor(
    private readonly distDir: string,
    private readonly baseUrl: string,
  ) {}

  /** The trace names a script's URL on its first frame only; later frames give its id. */
  private readonly scriptUrls = new Map<string, string>();

  remember(pid: number, frame: CallFrame): void {
    if (frame.url) this.scriptUrls.set(`${pid}:${frame.scriptId ?? 0}`, frame.url);
  }

  bucketOf(pid: number, frame: CallFrame): string | undefined {
    const scriptKey = `${pid}:${frame.scriptId ?? 0}`;
    const url = frame.url ?? this.scriptUrls.get(scriptKey);
    if (!url?.startsWith(this.baseUrl)) return undefined;
    const relative = url.slice(this.baseUrl.length).split("?")[0] ?? "";
    // MapLibre's worker is its prebuilt file, copied as is.
    if (/maplibre-gl-worker.*\.mjs$/.test(relative)) return "MapLibre worker (tiling, parsing, layout)";
    const consumer = this.consumerFor(relative);
    if (!consumer) return `unmapped: ${relative}`;
    const position = consumer.originalPositionFor({
      line: (frame.lineNumber ?? 0) + 1,
      column: frame.columnNumber ?? 0,
    });
    return position.source ? bucketOfSource(position.source) : `unmapped: ${relative}`;
  }

  private consumerFor(relative: string): SourceMapConsumer | undefined {
    if (!this.consumers.has(relative)) {
      let consumer: SourceMapConsumer | undefined;
      try {
        const raw = readFileSync(path.join(this.distDir, `${relative}.map`), "utf8");
        consumer = new SourceMapConsumer(
          JSON.parse(raw) as ConstructorParameters<typeof SourceMapConsumer>[0],
        );
      } catch {
        consumer = undefined;
      }
      this.consumers.set(relative, consumer);
    }
    return this.consumers.get(relative);
  }
}

/** Self time (ms) per bucket from the V8 samples of one thread; native frames count for their caller. */
function samplesByBucket(events: TraceEvent[], pid: number, tid: number, mapper: FrameMapper, until: number) {
  const nodes = new Map<number, { parent?: number; callFrame: CallFrame }>();
  const totals = new Map<string, number>();
  const profileIds = new Set(
    events.filter((e) => e.name === "Profile" && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  let time: number | undefined;
  const start = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid)?.ts ?? 0;
  time = start;
  for (const event of events) {
    if (event.name !== "ProfileChunk" || event.pid !== pid || !profileIds.has(event.id)) continue;
    const profile = event.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) {
      nodes.set(node.id, node);
      mapper.remember(pid, node.callFrame);
    }
    const samples = profile?.samples ?? [];
    const deltas = event.args?.data?.timeDeltas ?? [];
    samples.forEach((nodeId, i) => {
      const delta = deltas[i] ?? 0;
      time = (time ?? 0) + delta;
      if (time > until) return;
      const next = deltas[i + 1] ?? 0;
      let bucket: string | undefined;
      let node = nodes.get(nodeId);
      const leafName = node?.callFrame.functionName ?? "";
      if (leafName === "(idle)" || leafName === "(program)" || leafName === "(root)") return;
      if (leafName === "(garbage collector)") bucket = "garbage collection";
      while (!bucket && node) {
        bucket = mapper.bucketOf(pid, node.callFrame);
        node = node.parent === undefined ? undefined : nodes.get(node.parent);
      }
      bucket ??= "native, no script caller";
      totals.set(bucket, (totals.get(bucket) ?? 0) + Math.max(0, next) / 1000);
    });
  }
  return totals;
}

export type RunResult = {
  readyMs: number;
  marks: Record<string, number>;
  resources: Record<string, number>;
  mainBuckets: Record<string, number>;
  mainTaskMs: number;
  commitMs: number;
  animationFrames: number;
  longTaskBlockingMs: number;
  longTasks: number[];
  workerBuckets: Record<string, number>;
  workerTaskMs: number;
};

const READY_PROBE = `
  window.__traceReadyAt = undefined;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (window.__traceReadyAt === undefined && el.dataset && el.dataset.ready === "true") {
        window.__traceReadyAt = performance.now();
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
`;

function kindOf(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.includes("/geo/")) return "geometry";
  if (/maplibre-gl-worker/.test(pathname)) return "worker script";
  if (/\.(js|mjs)$/.test(pathname)) return "js";
  if (pathname.endsWith(".css")) return "css";
  if (pathname.endsWith(".woff2")) return "font";
  if (/\/assets\/.*\.(json|txt)$/.test(pathname)) return "data";
  return "other";
}

export async function traceOnce(
  browser: Browser,
  distDir: string,
  baseUrl: string,
  url: string,
  rawOut?: string,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: TRACE_VIEWPORT, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await browser.startTracing(page, { categories: CATEGORIES.split(",") });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __traceReadyAt?: number }).__traceReadyAt, null, {
    timeout: 60_000,
  });
  const timing = await page.evaluate(() => ({
    readyAt: (window as unknown as { __traceReadyAt: number }).__traceReadyAt,
    timeOrigin: performance.timeOrigin,
    resources: performance
      .getEntriesByType("resource")
      .map((r) => ({ name: r.name, end: (r as PerformanceResourceTiming).responseEnd })),
    marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime })),
  }));
  const buffer = await browser.stopTracing();
  await context.close();
  if (rawOut) writeFileSync(rawOut, buffer);
  const { traceEvents } = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };

  const threadNames = new Map<string, string>();
  for (const e of traceEvents) {
    if (e.name === "thread_name" && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  // The page's main thread is the one whose navigationStart loaded the app's URL.
  const navigation = traceEvents.find(
    (e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.startsWith(baseUrl),
  );
  if (!navigation) throw new Error("no navigationStart for the app in the trace");
  const { pid: mainPid, tid: mainTid, ts: navStart } = navigation;
  const workers = [...threadNames]
    .filter(([key, name]) => name === "DedicatedWorker thread" && key.startsWith(`${mainPid}:`))
    .map(([key]) => key.split(":").map(Number) as [number, number]);
  const until = navStart + timing.readyAt * 1000;

  const mapper = new FrameMapper(distDir, baseUrl);
  const tasksOf = (pid: number, tid: number) =>
    traceEvents.filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.name === "RunTask" &&
        e.ph === "X" &&
        e.ts >= navStart &&
        e.ts < until,
    );
  const mainTasks = tasksOf(mainPid, mainTid);
  const mainEvents = (name: string) =>
    traceEvents.filter(
      (e) =>
        e.pid === mainPid &&
        e.tid === mainTid &&
        e.name === name &&
        e.ph === "X" &&
        e.ts >= navStart &&
        e.ts < until,
    );
  // With software WebGL the compositor's commit waits for the map's frame to be drawn: drawing time.
  const commitMs = mainEvents("Commit").reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const animationFrames = mainEvents("FireAnimationFrame").length;
  const longTasks = mainTasks.map((e) => (e.dur ?? 0) / 1000).filter((ms) => ms > 50);
  const workerBuckets = new Map<string, number>();
  let workerTaskMs = 0;
  for (const [pid, tid] of workers) {
    workerTaskMs += tasksOf(pid, tid).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    for (const [bucket, ms] of samplesByBucket(traceEvents, pid, tid, mapper, until))
      workerBuckets.set(bucket, (workerBuckets.get(bucket) ?? 0) + ms);
  }
  const resources: Record<string, number> = {};
  for (const r of timing.resources) {
    const kind = kindOf(r.name);
    resources[kind] = Math.max(resources[kind] ?? 0, r.end);
  }
  return {
    readyMs: timing.readyAt,
    marks: Object.fromEntries(timing.marks.map((m) => [m.name, m.at])),
    resources,
    mainBuckets: Object.fromEntries(samplesByBucket(traceEvents, mainPid, mainTid, mapper, until)),
    commitMs,
    animationFrames,
    mainTaskMs: mainTasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    longTaskBlockingMs: longTasks.reduce((sum, ms) => sum + ms - 50, 0),
    longTasks,
    workerBuckets: Object.fromEntries(workerBuckets),
    workerTaskMs,
  };
}
