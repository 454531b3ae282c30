import { describe, expectTypeOf, test } from "vitest";
import type { FacetCounts, Model, ModelFilter, ModelRegistry } from "../index.js";
import { facetCounts, groupBy, queryModels } from "../registry/index.js";

describe("ModelFilter", () => {
  test("accepts a value or an array per dimension, ranges, search and not", () => {
    expectTypeOf({
      architecture: "rnn",
      sizeClass: ["small", "medium"],
      modality: "image",
      input: { all: ["image", "text"] },
      output: { exactly: ["text"] },
      parameters: { min: "1B", max: 10_000_000_000 },
      year: { min: 2018 },
      openWeights: true,
      organization: "Meta",
      search: "llama",
      not: { trainingMethod: "transfer-learning" },
    } as const).toExtend<ModelFilter>();
  });

  test("rejects misspelled values at compile time", () => {
    // @ts-expect-error "transformers" is not an architecture
    queryModels({ architecture: "transformers" });
    // @ts-expect-error "huge" is not a size class
    queryModels({ sizeClass: ["small", "huge"] });
    // @ts-expect-error "text-clasification" is not a task
    queryModels({ task: "text-clasification" });
    // @ts-expect-error "pixels" is not a modality
    queryModels({ input: { all: ["pixels"] } });
  });

  test("rejects unknown keys at compile time", () => {
    // @ts-expect-error "arch" is not a filter key
    queryModels({ arch: "rnn" });
    // @ts-expect-error "sizeclass" is misspelled
    queryModels({ sizeclass: "small" });
  });
});

describe("results", () => {
  test("are typed per dimension", () => {
    expectTypeOf(facetCounts().sizeClass).toEqualTypeOf<Readonly<Record<"small" | "medium" | "large", number>>>();
    expectTypeOf(groupBy("modalityClass").multimodal).toEqualTypeOf<readonly Model[]>();
    expectTypeOf(groupBy("modalityClass")).not.toHaveProperty("small");
    expectTypeOf<FacetCounts["architecture"]["lstm"]>().toEqualTypeOf<number>();
    expectTypeOf<keyof FacetCounts["trainingMethod"]>().toEqualTypeOf<
      "pretrained" | "from-scratch" | "transfer-learning"
    >();
  });

  test("are the same from the free functions and from a registry's methods", () => {
    // Declared apart (registry/index.ts and the ModelRegistry interface), so they can drift apart.
    expectTypeOf(queryModels).parameters.toEqualTypeOf<Parameters<ModelRegistry["query"]>>();
    expectTypeOf(queryModels).returns.toEqualTypeOf<ReturnType<ModelRegistry["query"]>>();
    expectTypeOf(facetCounts).returns.toEqualTypeOf<ReturnType<ModelRegistry["facets"]>>();
  });
});
