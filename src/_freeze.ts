// Deep freezing of the tables the package exports and the records registries hand out. Private: not
// re-exported.

/**
 * Freezes plain data whole: a value and every object and array under it, reached through their own enumerable
 * properties (all that JSON, zod and an object literal make), and returns it with its type unchanged. An object
 * already frozen is taken as frozen through, and not walked again: what the package freezes, it freezes whole
 * with this function (a table's shared parts, a record handed out twice). It is given only the package's own
 * tables and records parsed into new objects, never a user's object, which could hide data behind a getter or a
 * symbol key. Called at module scope it must carry a `@__PURE__` annotation, so that bundlers can still drop a
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
  // A loop over a work list rather than recursion: records may nest deeply. A frozen value is not walked, which
  // also ends a cycle and passes over every primitive (Object.isFrozen is true of them all, and of null).
  // Property values are read as they are, without a descriptor each: the tables built at import hold a few
  // thousand of them, and the descriptors cost more than the freezing.
  while (pending.length > 0) {
    const next = pending.pop();
    if (!isUnfrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) pending.push(child);
  }
  return value;
}

// Object.isFrozen is true of every primitive and of null, so a value that is not frozen is an object or a function.
function isUnfrozen(value: unknown): value is object {
  return !Object.isFrozen(value);
}
