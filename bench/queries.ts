// Query benchmarks: the registry's bitset index against a floor that does the same work by hand — ANDing
// precomputed bitsets and building the list of matching records (or counting them, for `count`) — and against
// Array.filter with a hand-written predicate and mingo with the equivalent query. All variants of a query are
// timed interleaved, on the built package, over the built-in records and 100,000 copies of them.
import { Query } from "mingo";
import type { Model, ModelFilter, ModelRegistry } from "../src/index.js";
import { builtIn, core } from "./_dist.js";
import { clonedRecords } from "./_records.js";
import { consume, interleave, type Timing } from "./_timing.js";

const { ARCHITECTURES, architectureAncestors } = core;

interface QueryCase {
  readonly name: string;
  readonly filter: ModelFilter;
  readonly predicate: (model: Model) => boolean;
  readonly mingo: Record<string, unknown>;
  /** The bitsets the floor ANDs: one per dimension, each the set of models having that value. */
  readonly floorSets: readonly ((model: Model) => boolean)[];
}

const transformerFamilies = ARCHITECTURES.filter(
  (node) => node === "transformer" || architectureAncestors(node).includes("transformer"),
);

export const QUERY_CASES: readonly QueryCase[] = [
  {
    name: "1 dimension: domain = nlp",
    filter: { domain: "nlp" },
    predicate: (model) => model.domains.includes("nlp"),
    mingo: { domains: "nlp" },
    floorSets: [(model) => model.domains.includes("nlp")],
  },
  {
    name: "3 dimensions: domain = nlp, architecture = transformer (any variant), sizeClass = small",
    filter: { domain: "nlp", architecture: "transformer", sizeClass: "small" },
    predicate: (model) =>
      model.domains.includes("nlp") &&
      transformerFamilies.includes(model.architecture.family) &&
      model.sizeClass === "small",
    mingo: { domains: "nlp", "architecture.family": { $in: transformerFamilies }, sizeClass: "small" },
    floorSets: [
      (model) => model.domains.includes("nlp"),
      (model) => transformerFamilies.includes(model.architecture.family),
      (model) => model.sizeClass === "small",
    ],
  },
  {
    name: "5 dimensions: + trainingMethod = pretrained, modalityClass = unimodal",
    filter: {
      domain: "nlp",
      architecture: "transformer",
      sizeClass: "small",
      trainingMethod: "pretrained",
      modalityClass: "unimodal",
    },
    predicate: (model) =>
      model.domains.includes("nlp") &&
      transformerFamilies.includes(model.architecture.family) &&
      model.sizeClass === "small" &&
      model.training.method === "pretrained" &&
      model.modalityClass === "unimodal",
    mingo: {
      domains: "nlp",
      "architecture.family": { $in: transformerFamilies },
      sizeClass: "small",
      "training.method": "pretrained",
      modalityClass: "unimodal",
    },
    floorSets: [
      (model) => model.domains.includes("nlp"),
      (model) => transformerFamilies.includes(model.architecture.family),
      (model) => model.sizeClass === "small",
      (model) => model.training.method === "pretrained",
      (model) => model.modalityClass === "unimodal",
    ],
  },
];

function bitsetOf(models: readonly Model[], test: (model: Model) => boolean): Uint32Array {
  const bits = new Uint32Array((models.length + 31) >>> 5);
  models.forEach((model, i) => {
    if (test(model)) bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
  });
  return bits;
}

export interface QueryResult {
  readonly registry: string;
  readonly size: number;
  readonly query: string;
  readonly matches: number;
  readonly engine: Timing;
  readonly count: Timing;
  readonly floor: Timing;
  readonly countFloor: Timing;
  readonly filter: Timing;
  readonly mingo: Timing;
}

// The positions of the set bits, as records: what the engine's result list is built like.
function pick(bits: Uint32Array, models: readonly Model[]): Model[] {
  const out: Model[] = [];
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      const model = models[(i << 5) + 31 - Math.clz32(lowest)];
      if (model !== undefined) out.push(model);
      word ^= lowest;
    }
  }
  return out;
}

