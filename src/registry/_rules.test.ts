import { expect, describe as group, test } from "vitest";
import { _checkDataFiles, type _DataFile } from "./_rules.js";
import type { FamilyInput, FamilyMemberInput, FamilyShared } from "./family.js";

const SHARED: FamilyShared = {
  organization: "Acme",
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "pretrained" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
  openWeights: true,
  sources: ["https://example.org/acme"],
};

function member(id: string, extra: Partial<FamilyMemberInput> = {}): FamilyMemberInput {
  return { id, name: id.toUpperCase(), year: 2020, parameters: { total: 7_000_000_000 }, ...extra };
}

/** A family of one member whose id is the family's id followed by "-7b". */
function family(id: string, extra: Partial<FamilyInput> = {}): FamilyInput {
  return {
    id,
    name: `${id} family`,
    representative: `${id}-7b`,
    shared: SHARED,
    members: [member(`${id}-7b`)],
    ...extra,
  };
}

function errorsOf(...files: (readonly FamilyInput[])[]): string[] {
  return _checkDataFiles(files.map((families, index): _DataFile => ({ name: `file-${index + 1}`, families }))).errors;
}

group("_checkDataFiles", () => {
  test("passes well-formed files and returns their full records", () => {
    const report = _checkDataFiles([
      { name: "a", families: [family("alpha"), family("beta")] },
      // A later file starts its own order: an older family may follow the last one of the file before.
      { name: "b", families: [family("gamma", { members: [member("gamma-7b", { year: 2015 })] })] },
    ]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.models.map((model) => [model.id, model.family, model.sizeClass])).toEqual([
      ["alpha-7b", "alpha", "medium"],
      ["beta-7b", "beta", "medium"],
      ["gamma-7b", "gamma", "medium"],
    ]);
  });

  test("refuses a family id that is not kebab-case", () => {
    expect(errorsOf([family("Alpha")])).toContain('file-1: family "Alpha": the id must be kebab-case');
  });

  test("refuses a family without members, and a representative that is not a member", () => {
    expect(errorsOf([family("alpha", { members: [] })])).toEqual([
      'file-1: family "alpha": lists no members',
      'file-1: family "alpha": the representative "alpha-7b" is not one of its members',
    ]);
    expect(errorsOf([family("alpha", { representative: "alpha-13b" })])).toEqual([
      'file-1: family "alpha": the representative "alpha-13b" is not one of its members',
    ]);
  });

  test("refuses a name that two families share once normalised, but not a family's own names repeated", () => {
    expect(errorsOf([family("alpha"), family("beta", { aliases: ["ALPHA Family"] })])).toEqual([
      'file-1: family "beta": "alphafamily" also names family "alpha"',
    ]);
    expect(errorsOf([family("alpha", { name: "Alpha", aliases: ["alpha", "A.L.P.H.A"] })])).toEqual([]);
  });

  test("refuses a family, or a record, declared twice", () => {
    const again = family("alpha", { members: [member("alpha-13b")], representative: "alpha-13b" });
    expect(errorsOf([family("alpha")], [again])).toEqual(['file-2: family "alpha": declared twice']);
    const twice = family("beta", { members: [member("alpha-7b")], representative: "alpha-7b" });
    expect(errorsOf([family("alpha")], [twice])).toEqual(['file-2: "alpha-7b" is declared twice']);
  });

  test("keeps families in order of first year, then name, within each file", () => {
    const in2019 = (id: string, name: string) =>
      family(id, { name, members: [member(`${id}-7b`, { year: 2021 }), member(`${id}-13b`, { year: 2019 })] });
    // By the first year of any member, not of the first one listed.
    expect(errorsOf([family("alpha"), in2019("beta", "Beta")])).toEqual([
      'file-1: family "beta": out of order (families sort by first year, then name; it follows "alpha family")',
    ]);
    expect(errorsOf([in2019("beta", "Beta"), family("alpha")])).toEqual([]);
    // The same year: by name, ignoring case.
    expect(errorsOf([in2019("beta", "beta"), in2019("alpha", "Alpha")])).toEqual([
      'file-1: family "alpha": out of order (families sort by first year, then name; it follows "beta")',
    ]);
    expect(errorsOf([in2019("alpha", "alpha"), in2019("beta", "Beta")])).toEqual([]);
    // The same name is a clash, not a question of order.
    expect(errorsOf([in2019("alpha", "Same"), in2019("beta", "same")])).toEqual([
      'file-1: family "beta": "same" also names family "alpha"',
    ]);
    // A year given once for the whole family counts for every member.
    const shared2010 = family("gamma", {
      shared: { ...SHARED, year: 2010 },
      members: [{ id: "gamma-7b", name: "GAMMA-7B", parameters: { total: 7_000_000_000 } }],
    });
    expect(errorsOf([family("alpha"), shared2010])).toEqual([
      'file-1: family "gamma": out of order (families sort by first year, then name; it follows "alpha family")',
    ]);
  });

  test("reports every schema problem of a member with its file, id and path", () => {
    // @ts-expect-error an unknown task, as plain JavaScript data could hold
    const bad = family("alpha", { members: [member("alpha-7b", { tasks: ["text-generation", "nope"], domains: [] })] });
    expect(errorsOf([bad])).toEqual([
      'file-1: "alpha-7b" tasks[1]: unknown value "nope"',
      'file-1: "alpha-7b" domains: must list at least one domain',
    ]);
    // @ts-expect-error a member without a readable id, as plain JavaScript data could hold
    const anonymous = family("beta", { members: [{ ...member("beta-7b"), id: 7 }] });
    expect(errorsOf([anonymous])).toEqual([
      'file-1: family "beta": the representative "beta-7b" is not one of its members',
      'file-1: "?" id: Invalid input: expected string, received number',
    ]);
  });

  test("passes the schema's warnings on, with file, id and path", () => {
    const moe = family("alpha", {
      members: [member("alpha-7b", { parameters: { total: 7_000_000_000, active: 1_000_000_000 } })],
    });
    const report = _checkDataFiles([{ name: "f", families: [moe] }]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      'f: "alpha-7b" parameters.active: active parameters are given but the architecture is not marked mixtureOfExperts',
    ]);
  });

  test("asks for a primary https source for every record, never Wikipedia", () => {
    const withSources = (sources: string[], links: FamilyShared["links"] = {}) =>
      family("alpha", { shared: { ...SHARED, sources, links } });
    expect(errorsOf([withSources([])])).toEqual(['file-1: "alpha-7b" cites no source']);
    expect(errorsOf([withSources(["http://example.org/a"])])).toEqual([
      'file-1: "alpha-7b" http://example.org/a is not https',
    ]);
    expect(errorsOf([withSources(["https://example.org/a"], { paper: "http://example.org/paper" })])).toEqual([
      'file-1: "alpha-7b" http://example.org/paper is not https',
    ]);
    expect(errorsOf([withSources(["https://en.wikipedia.org/wiki/Acme"])])).toEqual([
      'file-1: "alpha-7b" https://en.wikipedia.org/wiki/Acme: Wikipedia is not a primary source',
    ]);
  });

  test("refuses a name that two models share once normalised, across files too", () => {
    const taken = family("beta", { members: [member("beta-7b", { aliases: ["Alpha 7B"] })] });
    expect(errorsOf([family("alpha")], [taken])).toEqual([
      'file-2: "beta-7b": the name "alpha7b" is already used by "alpha-7b"',
    ]);
    // A model's own id, name and aliases may fold to the same name.
    expect(errorsOf([family("alpha", { members: [member("alpha-7b", { aliases: ["alpha_7b"] })] })])).toEqual([]);
  });

  test("lets a family's names stand for its representative only", () => {
    const two = (representative: string) =>
      family("alpha", {
        name: "Alpha",
        representative,
        members: [member("alpha-7b", { aliases: ["alpha"] }), member("alpha-13b")],
      });
    expect(errorsOf([two("alpha-7b")])).toEqual([]);
    expect(errorsOf([two("alpha-13b")])).toEqual([
      'family "alpha": its name "alpha" belongs to the model "alpha-7b", not its representative',
    ]);
  });

  test("asks every base model to be the exact id, name or alias of a checkpoint in the data", () => {
    const fineTuneOf = (baseModel: string, additionalBaseModels?: string[]) =>
      family("beta", {
        members: [
          member("beta-7b", {
            training: {
              method: "transfer-learning",
              relation: "fine-tune",
              baseModel,
              ...(additionalBaseModels === undefined ? {} : { additionalBaseModels }),
            },
          }),
        ],
      });
    // The family "alpha" takes the id of its only checkpoint, which "alpha 7b" also names.
    const alpha = family("alpha", { members: [member("alpha", { aliases: ["alpha 7b"] })], representative: "alpha" });
    expect(errorsOf([alpha, fineTuneOf("alpha")])).toEqual([]);
    expect(errorsOf([alpha, fineTuneOf("Alpha 7B")])).toEqual([]);
    expect(errorsOf([alpha, fineTuneOf("alpha", ["gamma"])])).toEqual([
      '"beta-7b": the base model "gamma" is not in the registry',
    ]);
    expect(errorsOf([alpha, fineTuneOf("delta")])).toEqual([
      '"beta-7b": the base model "delta" is not in the registry',
    ]);
    // A family's name that is also a checkpoint's alias would silently mean that checkpoint.
    const gamma = family("gamma", { members: [member("gamma-7b", { aliases: ["gamma"] })] });
    // Bases resolve across files.
    expect(errorsOf([gamma], [fineTuneOf("gamma")])).toEqual([
      '"beta-7b": the base model "gamma" names a family; name the exact checkpoint',
    ]);
    expect(errorsOf([gamma], [fineTuneOf("gamma-7b")])).toEqual([]);
  });
});
