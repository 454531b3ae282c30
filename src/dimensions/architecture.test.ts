import { describe, expect, test } from "vitest";
import {
  ARCHITECTURE_PARENTS,
  ARCHITECTURES,
  type Architecture,
  architectureAncestors,
  architectureDescendants,
  isArchitectureKindOf,
} from "../index.js";

describe("isArchitectureKindOf", () => {
  const cases: [Architecture, Architecture, boolean][] = [
    ["lstm", "rnn", true],
    ["gru", "rnn", true],
    ["rnn", "lstm", false],
    ["lstm", "gru", false],
    ["decoder-only", "transformer", true],
    ["encoder-decoder", "transformer", true],
    ["transformer", "decoder-only", false],
    ["cnn", "transformer", false],
    ["state-space", "rnn", false],
    ["mlp", "mlp", true],
  ];
  test.each(cases)("answers whether %s is a kind of %s: %s", (node, ancestor, expected) => {
    expect(isArchitectureKindOf(node, ancestor)).toBe(expected);
  });
});

describe("architectureDescendants", () => {
  test("lists LSTM and GRU under RNN", () => {
    expect(architectureDescendants("rnn")).toEqual(["lstm", "gru"]);
  });
  test("lists the three transformer shapes under transformer", () => {
    expect(architectureDescendants("transformer")).toEqual(["encoder-only", "decoder-only", "encoder-decoder"]);
  });
  test("gives nothing for a leaf", () => {
    expect(architectureDescendants("lstm")).toEqual([]);
  });
});

describe("the architecture tree", () => {
  test("declares every parent before its children and has no cycles", () => {
    for (const node of ARCHITECTURES) {
      const parent = ARCHITECTURE_PARENTS[node];
      if (parent !== null) expect(ARCHITECTURES.indexOf(parent)).toBeLessThan(ARCHITECTURES.indexOf(node));
      expect(architectureAncestors(node)).not.toContain(node);
    }
  });
  test("has the seed's nodes", () => {
    expect(ARCHITECTURES).toEqual(expect.arrayContaining(["transformer", "cnn", "rnn", "lstm"]));
    expect(architectureAncestors("lstm")).toEqual(["rnn"]);
  });
});
