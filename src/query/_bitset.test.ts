import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  _and,
  _andInto,
  _andNotInto,
  _countAnd,
  _countBits,
  _empty,
  _full,
  _has,
  _orInto,
  _pick,
  _set,
} from "./_bitset.js";

/** A bitset of `size` positions holding `positions`. */
function bitsOf(size: number, positions: Iterable<number>) {
  const bits = _empty(size);
  for (const position of positions) _set(bits, position);
  return bits;
}

const range = (size: number) => Array.from({ length: size }, (_, index) => index);

describe("_full", () => {
  test.each([0, 1, 31, 32, 33, 63, 64, 65, 100])("holds exactly the %i positions of its size", (size) => {
    const bits = _full(size);
    expect(bits.length).toBe(Math.ceil(size / 32));
    expect(_countBits(bits)).toBe(size);
    expect(_pick(bits, range(size + 40))).toEqual(range(size));
  });
});

describe("_set and _has", () => {
  test("set the bit of a position and of no other, across word boundaries", () => {
    for (const position of [0, 1, 30, 31, 32, 33, 63, 64, 99]) {
      const bits = bitsOf(100, [position]);
      expect(range(100).filter((other) => _has(bits, other))).toEqual([position]);
    }
  });
});

// Sets of positions in a universe of up to 100 models, each position in a set with even odds (fast-check's
// arrays of indices are short, so most pairs would not meet): word boundaries at 32 and 64 are crossed.
const subset = (size: number) =>
  fc
    .array(fc.boolean(), { minLength: size, maxLength: size })
    .map((mask) => range(size).filter((position) => mask[position] === true));
const pair = fc.integer({ min: 1, max: 100 }).chain((size) => fc.tuple(fc.constant(size), subset(size), subset(size)));

describe("the set operations", () => {
  test("agree with the same operations on plain sets", () => {
    let nonTrivial = 0;
    fc.assert(
      fc.property(pair, ([size, left, right]) => {
        const a = new Set(left);
        const b = new Set(right);
        const both = range(size).filter((position) => a.has(position) && b.has(position));
        const either = range(size).filter((position) => a.has(position) || b.has(position));
        const onlyA = range(size).filter((position) => a.has(position) && !b.has(position));
        if (both.length > 0 && onlyA.length > 0) nonTrivial += 1;

        const items = range(size);
        expect(_pick(_and(bitsOf(size, a), bitsOf(size, b)), items)).toEqual(both);
        expect(_countAnd(bitsOf(size, a), bitsOf(size, b))).toBe(both.length);
        const or = bitsOf(size, a);
        _orInto(or, bitsOf(size, b));
        expect(_pick(or, items)).toEqual(either);
        const and = bitsOf(size, a);
        _andInto(and, bitsOf(size, b));
        expect(_pick(and, items)).toEqual(both);
        const andNot = bitsOf(size, a);
        _andNotInto(andNot, bitsOf(size, b));
        expect(_pick(andNot, items)).toEqual(onlyA);
        expect(_countBits(bitsOf(size, a))).toBe(a.size);
      }),
      { numRuns: 300 },
    );
    // Most cases have a non-empty intersection and a non-empty difference, not two empty sets.
    expect(nonTrivial).toBeGreaterThanOrEqual(150);
  });
});

describe("_pick", () => {
  test("returns the items at the set positions, in order, skipping positions past the items", () => {
    expect(_pick(bitsOf(70, [69, 0, 33, 5]), ["a", "b", "c", "d", "e", "f"])).toEqual(["a", "f"]);
    expect(_pick(bitsOf(70, [69, 0, 33, 5]), range(70))).toEqual([0, 5, 33, 69]);
  });
});
