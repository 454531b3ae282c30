/**
 * Registries: a set of model records with lookup by name, typed queries, facet counts, grouping, lineage and
 * descriptions. `createRegistry` makes one from your own records, alone or on top of the built-in registry
 * (`model-taxonomy/registry`); both have the same API.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import { _quoteList, _show } from "../_text.js";
import { type DescribeOptions, describeFamily, describeModel } from "../describe.js";
import { DIMENSION_IDS, type DimensionId, type DimensionValues } from "../dimensions/index.js";
import { InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import {
  _checkModel,
  _rememberValidModel,
  formatIssuePath,
  type Model,
  type ModelIssue,
  ModelSchema,
  normalizeModelName,
  safeParseModel,
} from "../model.js";
import { _countBits } from "../query/_bitset.js";
import { _compareModels, _ModelIndex, _NameIndex, _sortModels } from "../query/_index.js";
import { _normalizeFilter, type ModelFilter } from "../query/filter.js";
import { _FamilyIndex, type FamilyInfo, type ModelFamily } from "./_families.js";
import { _parsePlainModel } from "./_plain.js";
import { SORT_KEYS, type SortKey } from "./sort-keys.js";

/**
 * The values of one facet dimension, such as `SizeClass` for `"sizeClass"`.
 *
 * @example
 * ```ts
 * const value: DimensionValueOf<"sizeClass"> = "medium";
 * ```
 */
export type DimensionValueOf<D extends DimensionId> = DimensionValues[D];

/**
 * For each dimension, the number of matching models per value.
 *
 * @example
 * ```ts
 * const counts: FacetCounts = facetCounts({ domain: "speech" });
 * counts.architecture.transformer; // speech models that are Transformers
 * ```
 */
export type FacetCounts = { readonly [D in DimensionId]: Readonly<Record<DimensionValueOf<D>, number>> };

/**
 * For one dimension, the matching models per value.
 *
 * @example
 * ```ts
 * const byScale: Groups<"sizeClass"> = groupBy("sizeClass");
 * byScale.large.map((model) => model.name);
 * ```
 */
// A mapped type written out, not `Readonly<Record<…>>`: an alias of another alias shows as its expansion in
// consumers' hovers and declaration files, while this one shows as `Groups<"sizeClass">`.
export type Groups<D extends DimensionId> = { readonly [V in DimensionValueOf<D>]: readonly Model[] };

// The sort keys live in a module of their own, which the command line reads without loading this one.
export { SORT_KEYS, type SortKey } from "./sort-keys.js";

/**
 * How to order and page query results.
 *
 * @example
 * ```ts
 * const options: QueryOptions = { sort: "parameters", order: "desc", limit: 10 };
 * queryModels({ domain: "nlp" }, options); // the ten largest known NLP models
 * ```
 */
export interface QueryOptions {
  /** Sort key; `"default"` (year, then name) unless given. Ties keep the default order. */
  readonly sort?: SortKey;
  /** `"asc"` (default) or `"desc"`. Models with an unknown parameter count come last either way. */
  readonly order?: "asc" | "desc";
  /** How many results to skip. */
  readonly offset?: number;
  /** How many results to return at most. */
  readonly limit?: number;
}

/**
 * A set of model records and everything that can be asked of it.
 *
 * @example
 * ```ts
 * const catalog: ModelRegistry = createRegistry(myRecords, { base: registry });
 * catalog.query({ domain: "code" }).length;
 * ```
 */
