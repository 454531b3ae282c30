// What the binary (./index.ts) needs to start, in one module: it loads this after turning on Node's compile
// cache, and one import resolves to fewer files for Node to find, read and link than one import per module
// (three of them fewer, a few milliseconds of every run).
export { EXIT } from "./input.js";
export { run } from "./program.js";
export { _writeFailure } from "./stdio.js";
export { _ERRORS, _localeFromArguments, _MESSAGES } from "./text.js";
