/**
 * Looking Hub names up in a registry: the coarse hash that turns most names away before a lookup, the memory of
 * answers a registry gave, and the first known name of several. (How a classification uses them is tested in
 * `_context.test.ts`.)
 */
import { describe, expect, test } from "vitest";
import { readerRecord } from "../../test/records.js";
import { type Model, parseModel } from "../model.js";
import { _coarseHash, _firstKnown, _known, type HubModelLookup } from "./_registry.js";

// The coarse form a hash stands for, as the module's comments define it: lower case, with no whitespace, dot,
// underscore or hyphen.
const coarse = (name: string) => name.toLowerCase().replace(/[\s._-]+/g, "");

describe("_coarseHash", () => {
  // First in the file on purpose: the table of folded characters is built by the first hash and kept, so only
  // the first test to hash a name runs the code that builds it.
  test("hashes a name as its coarse form, and different coarse forms differently", () => {
    const names = [
      "meta-llama/Meta-Llama-3.1-8B",
      "Qwen/Qwen2.5_7B Instruct",
      "HuggingFaceH4/ZEPHYR-7B-beta",
      "tab\tnew line\nvertical\vform feed\fcarriage return\r",
      "@A[`a{ Z_z",
    ];
    for (const name of names) expect(_coarseHash(name)).toBe(_coarseHash(coarse(name)));
    // Characters that are not separators count, control characters next to the whitespace ones included.
    const forms = ["ab", "ba", "a+b", "a/b", "a\bb", "a\u000eb", "a\u0000b", "a\u007fb", "gpt2", "gpt3"];
    expect(new Set(forms.map(_coarseHash)).size).toBe(forms.length);
  });

  test("is NaN, a maybe, for a name beyond ASCII, and a number for every ASCII name", () => {
    expect(_coarseHash("acme/modèle")).toBeNaN();
    expect(_coarseHash("acme/\u0080")).toBeNaN();
    expect(_coarseHash("acme/\u007f")).not.toBeNaN();
    expect(_coarseHash("")).toBe(0);
  });
});

const reader: Model = parseModel(readerRecord());

/** A lookup that knows one name and records every name it is asked about. */
function lookupOf(known: string): { lookup: HubModelLookup; asked: string[] } {
  const asked: string[] = [];
  return {
    lookup: {
      get(name) {
        asked.push(name);
        return name === known ? reader : undefined;
      },
    },
    asked,
  };
}

describe("_known", () => {
  test("remembers up to 4096 answers, then starts over rather than grow", () => {
    const { lookup, asked } = lookupOf("acme/reader");
    const askedFor = (name: string) => asked.filter((each) => each === name).length;
    expect(_known(lookup, "acme/reader")).toEqual({ model: reader, name: "acme/reader" });
    for (let index = 0; index < 4095; index++) _known(lookup, `acme/other-${index}`);
    // 4096 answers are remembered: the first is not asked for again.
    expect(_known(lookup, "acme/reader")?.model).toBe(reader);
    expect(askedFor("acme/reader")).toBe(1);
    // One more name fills the memory past its bound: it starts over, and the first is asked for again.
    _known(lookup, "acme/one-more");
    expect(_known(lookup, "acme/reader")?.model).toBe(reader);
    expect(askedFor("acme/reader")).toBe(2);
  });
});

describe("_firstKnown", () => {
  test("gives the first of several names that the registry knows, skipping unknown and missing names", () => {
    const { lookup } = lookupOf("acme/reader");
    expect(_firstKnown(lookup, [undefined, "acme/unknown", "acme/reader"])).toEqual({
      model: reader,
      name: "acme/reader",
    });
    expect(_firstKnown(lookup, ["acme/unknown", undefined])).toBeUndefined();
    expect(_firstKnown(undefined, ["acme/reader"])).toBeUndefined();
  });
});
