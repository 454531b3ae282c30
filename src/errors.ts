/**
 * The library's error classes. A package loaded both as ES module and as CommonJS (one `import`, one
 * `require` in the same process) holds two copies of each class; `instanceof` still recognises errors from
 * either copy, because every error carries a brand registered with `Symbol.for`, which both copies share.
 *
 * @module
 */
import { _show } from "./_text.js";

/**
 * The key under which an error carries the brands of its class and of every ancestor class, shared by every
 * copy of the library through the global symbol registry.
 */
const ERROR_BRAND = /* @__PURE__ */ Symbol.for("model-taxonomy.error-brand");

// Whether `value` is an instance of the error class `type`, from this copy of the library or another.
function isInstance(type: typeof ModelTaxonomyError, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(type, value)) return true;
  // A subclass that declares no brand of its own is only recognised by its prototype chain.
  if (!Object.hasOwn(type, "_brand")) return false;
  const brands = typeof value === "object" && value !== null ? Reflect.get(value, ERROR_BRAND) : undefined;
  return Array.isArray(brands) && brands.includes(type._brand);
}

/**
 * The base class of every error this library throws on purpose, so callers can tell them apart from bugs with
 * one `instanceof` check. The check works across the ES module and CommonJS builds of the library.
 *
 * @example
 * ```ts
 * try {
 *   classifySize(-1);
 * } catch (error) {
 *   if (error instanceof ModelTaxonomyError) console.error(error.message);
 * }
 * ```
 */
export class ModelTaxonomyError extends Error {
  /**
   * The brand of this class, the same in every copy of the library; each subclass declares its own. A plain
   * static field (not a symbol-keyed one), so that bundlers can still drop an error class nobody uses.
   *
   * @internal
   */
  static readonly _brand: string = "ModelTaxonomyError";

  /**
   * `instanceof` by prototype chain, or else by brand: an error from another copy of the library is an
   * instance when its brands include this class's own brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, often a subclass.
    return isInstance(this, value);
  }

  override name = "ModelTaxonomyError";

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    // The brands of the class and its ancestors, most specific first; not enumerable, so the error's own
    // fields are unchanged.
    const brands: string[] = [];
    for (let type: unknown = new.target; typeof type === "function"; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, "_brand")) {
        const brand: unknown = Reflect.get(type, "_brand");
        if (typeof brand === "string") brands.push(brand);
      }
      if (type === ModelTaxonomyError) break;
    }
    Object.defineProperty(this, ERROR_BRAND, { value: Object.freeze(brands) });
  }
}

/**
 * What an {@link InvalidArgumentError} says about a wrong argument, in fields rather than in its message: what
 * the argument should have been and what it was.
 *
 * @example
 * ```ts
 * throw new InvalidArgumentError("bits", { expected: "a number between 1 and 64", received: 0 });
 * // message: "bits: expected a number between 1 and 64, received 0"
 * ```
 */
export interface InvalidArgumentDetail {
  /** What the argument should have been, in words, such as `"a number between 1 and 64"`. */
  readonly expected: string;
  /** The value that was passed; leave it out when showing it would not help. */
  readonly received?: unknown;
  /** Why the value is not what was expected, when neither field says it, such as the first problem found in it. */
  readonly reason?: string;
}

/**
 * Thrown when an argument is out of its domain: a negative parameter count, thresholds in the wrong order,
 * a parameter count string that cannot be read, a value of the wrong type. Its fields say which argument
 * and what was wrong with it, so that a program never needs to read the message.
 *
 * @example
 * ```ts
 * try {
 *   weightMemory(model, 0);
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) {
 *     error.argument; // "bits"
 *     error.expected; // "bits per parameter between 1 and 64"
 *     error.received; // "0"
 *   }
 * }
 * ```
 */
export class InvalidArgumentError extends ModelTaxonomyError {
  static override readonly _brand: string = "InvalidArgumentError";
  override name = "InvalidArgumentError";
  /** The argument that was wrong, as a path from the call's arguments: `"bits"`, `"options.strict"`. */
  readonly argument: string;
  /** What is wrong with the argument: the message without the argument's name in front. */
  readonly problem: string;
  /** What the argument should have been, when the error says it. */
  readonly expected: string | undefined;
  /**
   * The value that was passed, shown as in the message (strings quoted and cut after 80 characters, objects
   * named by kind), when the error says it. A text, so that the error never holds on to a caller's data.
   */
  readonly received: string | undefined;

  /**
   * @param argument - The argument's path, such as `"options.strict"`.
   * @param problem - What was expected and received, or, when no such pair says it, a sentence saying what is
   *   wrong.
   */
  constructor(argument: string, problem: string | InvalidArgumentDetail) {
    const detail = typeof problem === "string" ? undefined : problem;
    const received = detail !== undefined && "received" in detail ? _show(detail.received) : undefined;
    const text =
      detail === undefined
        ? String(problem)
        : `expected ${detail.expected}${received === undefined ? "" : `, received ${received}`}${detail.reason === undefined ? "" : `: ${detail.reason}`}`;
    super(`${argument}: ${text}`);
    this.argument = argument;
    this.problem = text;
    this.expected = detail?.expected;
    this.received = received;
  }
}
