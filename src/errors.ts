/**
 * The base class of every error this library throws on purpose, so callers can tell them apart from bugs with
 * one `instanceof` check.
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
  override name = "ModelTaxonomyError";
}

/**
 * Thrown when an argument is out of its domain: a negative parameter count, thresholds in the wrong order,
 * a parameter count string that cannot be read.
 */
export class InvalidArgumentError extends ModelTaxonomyError {
  override name = "InvalidArgumentError";
  /** The name of the argument that was wrong. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.argument = argument;
  }
}
