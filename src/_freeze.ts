// Deep freezing of the tables the package exports and the records registries hand out. Private: not
// re-exported.

/**
 * Freezes a value and everything reachable from it through own properties, and returns it with its type
 * unchanged. An object already frozen is taken as frozen through, and not walked again: what the package
 * freezes, it freezes whole with this function (a table's shared parts, a record handed out twice), and the
 * records a user gives are parsed into new objects before they are frozen. Called at module scope it must carry
 * a `@__PURE__` annotation, so that bundlers can still drop a table nobody imports.
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
  // A loop over a work list rather than recursion: records from users may nest deeply. A frozen value is not
  // walked, which also ends a cycle and passes over every primitive.
  while (pending.length > 0) {
    const next = pending.pop();
    if (!isUnfrozen(next)) continue;
    Object.freeze(next);
    // Through descriptors, so that no getter runs.
    for (const key of Reflect.ownKeys(next)) pending.push(Reflect.getOwnPropertyDescriptor(next, key)?.value);
  }
  return value;
}

// Object.isFrozen is true of every primitive and of null, so a value that is not frozen is an object or a function.
function isUnfrozen(value: unknown): value is object {
  return !Object.isFrozen(value);
}
