// Fixed-size bitsets over model positions, one bit per model, 32 to a word. Private to the query engine.

/** A set of model positions: bit `i` of word `i >>> 5` is set when position `i` is in the set. */
export type _Bitset = Uint32Array;

export function _empty(size: number): _Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function _full(size: number): _Bitset {
  const bits = _empty(size);
  bits.fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

export function _set(bits: _Bitset, position: number): void {
  bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
}

export function _has(bits: _Bitset, position: number): boolean {
  return ((bits[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
}

// The word loops below are the hot path of every query. Both bitsets always have the same length, so the
// `?? 0` never applies; it only satisfies noUncheckedIndexedAccess, and V8 compiles it away.

/** `target |= source`, word by word. */
export function _orInto(target: _Bitset, source: _Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (source[i] ?? 0);
}

/** `target &= source`, word by word. */
export function _andInto(target: _Bitset, source: _Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & (source[i] ?? 0);
}

/** `target &= ~source`, word by word. */
export function _andNotInto(target: _Bitset, source: _Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & ~(source[i] ?? 0);
}

/** A new bitset holding `a & b`, in one pass. */
export function _and(a: _Bitset, b: _Bitset): _Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] ?? 0) & (b[i] ?? 0);
  return out;
}

function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function _countBits(bits: _Bitset): number {
  let total = 0;
  for (let i = 0; i < bits.length; i++) total += popcount32(bits[i] ?? 0);
  return total;
}

/** Number of positions in both sets, without building the intersection. */
export function _countAnd(a: _Bitset, b: _Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += popcount32((a[i] ?? 0) & (b[i] ?? 0));
  return total;
}

/** The items at the positions in the set, in increasing order of position. */
export function _pick<T>(bits: _Bitset, items: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i] ?? 0;
    while (word !== 0) {
      // Lowest set bit: its index is 31 minus the count of leading zeros of the isolated bit.
      const lowest = word & -word;
      const item = items[(i << 5) + 31 - Math.clz32(lowest)];
      if (item !== undefined) out.push(item);
      word ^= lowest;
    }
  }
  return out;
}
