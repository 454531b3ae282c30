// Timing helpers for the benchmarks. Every result is a ratio between two things measured in the same run,
// never a number compared with a fixed threshold: these machines are shared and noisy.

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

let sink = 0;
/** Keeps results alive so the engine cannot drop the work that produced them. */
export function consume(value: unknown): void {
  if (typeof value === "number") sink += value;
  else if (Array.isArray(value)) sink += value.length;
  else if (value !== null && value !== undefined) sink += 1;
}
export function sinkValue(): number {
  return sink;
}

/**
 * Nanoseconds per call of `run`: the median over `batches` batches, each long enough (about `batchMs`) to
 * make timer resolution irrelevant.
 */
export function timePerCall(run: () => unknown, { batches = 7, batchMs = 60 } = {}): number {
  // Calibrate: how many calls fill one batch.
  let calls = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) consume(run());
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsed >= batchMs / 4 || calls >= 1 << 24) {
      calls = Math.max(1, Math.round((calls * batchMs) / Math.max(elapsed, 0.001)));
      break;
    }
    calls *= 4;
  }
  const perCall: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) consume(run());
    perCall.push(Number(process.hrtime.bigint() - start) / calls);
  }
  return median(perCall);
}

/** The fastest and the median of a variant's rounds, in nanoseconds per call. */
export interface Timing {
  readonly min: number;
  readonly median: number;
}

// How many calls of `run` take about `batchMs`.
function calibrate(run: () => unknown, batchMs: number): number {
  let calls = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) consume(run());
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsed >= batchMs / 4 || calls >= 1 << 24) {
      return Math.max(1, Math.round((calls * batchMs) / Math.max(elapsed, 0.001)));
    }
    calls *= 4;
  }
}

/**
 * Times variants of the same work interleaved: each round runs one batch of every variant, starting with a
 * different one each round, so that whatever else the machine does in the meantime falls on all of them
 * alike. Returns each variant's fastest and median round, in nanoseconds per call, in the order given.
 * `calls` fixes the calls per batch (1 for work that takes seconds); otherwise a batch lasts about `batchMs`.
 */
export function interleave(
  variants: readonly (() => unknown)[],
  { rounds = 15, batchMs = 20, calls }: { rounds?: number; batchMs?: number; calls?: number } = {},
): Timing[] {
  const perBatch = variants.map((run) => calls ?? calibrate(run, batchMs));
  const samples = variants.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < variants.length; step++) {
      const which = (round + step) % variants.length;
      const run = variants[which];
      const count = perBatch[which] ?? 1;
      if (run === undefined) continue;
      const start = process.hrtime.bigint();
      for (let i = 0; i < count; i++) consume(run());
      samples[which]?.push(Number(process.hrtime.bigint() - start) / count);
    }
  }
  return samples.map((times) => ({ min: Math.min(...times), median: median(times) }));
}

/** A readable duration. */
export function formatNs(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/** A ratio with two significant figures. */
export function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${ratio.toFixed(0)}×` : ratio >= 10 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`;
}

/** A deterministic pseudo-random generator (mulberry32), so synthetic data is the same in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
