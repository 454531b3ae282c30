import { describe, expect, test } from "vitest";
import { _deepFreeze } from "./_freeze.js";

describe("_deepFreeze", () => {
  test("freezes the value and everything below it, and returns the same value", () => {
    const value = { list: [{ name: "a" }], nested: { deeper: { leaf: [1] } } };
    expect(_deepFreeze(value)).toBe(value);
    for (const part of [
      value,
      value.list,
      value.list[0],
      value.nested,
      value.nested.deeper,
      value.nested.deeper.leaf,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });

  test("reaches objects inside functions and arrays of arrays", () => {
    const onFunction = { b: 2 };
    const fn = Object.assign(() => 1, { onFunction });
    const value = { fn, grid: [[{ c: 3 }]] };
    _deepFreeze(value);
    expect([fn, onFunction, value.grid, value.grid[0], value.grid[0]?.[0]].map(Object.isFrozen)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test("leaves primitives as they are and follows a cycle only once", () => {
    expect(_deepFreeze(5)).toBe(5);
    expect(_deepFreeze(null)).toBeNull();
    expect(_deepFreeze("text")).toBe("text");
    const cycle: { self?: unknown; other: { back?: unknown } } = { other: {} };
    cycle.self = cycle;
    cycle.other.back = cycle;
    expect(_deepFreeze(cycle)).toBe(cycle);
    expect(Object.isFrozen(cycle.other)).toBe(true);
  });

  test("freezes an object reached twice, through two paths", () => {
    const shared = { x: 1 };
    const value = { a: shared, b: [shared] };
    _deepFreeze(value);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(value.b)).toBe(true);
  });

  test("takes an object already frozen as frozen through, and walks everything else around it", () => {
    const frozen = Object.freeze({ inner: { left: "as it was" } });
    const loose = { leaf: [1] };
    const value = { frozen, loose, list: [frozen, loose] };
    _deepFreeze(value);
    expect(Object.isFrozen(frozen.inner)).toBe(false);
    expect([value, value.list, loose, loose.leaf].map(Object.isFrozen)).toEqual([true, true, true, true]);
  });
});