function popcount(bits: Uint32Array): number {
  let total = 0;
  for (let i = 0; i < bits.length; i++) {
    let v = bits[i] ?? 0;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    total += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}

export function measureQueries(name: string, registry: ModelRegistry): QueryResult[] {
  const models = registry.all();
  const results: QueryResult[] = [];
  for (const testCase of QUERY_CASES) {
    const expected = models.filter(testCase.predicate).length;
    const found = registry.query(testCase.filter).length;
    const mingoQuery = new Query(testCase.mingo);
    const viaMingo = mingoQuery.find([...models]).all().length;
    const sets = testCase.floorSets.map((test) => bitsetOf(models, test));
    const and = () => {
      const first = sets[0] ?? new Uint32Array(0);
      const out = first.slice();
      for (let s = 1; s < sets.length; s++) {
        const set = sets[s] ?? out;
        for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) & (set[w] ?? 0);
      }
      return out;
    };
    const floorFound = pick(and(), models).length;
    if (found !== expected || viaMingo !== expected || floorFound !== expected) {
      throw new Error(
        `${testCase.name}: engine ${found}, filter ${expected}, mingo ${viaMingo}, floor ${floorFound} disagree`,
      );
    }
    // mingo takes a thousand times longer: fewer rounds of it, timed on their own.
    const [engine, count, floor, countFloor, filter] = interleave([
      () => registry.query(testCase.filter),
      () => registry.count(testCase.filter),
      () => pick(and(), models),
      () => popcount(and()),
      () => models.filter(testCase.predicate),
    ]);
    const [mingo] = interleave([() => mingoQuery.find([...models]).all()], { rounds: 3, batchMs: 100 });
    const none: Timing = { min: Number.NaN, median: Number.NaN };
    results.push({
      registry: name,
      size: models.length,
      query: testCase.name,
      matches: expected,
      engine: engine ?? none,
      count: count ?? none,
      floor: floor ?? none,
      countFloor: countFloor ?? none,
      filter: filter ?? none,
      mingo: mingo ?? none,
    });
  }
  return results;
}

export interface FacetResult {
  readonly registry: string;
  readonly size: number;
  readonly engine: Timing;
  readonly loops: Timing;
}

/** facetCounts against counting every value of every dimension with hand-written loops. */
export function measureFacets(name: string, registry: ModelRegistry): FacetResult {
  const models = registry.all();
  const filter: ModelFilter = { domain: "nlp" };
  const naive = () => {
    const matching = models.filter((model) => model.domains.includes("nlp"));
    const counts = new Map<string, number>();
    const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const model of matching) {
      if (model.sizeClass !== null) bump(`sizeClass:${model.sizeClass}`);
      bump(`taskType:${model.taskType}`);
      for (const task of model.tasks) bump(`task:${task}`);
      for (const modality of new Set([...model.modalities.input, ...model.modalities.output]))
        bump(`modality:${modality}`);
      bump(`modalityClass:${model.modalityClass}`);
      bump(`trainingMethod:${model.training.method}`);
      if (model.training.relation !== undefined) bump(`trainingRelation:${model.training.relation}`);
      for (const domain of model.domains) bump(`domain:${domain}`);
      for (const node of [model.architecture.family, ...architectureAncestors(model.architecture.family)])
        bump(`architecture:${node}`);
      if (model.architecture.framework !== undefined) bump(`framework:${model.architecture.framework}`);
      if (model.family !== undefined) bump(`family:${model.family}`);
    }
    return counts;
  };
  consume(naive());
  const [engine, loops] = interleave([() => registry.facets(filter), naive], { rounds: 9 });
  const none: Timing = { min: Number.NaN, median: Number.NaN };
  return { registry: name, size: models.length, engine: engine ?? none, loops: loops ?? none };
}

/** The built-in registry and one of `size` records cloned from it, each queried once so its index exists. */
export function queryRegistries(size = 100_000): { builtIn: ModelRegistry; cloned: ModelRegistry } {
  const cloned = core.createRegistry(clonedRecords(size));
  consume(builtIn.registry.count({ domain: "nlp" }));
  consume(cloned.count({ domain: "nlp" }));
  return { builtIn: builtIn.registry, cloned };
}
