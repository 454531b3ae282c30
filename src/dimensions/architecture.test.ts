import { describe, expect, test } from "vitest";
import {
  ARCHITECTURE_PARENTS,
  ARCHITECTURES,
  type Architecture,
  architectureAncestors,
  architectureDescendants,
  architectureParent,
  InvalidArgumentError,
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
  // A parent always listed earlier than its child rules out cycles too.
  test("declares every parent before its children", () => {
    for (const node of ARCHITECTURES) {
      const parent = ARCHITECTURE_PARENTS[node];
      if (parent !== null) expect(ARCHITECTURES.indexOf(parent)).toBeLessThan(ARCHITECTURES.indexOf(node));
    }
  });
});

describe("architectureParent", () => {
  const cases: [Architecture, Architecture | null][] = [
    ["lstm", "rnn"],
    ["gru", "rnn"],
    ["encoder-only", "transformer"],
    ["decoder-only", "transformer"],
    ["encoder-decoder", "transformer"],
    ["transformer", null],
    ["rnn", null],
    ["cnn", null],
    ["state-space", null],
  ];
  test.each(cases)("gives %s the parent %s", (node, parent) => {
    expect(architectureParent(node)).toBe(parent);
  });

  test("gives the ancestors of a root as an empty list", () => {
    expect(architectureAncestors("transformer")).toEqual([]);
    expect(architectureAncestors("decoder-only")).toEqual(["transformer"]);
    expect(architectureAncestors("lstm")).toEqual(["rnn"]);
  });
});

describe("the architecture functions", () => {
  test("refuse anything but a node of the tree, naming the argument", () => {
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => architectureParent("lstms")).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: node: expected an architecture such as "decoder-only", received "lstms"]`,
    );
    // A key every object inherits is not a node either.
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => architectureParent("constructor")).toThrow(InvalidArgumentError);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => architectureParent(undefined)).toThrow(/received undefined/);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => architectureAncestors("toString")).toThrow(/^node: /);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => isArchitectureKindOf("lstm", "recurrent")).toThrow(/^ancestor: /);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => isArchitectureKindOf("recurrent", "rnn")).toThrow(/^node: /);
    // The same node on both sides is still checked.
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => isArchitectureKindOf("recurrent", "recurrent")).toThrow(InvalidArgumentError);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => architectureDescendants("hasOwnProperty")).toThrow(/^node: /);
  });
});
