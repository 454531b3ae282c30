// Small helpers shared by the classifier's modules. Private to the library.
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
