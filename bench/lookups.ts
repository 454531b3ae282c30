// Lookups by name: `getModel` (and `get` on a registry of 100,000 records) against the floor, a `Map.get` of
// the very same names from a map that holds each of them — no engine can find a record by name with less.
// The names are written as users write them: ids, names, aliases and Hugging Face repo ids, names in lower
// case or with spaces for hyphens, and family names.
import type { Model, ModelRegistry } from "../src/index.js";
import { builtIn } from "./_dist.js";
import { interleave, seededRandom, type Timing } from "./_timing.js";

/** Names of the registry's models as users type them, shuffled; the same list for the same registry. */
export function typedNames(registry: ModelRegistry, count = 4096): string[] {
  const variants: string[] = [];
  for (const model of registry.all()) {
    variants.push(model.id, model.name, ...model.aliases, model.name.toLowerCase(), model.name.replace(/-/g, " "));
  }
  for (const family of registry.families()) variants.push(family.name);
  const random = seededRandom(13);
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(variants[Math.floor(random() * variants.length)] ?? "");
  return names;
}

export interface LookupResult {
  readonly registry: string;
  readonly size: number;
  readonly names: number;
  readonly lookup: Timing;
  readonly floor: Timing;
}

/** Nanoseconds per lookup of `typed` names: the registry's `get` (or `getModel`) against a Map of them. */
export function measureLookups(
  name: string,
  registry: ModelRegistry,
  get: (name: string) => Model | undefined,
): LookupResult {
  const typed = typedNames(registry);
  const floor = new Map<string, Model | undefined>();
  for (const typedName of typed) {
    const model = get(typedName);
    if (model === undefined) throw new Error(`${name}: no model for ${JSON.stringify(typedName)}`);
    floor.set(typedName, model);
  }
  // Lookups take nanoseconds: many short rounds, so that the median is not one unlucky stretch.
  const [lookup, map] = interleave(
    [
      () => {
        let found = 0;
        for (const typedName of typed) if (get(typedName) !== undefined) found++;
        return found;
      },
      () => {
        let found = 0;
        for (const typedName of typed) if (floor.get(typedName) !== undefined) found++;
        return found;
      },
    ],
    { rounds: 41, batchMs: 10 },
  );
  const perName = (timing: Timing | undefined): Timing => ({
    min: (timing?.min ?? 0) / typed.length,
    median: (timing?.median ?? 0) / typed.length,
  });
  return { registry: name, size: registry.size, names: typed.length, lookup: perName(lookup), floor: perName(map) };
}

/** `getModel` on the built-in registry. */
export function measureBuiltInLookups(): LookupResult {
  return measureLookups("built-in", builtIn.registry, builtIn.getModel);
}
