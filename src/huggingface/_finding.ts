// Small helpers shared by the classifier's modules. Private to the library.
import { _deepFreeze } from "../_freeze.js";
import type { Confidence, Evidence, Finding } from "./classify.js";

export const _UNKNOWN = "unknown" as const;

/** An answer with its confidence, evidence and reason. */
export function _finding<T>(
  value: T,
  confidence: Confidence,
  evidence: readonly Evidence[],
  reason: string,
): Finding<T> {
  return { value, confidence, evidence, reason };
}

/** A table entry by an untrusted key: `hasOwn`, so "constructor" finds nothing. */
export function _lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Evidence that a registry record supplied an answer. */
export function _registryEvidence(id: string): Evidence {
  return { field: "registry", value: id };
}

// Findings that depend on nothing but a shared finding (the task a pipeline tag names, and what follows from it)
// are the same for every model that has it: they are built once, frozen and shared, so a dump of thousands of
// models holds one copy of each rather than thousands.
const sharedFindings = /* @__PURE__ */ new WeakSet<object>();

/**
 * Freezes a finding and marks it as shared, so that findings derived from it alone may be shared too.
 *
 * @example
 * const tasks = _share(_finding(["fill-mask"], "certain", [{ field: "pipeline_tag", value: "fill-mask" }], "…"));
 */
export function _share<T>(finding: Finding<T>): Finding<T> {
  sharedFindings.add(_deepFreeze(finding));
  return finding;
}

/** Whether a finding is one of the shared, frozen ones of {@link _share}. */
export function _isShared(finding: Finding<unknown>): boolean {
  return sharedFindings.has(finding);
}