export interface ModelRegistry {
  /** How many models the registry holds. */
  readonly size: number;
  /** Every model, by year and then name. */
  all(): readonly Model[];
  /** Finds a model by id, name or alias; case, spaces, dots, hyphens and underscores do not matter. */
  get(idOrAlias: string): Model | undefined;
  /** Like {@link ModelRegistry.get}, but throws an {@link UnknownModelError} with suggestions. */
  require(idOrAlias: string): Model;
  /** Models matching a filter, by year and then name unless `options` say otherwise. */
  query(filter?: ModelFilter, options?: QueryOptions): Model[];
  /** How many models match a filter. */
  count(filter?: ModelFilter): number;
  /** For each dimension, how many models matching the filter have each value. */
  facets(filter?: ModelFilter): FacetCounts;
  /** The models matching the filter, grouped by their values in one dimension. */
  groupBy<D extends DimensionId>(dimension: D, filter?: ModelFilter): Groups<D>;
  /** One or two sentences about a model (by name or record), with base models named as this registry names them. */
  describeModelByName(model: Model | string, options?: Omit<DescribeOptions, "nameOf">): string;
  /** @deprecated Use {@link ModelRegistry.describeModelByName}, which says the same. */
  describe(model: Model | string, options?: Omit<DescribeOptions, "nameOf">): string;
  /** The model this one was built from, when it is in the registry. */
  baseModelOf(model: Model | string): Model | undefined;
  /** The chain of base models, nearest first, as far as the registry knows them. */
  lineageOf(model: Model | string): Model[];
  /** Every model built from this one, directly or through others, by year and then name. */
  derivativesOf(model: Model | string): Model[];
  /** The names closest to a misspelled one, best first; an unknown checkpoint of a known family names the family first. */
  suggest(name: string, limit?: number): string[];
  /** Every family, by the year of its first member and then by name. */
  families(): readonly ModelFamily[];
  /** Finds a family by id, name or alias (normalised like model names). */
  getFamily(name: string): ModelFamily | undefined;
  /** The family a model belongs to, when it has one. */
  familyOf(model: Model | string): ModelFamily | undefined;
  /** One sentence about a family: architecture, maker, members, size range and training. */
  describeFamily(family: ModelFamily | string, options?: Omit<DescribeOptions, "nameOf">): string;
}

/**
 * Thrown by `requireModel` and `registry.require` for a name the registry does not know.
 *
 * @example
 * ```ts
 * try {
 *   requireModel("gtp-2");
 * } catch (error) {
 *   if (error instanceof UnknownModelError) console.error(error.message); // … did you mean "GPT-2", …?
 * }
 * ```
 */
export class UnknownModelError extends ModelTaxonomyError {
  static override readonly _brand: string = "UnknownModelError";
  override name = "UnknownModelError";
  /** The name that was looked up. */
  readonly query: string;
  /** Close names the registry does know, best first. */
  readonly suggestions: readonly string[];

  constructor(query: string, suggestions: readonly string[]) {
    const hint = suggestions.length > 0 ? `; did you mean ${_quoteList(suggestions)}?` : "";
    // The query is shown cut to its first 80 characters: a megabyte of input makes a megabyte of message.
    super(`unknown model ${_show(query)}${hint}`);
    this.query = query;
    this.suggestions = suggestions;
  }
}

/**
 * One problem with one record passed to {@link createRegistry}.
 *
 * @example
 * ```ts
 * try {
 *   createRegistry(myRecords);
 * } catch (error) {
 *   if (error instanceof RegistryValidationError) error.issues.map((issue: RegistryIssue) => `#${issue.index} ${issue.message}`);
 * }
 * ```
 */
export interface RegistryIssue extends ModelIssue {
  /** The record's position in the array given to `createRegistry`, or `null` for a problem between records. */
  readonly index: number | null;
  /** The record's id, when it has a readable one. */
  readonly id?: string;
}

/**
 * Thrown by {@link createRegistry} when records are invalid, duplicated or form a lineage cycle.
 *
 * @example
 * ```ts
 * try {
 *   createRegistry([recordA, recordA]);
 * } catch (error) {
 *   if (error instanceof RegistryValidationError) console.error(error.issues[0]?.message); // a duplicate id
 * }
 * ```
 */
export class RegistryValidationError extends ModelTaxonomyError {
  static override readonly _brand: string = "RegistryValidationError";
  override name = "RegistryValidationError";
  /** The problems found, record by record: the first 1,000 of them. */
  readonly issues: readonly RegistryIssue[];

  /**
   * @param issues - The problems to report.
   * @param omitted - How many more problems were found but not kept.
   */
  constructor(issues: readonly RegistryIssue[], omitted = 0) {
    const lines = issues.map((issue) => {
      const where =
        issue.index === null
          ? ""
          : `records[${issue.index}]${issue.id === undefined ? "" : ` ("${issue.id}")`} ${formatIssuePath(issue.path)}: `;
      return `  ✖ ${where}${issue.message}`;
    });
    super(
      [
        `Cannot create the registry (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):`,
        ...lines,
        ...(omitted > 0 ? [`  … and ${omitted} more`] : []),
      ].join("\n"),
    );
    this.issues = issues;
  }
}

/**
 * The most records {@link createRegistry} takes, base registry included. A registry holds every record in memory
 * with its index (about 2 kB a record), so a million is already some 2 GB; beyond, the input is a mistake.
 */
export const _MAX_RECORDS = 1_000_000;

/**
 * The most problems a {@link RegistryValidationError} keeps. A file of a million empty objects has tens of
 * millions of problems; the first thousand say what is wrong, and the message counts the rest.
 */
