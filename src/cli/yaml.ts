// The YAML parser, for the command line to import when it reads YAML. yaml is a CommonJS package: a static
// import here lets the bundler give it named exports, which a dynamic import of the package itself loses in
// the split build of the command line (the chunk would hand back only `default`).
export { parse, YAMLParseError } from "yaml";
