// Deep freezing of the tables the package exports and the records registries hand out. Private: not
// re-exported.

/**
 * Freezes a value and everything reachable from it through own properties, and returns it with its type
 * unchanged. Called at module scope it must carry a `@__PURE__` annotation, so that bundlers can still drop a
 * table nobody imports.
 *
 * @example
 * ```ts
 * const table = _deepFreeze({ small: [1, 2] }); // Object.isFrozen(table.small) is true
 * ```
 *
 * @internal
 */
export function _deepFreeze<const T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  // A loop over a work list rather than recursion: records from users may nest deeply.
  while (pending.length > 0) {
    const next = pending.pop();
    if ((typeof next !== "object" && typeof next !== "function") || next === null || seen.has(next)) continue;
    seen.add(next);
    Object.freeze(next);
    // Through descriptors, so that no getter runs: an accessor's `value` is undefined, which the loop skips.
    for (const key of Reflect.ownKeys(next)) pending.push(Reflect.getOwnPropertyDescriptor(next, key)?.value);
  }
  return value;
}