export const _MAX_REPORTED_ISSUES = 1000;

/** Collects issues up to {@link _MAX_REPORTED_ISSUES}, counting the rest. */
class IssueList {
  readonly kept: RegistryIssue[] = [];
  omitted = 0;

  add(issue: RegistryIssue): void {
    if (this.kept.length < _MAX_REPORTED_ISSUES) this.kept.push(issue);
    else this.omitted++;
  }

  get any(): boolean {
    return this.kept.length > 0;
  }

  error(): RegistryValidationError {
    return new RegistryValidationError(this.kept, this.omitted);
  }
}

/**
 * Facet counts: one table per dimension, built from the values the index has for it. The casts in this module
 * are here and in {@link groupsOf}: the tables are built by dimension id at run time, from the index's values of
 * each dimension, which TypeScript cannot relate to the value types the result promises.
 */
function facetTable(compute: (dimension: DimensionId) => Readonly<Record<string, number>>): FacetCounts {
  const table: Partial<Record<DimensionId, Readonly<Record<string, number>>>> = {};
  for (const dimension of DIMENSION_IDS) table[dimension] = compute(dimension);
  return table as FacetCounts;
}

/** The groups of one dimension, value by value (see {@link facetTable} on the cast). */
function groupsOf<D extends DimensionId>(entries: readonly (readonly [string, readonly Model[]])[]): Groups<D> {
  return Object.fromEntries(entries) as Groups<D>;
}

function isSortKey(value: unknown): value is SortKey {
  return SORT_KEYS.some((key) => key === value);
}

/** Query options as a query reads them: checked, with every default filled in. */
interface CheckedOptions {
  readonly sort: SortKey;
  readonly descending: boolean;
  readonly offset: number;
  readonly limit: number | undefined;
}

function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined) return { sort: "default", descending: false, offset: 0, limit: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(
      "options",
      `expected an object such as { sort: "year" }, received ${_show(options)}`,
    );
  }
  const sort: unknown = Reflect.get(options, "sort");
  const order: unknown = Reflect.get(options, "order");
  if (sort !== undefined && !isSortKey(sort)) {
    throw new InvalidArgumentError("options.sort", `expected ${_quoteList(SORT_KEYS)}, received ${_show(sort)}`);
  }
  if (order !== undefined && order !== "asc" && order !== "desc") {
    throw new InvalidArgumentError("options.order", `expected "asc" or "desc", received ${_show(order)}`);
  }
  const bound = (key: "offset" | "limit"): number | undefined => {
    const value: unknown = Reflect.get(options, key);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(`options.${key}`, `expected a whole number ≥ 0, received ${_show(value)}`);
    }
    return value;
  };
  return { sort: sort ?? "default", descending: order === "desc", offset: bound("offset") ?? 0, limit: bound("limit") };
}

function checkName(value: unknown, argument: string): asserts value is string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(argument, `expected a model id, name or alias, received ${_show(value)}`);
  }
}

function sortValue(model: Model, key: Exclude<SortKey, "default">): number | string | null {
  switch (key) {
    case "year":
      return model.year;
    case "name":
      return model.name.toLowerCase();
    case "parameters":
      return model.parameters.total;
    case "organization":
      return model.organization.toLowerCase();
  }
}

// How many recently found names a registry remembers, and how long they may be.
const RECENT_NAMES = 4096;
const RECENT_NAME_LENGTH = 128;

/**
 * A registry's parts, each built the first time a method needs it: a lookup needs only the names, so the
 * query bitsets wait for the first query, the families for the first family call (or a lookup that misses),
 * and the lineage edges for the first `derivativesOf`.
 */
class Registry implements ModelRegistry {
  readonly #models: readonly Model[];
  readonly #names: _NameIndex;
  readonly #familyInfos: () => readonly FamilyInfo[];
  #queryIndex: _ModelIndex | undefined;
  // Direct derivatives of each model, by position, in default order.
  #childList: readonly (readonly number[])[] | undefined;
  #familyIndex: _FamilyIndex | undefined;
  // Whether the records still have to be frozen before they are handed out (the built-in ones, frozen one by
  // one as lookups return them until a method hands out many).
  #unfrozen: boolean;
  // The models recent lookups found, by the name exactly as it was given: a name asked for again (the same few
  // in a program, a list of ids) costs one Map.get instead of folding it and looking it up.
  readonly #recent = new Map<string, Model>();

