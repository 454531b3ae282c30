import { describe, expect, expectTypeOf, test } from "vitest";
import {
  DIMENSION_IDS,
  type DimensionId,
  InvalidArgumentError,
  type ModelFilter,
  parseByteSize,
  weightMemory,
} from "../index.js";
import { allModels, facetCounts, getFamily, groupBy, queryModels, requireModel } from "../registry/index.js";

const ids = (models: readonly { id: string }[]) => models.map((model) => model.id);

describe("the dimension list", () => {
  test("gives ModelFilter one key per dimension, typed with its values", () => {
    type DimensionKeys = Extract<keyof ModelFilter, DimensionId>;
    expectTypeOf<DimensionKeys>().toEqualTypeOf<DimensionId>();
    expectTypeOf<NonNullable<ModelFilter["component"]>>().toEqualTypeOf<NonNullable<ModelFilter["architecture"]>>();
    expectTypeOf<ModelFilter["family"]>().toEqualTypeOf<string | readonly string[] | undefined>();
  });

  test("counts and groups on every dimension, family and component included", () => {
    const counts = facetCounts();
    expect(Object.keys(counts)).toEqual([...DIMENSION_IDS]);
    expect(counts.family["llama-2"]).toBe(getFamily("llama-2")?.members.length);
    expect(counts.component.rnn).toBeGreaterThan(counts.architecture.rnn);
    expect(ids(groupBy("family").whisper ?? [])).toEqual(ids(queryModels({ family: "whisper" })));
  });
});

describe("component", () => {
  test("finds every model with an LSTM or GRU anywhere in its architecture", () => {
    const found = new Set(ids(queryModels({ component: "rnn" })));
    const recurrent = new Set(["rnn", "lstm", "gru"]);
    const expected = allModels().filter((model) =>
      [model.architecture.family, ...(model.architecture.components ?? [])].some((node) => recurrent.has(node)),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect([...found].sort()).toEqual(ids(expected).sort());
    expect(found.has(requireModel("temporal-fusion-transformer").id)).toBe(true);
    expect(found.has(requireModel("encodec-24khz").id)).toBe(true);
  });

  test("keeps to the architecture itself under the architecture key", () => {
    expect(ids(queryModels({ architecture: "rnn" }))).not.toContain("temporal-fusion-transformer");
  });
});

describe("family", () => {
  test("selects a family's members", () => {
    const members = getFamily("Llama 2")?.members.map((model) => model.id) ?? [];
    expect(ids(queryModels({ family: "llama-2" })).sort()).toEqual([...members].sort());
    expect(queryModels({ family: "no-such-family" })).toEqual([]);
  });

  test("takes only family ids as text", () => {
    expect(() => queryModels({ family: [""] })).toThrow(InvalidArgumentError);
  });
});

describe("weights", () => {
  test("finds open models whose weights fit a budget at a precision", () => {
    const fits = queryModels({ openWeights: true, weights: { bits: 4, max: "4 GB" } });
    expect(fits.length).toBeGreaterThan(0);
    for (const model of fits) expect(weightMemory(model, 4) ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(4e9);
    const missed = allModels().filter(
      (model) => model.openWeights === true && (weightMemory(model, 4) ?? Number.POSITIVE_INFINITY) <= 4e9,
    );
    expect(fits.length).toBe(missed.length);
    expect(ids(fits)).toContain(requireModel("Qwen/Qwen2.5-0.5B-Instruct").id);
    expect(ids(fits)).not.toContain(requireModel("meta-llama/Llama-2-70b-hf").id);
  });

  test("counts every expert of a mixture", () => {
    // Mixtral 8x7B holds about 47B parameters and uses about 13B of them per token (arXiv 2401.04088); every
    // expert has to sit in memory, so its weights are counted at the total, not the active count.
    const mixtral = requireModel("mixtral-8x7b");
    const total = mixtral.parameters.total ?? Number.NaN;
    const active = mixtral.parameters.active ?? Number.NaN;
    expect(active).toBeLessThan(total);
    expect(weightMemory(mixtral, 16)).toBe(total * 2);
    expect(ids(queryModels({ weights: { max: total * 2 } }))).toContain(mixtral.id);
    expect(ids(queryModels({ weights: { max: total * 2 - 1 } }))).not.toContain(mixtral.id);
  });

  test("reads sizes as people write them, and rejects the rest", () => {
    expect(parseByteSize("4 GB")).toBe(4e9);
    expect(parseByteSize("16GiB")).toBe(16 * 2 ** 30);
    expect(parseByteSize("512mb")).toBe(512e6);
    expect(() => parseByteSize("4 GBs")).toThrow(InvalidArgumentError);
    expect(() => queryModels({ weights: { bits: 0 } })).toThrow(/bits/);
    expect(() => queryModels({ weights: { max: "lots" } })).toThrow(/filter\.weights\.max/);
  });
});

describe("did you mean", () => {
  test("suggests the value meant by a typo in a filter value or key", () => {
    // @ts-expect-error: the typo is the point
    expect(() => queryModels({ architecture: "decoder_only" })).toThrow(/did you mean "decoder-only"/);
    // @ts-expect-error: the typo is the point
    expect(() => queryModels({ sizeclass: "small" })).toThrow(/did you mean "sizeClass"/);
  });
});
