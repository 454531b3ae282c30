// The built package, as users run it: every benchmark measures dist/ (`npm run bench` builds first), never the
// sources through a TypeScript loader. Types come from the sources, which the build is made from.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The file URL of a built file, such as `dist/index.js`. */
export function distUrl(file: string): string {
  return pathToFileURL(resolve(import.meta.dirname, "..", file)).href;
}

/** The core entry, `model-taxonomy`. */
export const core: typeof import("../src/index.js") = await import(distUrl("dist/index.js"));

/** The registry entry, `model-taxonomy/registry`. */
export const builtIn: typeof import("../src/registry/index.js") = await import(distUrl("dist/registry.js"));