  constructor(
    names: _NameIndex,
    familyInfos: () => readonly FamilyInfo[],
    { children, frozen = true }: { children?: readonly (readonly number[])[]; frozen?: boolean } = {},
  ) {
    this.#models = names.models;
    this.#names = names;
    this.#familyInfos = familyInfos;
    this.#childList = children;
    this.#unfrozen = !frozen;
    // No caller can replace a method of a registry others use. Private fields stay writable, which the
    // parts built on first use need.
    Object.freeze(this);
  }

  // Every record, frozen: what any method that hands out more than one record reads them through.
  get #frozenModels(): readonly Model[] {
    if (this.#unfrozen) {
      for (const model of this.#models) handOut(model);
      this.#unfrozen = false;
    }
    return this.#models;
  }

  get #index(): _ModelIndex {
    this.#queryIndex ??= new _ModelIndex(this.#frozenModels);
    return this.#queryIndex;
  }

  get #children(): readonly (readonly number[])[] {
    this.#childList ??= lineageEdges(this.#models, this.#names).children;
    return this.#childList;
  }

  get #families(): _FamilyIndex {
    this.#familyIndex ??= new _FamilyIndex(this.#frozenModels, this.#familyInfos());
    return this.#familyIndex;
  }

  get size(): number {
    return this.#models.length;
  }

  all(): readonly Model[] {
    return this.#frozenModels;
  }

  get(idOrAlias: string): Model | undefined {
    if (typeof idOrAlias !== "string") return undefined;
    const recent = this.#recent.get(idOrAlias);
    if (recent !== undefined) return recent;
    const position = this.#names.find(idOrAlias);
    let model: Model | undefined;
    if (position !== undefined) {
      model = this.#models[position];
      if (this.#unfrozen && model !== undefined) handOut(model);
    } else {
      // A family's name stands for its representative member (getModel("BERT") → bert-base-uncased).
      model = this.#families.find(idOrAlias)?.representative;
    }
    // Found names only, and short ones: what is remembered is bounded by what the registry holds.
    if (model !== undefined && idOrAlias.length <= RECENT_NAME_LENGTH) {
      if (this.#recent.size >= RECENT_NAMES) this.#recent.clear();
      this.#recent.set(idOrAlias, model);
    }
    return model;
  }

  require(idOrAlias: string): Model {
    checkName(idOrAlias, "idOrAlias");
    const model = this.get(idOrAlias);
    if (model === undefined) throw new UnknownModelError(idOrAlias, this.suggest(idOrAlias));
    return model;
  }

  suggest(name: string, limit = 3): string[] {
    checkName(name, "name");
    if (typeof limit !== "number" || !Number.isSafeInteger(limit) || limit < 0) {
      throw new InvalidArgumentError("limit", `expected a whole number ≥ 0, received ${_show(limit)}`);
    }
    const suggestions = this.#names.suggest(name, limit);
    const family = this.#families.hint(name);
    if (family === undefined) return suggestions;
    return [family.name, ...suggestions.filter((suggestion) => suggestion !== family.name)].slice(0, limit);
  }

  families(): readonly ModelFamily[] {
    return this.#families.list;
  }

  getFamily(name: string): ModelFamily | undefined {
    checkName(name, "name");
    return this.#families.find(name);
  }

  familyOf(model: Model | string): ModelFamily | undefined {
    const family = this.#resolve(model).family;
    return family === undefined ? undefined : this.#families.byId(family);
  }

  describeFamily(family: ModelFamily | string, options: Omit<DescribeOptions, "nameOf"> = {}): string {
    const found = typeof family === "string" ? this.getFamily(family) : family;
    if (found === undefined) {
      throw new UnknownModelError(String(family), this.suggest(String(family)));
    }
    return describeFamily(found, { ...options, nameOf: (id) => this.get(id)?.name });
  }

  query(filter?: ModelFilter, queryOptions?: QueryOptions): Model[] {
    const { sort, descending, offset, limit } = checkOptions(queryOptions);
    const models = this.#index.modelsIn(this.#index.evaluate(_normalizeFilter(filter)));
    if (sort !== "default") {
      models.sort((a, b) => {
        const x = sortValue(a, sort);
        const y = sortValue(b, sort);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        const order = x < y ? -1 : x > y ? 1 : 0;
        return descending ? -order : order;
      });
    } else if (descending) {
      models.reverse();
    }
    return models.slice(offset, limit === undefined ? undefined : offset + limit);
  }

  count(filter?: ModelFilter): number {
    return _countBits(this.#index.evaluate(_normalizeFilter(filter)));
  }

  facets(filter?: ModelFilter): FacetCounts {
    const bits = this.#index.evaluate(_normalizeFilter(filter));
    return facetTable((dimension) =>
      Object.fromEntries(
        this.#index.valuesOf(dimension).map((value) => [value, this.#index.countIn(bits, dimension, value)]),
      ),
    );
  }

  groupBy<D extends DimensionId>(dimension: D, filter?: ModelFilter): Groups<D> {
    if (!DIMENSION_IDS.includes(dimension)) {
      throw new InvalidArgumentError(
        "dimension",
        `expected one of ${_quoteList(DIMENSION_IDS)}, received ${_show(dimension)}`,
      );
    }
    const bits = this.#index.evaluate(_normalizeFilter(filter));
    return groupsOf<D>(
      this.#index
        .valuesOf(dimension)
        .map((value) => [value, this.#index.modelsIn(this.#index.intersect(bits, dimension, value))]),
    );
  }

  #resolve(model: Model | string): Model {
    if (typeof model === "string") return this.require(model);
    _checkModel(model, "model");
    return model;
  }

  describe(model: Model | string, options: Omit<DescribeOptions, "nameOf"> = {}): string {
    return this.describeModelByName(model, options);
  }

  describeModelByName(model: Model | string, options: Omit<DescribeOptions, "nameOf"> = {}): string {
    return describeModel(this.#resolve(model), { ...options, nameOf: (id) => this.get(id)?.name });
  }

  baseModelOf(model: Model | string): Model | undefined {
    const base = this.#resolve(model).training.baseModel;
    return base === undefined ? undefined : this.get(base);
  }

  lineageOf(model: Model | string): Model[] {
    const lineage: Model[] = [];
    const start = this.#resolve(model);
    const seen = new Set<Model>([start]);
    for (let base = this.baseModelOf(start); base !== undefined && !seen.has(base); base = this.baseModelOf(base)) {
      lineage.push(base);
      seen.add(base);
    }
    return lineage;
  }

  derivativesOf(model: Model | string): Model[] {
    const start = this.#names.find(this.#resolve(model).id);
    if (start === undefined) return [];
    const found = new Set<number>();
    const queue = [start];
    while (queue.length > 0) {
      const position: number = queue.pop() ?? start;
      for (const child of this.#children[position] ?? []) {
        if (child !== start && !found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    return [...found].sort((a, b) => a - b).flatMap((position) => this.#frozenModels[position] ?? []);
  }
}

/**
 * Options of {@link createRegistry}.
 *
 * @example
 * ```ts
 * const options: CreateRegistryOptions = { base: registry };
 * const catalog = createRegistry(myRecords, options);
 * ```
 */
export interface CreateRegistryOptions {
  /** A registry whose models the new one starts from, such as the built-in `registry`. */
  readonly base?: ModelRegistry;
  /**
   * Names, aliases, representatives and member order of the families your records name in their `family`
   * field. A family without an entry is named by its id, with its first member as representative.
   */
  readonly families?: readonly FamilyInfo[];
}

// Builds the index and the lineage edges of checked, frozen models; reports duplicate names and lineage cycles.
function buildRegistry(
  models: readonly Model[],
  issueIndex: (model: Model) => number | null,
  familyInfos: readonly FamilyInfo[] = [],
): Registry {
  const issues = new IssueList();
  // Frozen: `all()` hands this very array out, and no caller may reorder or empty it.
  const sorted = Object.freeze(_sortModels(models));
  for (const model of sorted) _rememberValidModel(model);
  const reported = new Set<string>();
  const names = new _NameIndex(sorted, (name, first, second) => {
    // Models are indexed oldest first, so an added record older than the base model it collides with comes
    // first. The added record is in the wrong all the same (the base registry was valid on its own): blame it,
    // with its own spelling of the name, once.
    const blameFirst = issueIndex(second) === null && issueIndex(first) !== null;
    const [owner, duplicate] = blameFirst ? [second, first] : [first, second];
    const key = normalizeModelName(name);
    const own = blameFirst
      ? ([duplicate.id, duplicate.name, ...duplicate.aliases].find((other) => normalizeModelName(other) === key) ??
        name)
      : name;
    if (reported.has(`${duplicate.id}\u0000${key}\u0000${owner.id}`)) return;
    reported.add(`${duplicate.id}\u0000${key}\u0000${owner.id}`);
    issues.add({
      index: issueIndex(duplicate),
      id: duplicate.id,
      code: "duplicate",
      path: [],
      message: `the name ${_show(own)} is already used by "${owner.id}" (ids, names and aliases must be unique once normalised)`,
    });
  });
  const { children, parents } = lineageEdges(sorted, names);
  reportCycles(sorted, parents, issues);
  if (issues.any) throw issues.error();
  return new Registry(names, () => familyInfos, { children });
}

// The lineage edges between models, by position: each model's direct derivatives (in default order) and bases.
function lineageEdges(
  models: readonly Model[],
  names: _NameIndex,
): { children: readonly (readonly number[])[]; parents: readonly (readonly number[])[] } {
  const children: number[][] = models.map(() => []);
  const parents: number[][] = models.map(() => []);
  // Models are visited in order, so each list of derivatives is filled in default order.
  models.forEach((model, position) => {
    const link = (base: string): void => {
      // A model that names itself by another of its names is a cycle of one, reported like any other.
      const basePosition = names.find(base);
      if (basePosition === undefined) return;
      children[basePosition]?.push(position);
      parents[position]?.push(basePosition);
    };
    const { baseModel, additionalBaseModels } = model.training;
    if (baseModel !== undefined) link(baseModel);
    if (additionalBaseModels !== undefined) for (const base of additionalBaseModels) link(base);
  });
  return { children, parents };
}

/**
 * A cycle in lineage is a data error: walks the base edges depth first and reports each loop it closes. The walk
 * keeps its own stack, so a chain of any length (a fine-tune of a fine-tune of …) cannot overflow the call stack.
 */
function reportCycles(models: readonly Model[], parents: readonly (readonly number[])[], issues: IssueList): void {
  const state = new Uint8Array(models.length); // 0 unvisited, 1 on the current path, 2 done
  const nextParent = new Uint32Array(models.length); // how many of its parents each model on the path has tried
  const path: number[] = [];
  for (let root = 0; root < models.length; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    path.push(root);
    while (path.length > 0) {
      const position = path[path.length - 1] ?? root;
      const edges = parents[position] ?? [];
      const tried = nextParent[position] ?? 0;
      if (tried === edges.length) {
        state[position] = 2;
        path.pop();
        continue;
      }
      nextParent[position] = tried + 1;
      const parent = edges[tried] ?? position;
      if (state[parent] === 1) {
        const loop = [...path.slice(path.lastIndexOf(parent)), parent].map((p) => models[p]?.id ?? "?");
        issues.add({ index: null, code: "lineage-cycle", path: [], message: `lineage cycle: ${loop.join(" → ")}` });
      } else if (state[parent] === 0) {
        state[parent] = 1;
        path.push(parent);
      }
    }
  }
}

// The models of the registry given as `options.base`. A registry of this library hands out frozen, checked
// records; anything else (a registry from another copy of the library, a hand-made object) is checked here.
function modelsOfBase(base: unknown): readonly Model[] {
  if (base === undefined) return [];
  const all: unknown = typeof base === "object" && base !== null ? Reflect.get(base, "all") : undefined;
  if (typeof all !== "function") {
    throw new InvalidArgumentError(
      "options.base",
      `expected a registry, such as the built-in one or one from createRegistry, received ${_show(base)}`,
    );
  }
  const models: unknown = Reflect.apply(all, base, []);
  if (!Array.isArray(models)) {
    throw new InvalidArgumentError("options.base", `all() must return an array of models, received ${_show(models)}`);
  }
  if (models.length > _MAX_RECORDS) {
    throw new InvalidArgumentError("options.base", `holds more than ${_MAX_RECORDS} models`);
  }
  return models.map((model: unknown, position) => {
    try {
      _checkModel(model, `options.base.all()[${position}]`);
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      throw new InvalidArgumentError("options.base", error.message);
    }
    return Object.isFrozen(model) ? model : _deepFreeze(ModelSchema.parse(model));
  });
}

/**
 * Makes a registry of your own models, alone or on top of another registry. Every record is checked with the
 * model schema (authoring or full form); ids, names and aliases must be unique once normalised; base models
 * must not form a cycle. The index is built once, here; the registry and its records are immutable.
 *
 * @param records - Model records, as written by hand or parsed from JSON.
 * @param options - `base`: a registry whose models come first, such as the built-in one.
 * @returns A registry with the same API as the built-in one.
 * @throws {@link RegistryValidationError} listing every bad record and field, duplicate and cycle (the first
 *   1,000 problems; the message counts the rest); {@link InvalidArgumentError} when `records` is not iterable,
 *   holds more than 1,000,000 records (base included), or `options.base` is not a registry.
 *
 * @example
 * ```ts
 * import { createRegistry } from "model-taxonomy";
 * import { registry } from "model-taxonomy/registry";
 *
 * const mine = createRegistry([myModelRecord], { base: registry });
 * mine.query({ architecture: "decoder-only", sizeClass: "small" });
 * mine.lineageOf("my-model"); // [Llama 2, …] when its baseModel is "llama-2"
 * ```
 */
export function createRegistry(records: Iterable<unknown>, options?: CreateRegistryOptions): ModelRegistry {
  if (records === null || typeof records !== "object" || !(Symbol.iterator in records)) {
    throw new InvalidArgumentError(
      "records",
      `expected an array (or another iterable) of model records, received ${_show(records)}`,
    );
  }
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new InvalidArgumentError(
      "options",
      `expected an object such as { base: registry }, received ${_show(options)}`,
    );
  }
  const baseModels = modelsOfBase(options === undefined ? undefined : Reflect.get(options, "base"));
  // An array's length is known at once: too many records are refused before any is read.
  if (Array.isArray(records) && records.length + baseModels.length > _MAX_RECORDS) {
    throw new InvalidArgumentError("records", `more than ${_MAX_RECORDS} records, base registry included`);
  }
  const issues = new IssueList();
  const parsed: Model[] = [];
  let index = 0;
  for (const record of records) {
    if (index + baseModels.length >= _MAX_RECORDS) {
      throw new InvalidArgumentError("records", `more than ${_MAX_RECORDS} records, base registry included`);
    }
    // Plainly valid records (most, and all that come from a registry) skip the schema.
    const plain = readPlainly(record);
    if (plain !== undefined) {
      parsed.push(plain);
      index++;
      continue;
    }
    const result = safeParseModel(record);
    if (result.success) {
      parsed.push(result.data);
    } else {
      const id = idOf(record);
      for (const issue of result.error.issues) {
        issues.add({ ...issue, index, ...(id === undefined ? {} : { id }) });
      }
    }
    index++;
  }
  if (issues.any) throw issues.error();
  for (const model of parsed) freezeRecord(model);
  const models = [...baseModels, ...parsed];
  const base = options === undefined ? undefined : Reflect.get(options, "base");
  const families = [...baseFamilies(base), ...readFamilyInfos(options === undefined ? undefined : options.families)];
  // Every record passed, so each one's position among the records is its position in `parsed`; the map is only
  // needed to report a duplicate name.
  let positions: Map<Model, number> | undefined;
  const positionOf = (model: Model): number | null => {
    positions ??= new Map(parsed.map((record, position) => [record, position]));
    return positions.get(model) ?? null;
  };
  return buildRegistry(models, positionOf, families);
}

// How the base registry names its families, so a registry built on it keeps them.
function baseFamilies(base: unknown): FamilyInfo[] {
  const list: unknown = typeof base === "object" && base !== null ? Reflect.get(base, "families") : undefined;
  if (typeof list !== "function") return [];
  const families: unknown = Reflect.apply(list, base, []);
  if (!Array.isArray(families)) return [];
  return families.flatMap((family: ModelFamily) =>
    typeof family?.id === "string"
      ? [
          {
            id: family.id,
            name: family.name,
            aliases: family.aliases,
            representative: family.representative.id,
            members: family.members.map((member) => member.id),
          },
        ]
      : [],
  );
}

// Checks `options.families`: an array of { id, name?, aliases?, representative?, members? }.
function readFamilyInfos(value: unknown): FamilyInfo[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError("options.families", `expected an array of families, received ${_show(value)}`);
  }
  const isText = (text: unknown): text is string => typeof text === "string" && text.trim() !== "";
  const isTextList = (list: unknown): list is string[] => Array.isArray(list) && list.every(isText);
  return value.map((info: unknown, position) => {
    const where = `options.families[${position}]`;
    if (typeof info !== "object" || info === null) {
      throw new InvalidArgumentError(
        where,
        `expected { id, name?, aliases?, representative?, members? }, received ${_show(info)}`,
      );
    }
    const id: unknown = Reflect.get(info, "id");
    const name: unknown = Reflect.get(info, "name");
    const aliases: unknown = Reflect.get(info, "aliases");
    const representative: unknown = Reflect.get(info, "representative");
    const members: unknown = Reflect.get(info, "members");
    if (!isText(id)) throw new InvalidArgumentError(`${where}.id`, `expected the family id, received ${_show(id)}`);
    if (name !== undefined && !isText(name))
      throw new InvalidArgumentError(`${where}.name`, `expected a name, received ${_show(name)}`);
    if (aliases !== undefined && !isTextList(aliases))
      throw new InvalidArgumentError(`${where}.aliases`, `expected an array of names, received ${_show(aliases)}`);
    if (representative !== undefined && !isText(representative))
      throw new InvalidArgumentError(
        `${where}.representative`,
        `expected a member id, received ${_show(representative)}`,
      );
    if (members !== undefined && !isTextList(members))
      throw new InvalidArgumentError(`${where}.members`, `expected an array of member ids, received ${_show(members)}`);
    return {
      id,
      ...(name === undefined ? {} : { name }),
      ...(aliases === undefined ? {} : { aliases }),
      ...(representative === undefined ? {} : { representative }),
      ...(members === undefined ? {} : { members }),
    };
  });
}

// The fast path's answer, or `undefined` when the schema has to read the record: a record whose fields throw
// when read is the schema's to report.
function readPlainly(record: unknown): Model | undefined {
  try {
    return _parsePlainModel(record);
  } catch {
    return undefined;
  }
}

// The id of a record that failed validation, for the report, when it has a readable one.
function idOf(record: unknown): string | undefined {
  try {
    const id: unknown = typeof record === "object" && record !== null ? Reflect.get(record, "id") : undefined;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Freezes a record that passed validation, and everything in it. Such a record is plain data a few levels
 * deep, so a direct walk does what {@link _deepFreeze} does without its bookkeeping (a set of every object
 * seen, a property descriptor per key): at a hundred thousand records that bookkeeping was a fifth of
 * `createRegistry`. Objects already frozen (the fields members of a family share) are skipped.
 */
function freezeRecord(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  // An array's items are its keys too.
  for (const key in value) freezeRecord(Reflect.get(value, key));
}

/**
 * A registry over trusted, already-checked records (the built-in data, checked at test time), built on first
 * use: importing it costs nothing until a method is called, and a lookup builds the name index only — the
 * query bitsets, families and lineage edges wait for the methods that need them.
 */
export function _lazyRegistry(load: () => readonly Model[], loadFamilies: () => readonly FamilyInfo[]): ModelRegistry {
  let built: Registry | undefined;
  const real = (): Registry => {
    built ??= trustedRegistry(load(), loadFamilies);
    return built;
  };
  const lazy: ModelRegistry = {
    get size() {
      return real().size;
    },
    all: () => real().all(),
    get: (idOrAlias) => real().get(idOrAlias),
    require: (idOrAlias) => real().require(idOrAlias),
    query: (filter, options) => real().query(filter, options),
    count: (filter) => real().count(filter),
    facets: (filter) => real().facets(filter),
    groupBy: (dimension, filter) => real().groupBy(dimension, filter),
    describeModelByName: (model, options) => real().describeModelByName(model, options),
    describe: (model, options) => real().describeModelByName(model, options),
    baseModelOf: (model) => real().baseModelOf(model),
    lineageOf: (model) => real().lineageOf(model),
    derivativesOf: (model) => real().derivativesOf(model),
    suggest: (name, limit) => real().suggest(name, limit),
    families: () => real().families(),
    getFamily: (name) => real().getFamily(name),
    familyOf: (model) => real().familyOf(model),
    describeFamily: (family, options) => real().describeFamily(family, options),
  };
  return Object.freeze(lazy);
}

// The registry of records checked when they were written: frozen, sorted and named, nothing more until asked.
function trustedRegistry(records: readonly Model[], loadFamilies: () => readonly FamilyInfo[]): Registry {
  // The build ships the records sorted (tsup.config.ts); checking that costs one comparison a record.
  const inOrder = records.every((model, position) => {
    const previous = records[position - 1];
    return previous === undefined || _compareModels(previous, model) <= 0;
  });
  const sorted = Object.freeze(inOrder ? [...records] : _sortModels(records));
  const duplicates = new IssueList();
  const names = new _NameIndex(sorted, (name, first, second) => {
    duplicates.add({
      index: null,
      id: second.id,
      code: "duplicate",
      path: [],
      message: `the name ${_show(name)} is already used by "${first.id}" (ids, names and aliases must be unique once normalised)`,
    });
  });
  if (duplicates.any) throw duplicates.error();
  return new Registry(names, loadFamilies, { frozen: false });
}

// A trusted record as the registry hands it out: frozen, and known to `_checkModel` as valid.
function handOut(model: Model): Model {
  if (!Object.isFrozen(model)) {
    freezeRecord(model);
    _rememberValidModel(model);
  }
  return model;
}
