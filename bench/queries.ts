// Query benchmarks: the registry's bitset index against the three baselines the issue names — Array.filter
// with a hand-written predicate, mingo with the equivalent query, and a raw Uint32Array AND loop over
// precomputed bitsets (the floor: no engine can do less work than that).
import { Query } from "mingo";
import {
  ARCHITECTURES,
  architectureAncestors,
  createRegistry,
  DOMAINS,
  GENERATIVE_FRAMEWORKS,
  MODALITIES,
  type Model,
  type ModelFilter,
  type ModelInput,
  type ModelRegistry,
  TASK_TYPES,
  TASKS,
  TRAINING_METHODS,
  TRAINING_RELATIONS,
} from "../src/index.js";
import { registry as builtIn } from "../src/registry/index.js";
import { consume, seededRandom, timePerCall } from "./_timing.js";

/** Deterministic synthetic records: the same `count` records for the same `seed`, in every run. */
export function syntheticRecords(count: number, seed = 42): ModelInput[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const some = <T>(values: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    const wanted = 1 + Math.floor(random() * max);
    while (chosen.size < wanted) chosen.add(pick(values));
    return [...chosen];
  };
  const records: ModelInput[] = [];
  for (let i = 0; i < count; i++) {
    const method = pick(TRAINING_METHODS);
    // Parameter counts spread over six orders of magnitude, a tenth of them unknown.
    const total = random() < 0.1 ? null : Math.round(10 ** (6 + random() * 6));
    const framework = random() < 0.15 ? pick(GENERATIVE_FRAMEWORKS) : undefined;
    records.push({
      id: `synthetic-${i}`,
      name: `Synthetic ${i}`,
      organization: `Org ${i % 97}`,
      year: 2000 + Math.floor(random() * 26),
      parameters: { total },
      taskType: pick(TASK_TYPES),
      tasks: some(TASKS, 2),
      modalities: { input: some(MODALITIES, 2), output: some(MODALITIES, 2) },
      training:
        method === "transfer-learning"
          ? { method, relation: pick(TRAINING_RELATIONS), baseModel: `synthetic-base-${i}` }
          : { method },
      domains: some(DOMAINS, 2),
      architecture: {
        family: pick(ARCHITECTURES),
        mixtureOfExperts: random() < 0.1,
        ...(framework === undefined ? {} : { framework }),
      },
      openWeights: pick([true, false, null]),
    });
  }
  return records;
}

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
  readonly engineNs: number;
  readonly countNs: number;
  readonly floorNs: number;
  readonly filterNs: number;
  readonly mingoNs: number;
}

export function measureQueries(name: string, registry: ModelRegistry): QueryResult[] {
  const models = registry.all();
  const results: QueryResult[] = [];
  for (const testCase of QUERY_CASES) {
    const expected = models.filter(testCase.predicate).length;
    const found = registry.query(testCase.filter).length;
    const mingoQuery = new Query(testCase.mingo);
    const viaMingo = mingoQuery.find(models as Model[]).all().length;
    if (found !== expected || viaMingo !== expected) {
      throw new Error(`${testCase.name}: engine ${found}, filter ${expected}, mingo ${viaMingo} disagree`);
    }
    const sets = testCase.floorSets.map((test) => bitsetOf(models, test));
    const floor = () => {
      const first = sets[0] as Uint32Array;
      const out = new Uint32Array(first.length);
      out.set(first);
      for (let s = 1; s < sets.length; s++) {
        const set = sets[s] as Uint32Array;
        for (let w = 0; w < out.length; w++) out[w] = (out[w] as number) & (set[w] as number);
      }
      return out;
    };
    const large = models.length > 10_000;
    results.push({
      registry: name,
      size: models.length,
      query: testCase.name,
      matches: expected,
      engineNs: timePerCall(() => registry.query(testCase.filter)),
      countNs: timePerCall(() => registry.count(testCase.filter)),
      floorNs: timePerCall(floor),
      filterNs: timePerCall(() => models.filter(testCase.predicate)),
      mingoNs: timePerCall(() => mingoQuery.find(models as Model[]).all(), large ? { batches: 3, batchMs: 200 } : {}),
    });
  }
  return results;
}

export interface FacetResult {
  readonly registry: string;
  readonly size: number;
  readonly engineNs: number;
  readonly filterNs: number;
}

/** facetCounts against counting every value of every dimension with Array.filter-style loops. */
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
    }
    return counts;
  };
  consume(naive());
  return {
    registry: name,
    size: models.length,
    engineNs: timePerCall(() => registry.facets(filter)),
    filterNs: timePerCall(naive),
  };
}

export interface BuildResult {
  readonly size: number;
  readonly ns: number;
}

/** createRegistry (validation with the model schema, freezing, indexing) at several sizes. */
export function measureBuild(sizes: readonly number[]): BuildResult[] {
  return sizes.map((size) => {
    const records = syntheticRecords(size, 7);
    return { size, ns: timePerCall(() => createRegistry(records), { batches: 3, batchMs: 1 }) };
  });
}

export function builtInRegistry(): ModelRegistry {
  return builtIn;
}
