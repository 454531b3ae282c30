import { expect, describe as group, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import { InvalidArgumentError } from "../errors.js";
import type { ModelInput } from "../model.js";
import { createRegistry } from "./create.js";

group("families of a registry of one's own", () => {
  const record = (id: string, family: string, year: number, total: number | null): ModelInput =>
    textGenerator({ id, name: id.toUpperCase(), family, year, parameters: { total } });
  const records = [
    record("acme-7b", "acme", 2021, 7e9),
    record("acme-70b", "acme", 2020, 70e9),
    record("acme-next", "acme", 2022, null),
    record("zeta-1b", "zeta", 2019, 1e9),
    record("beta-1", "beta", 2020, null),
    record("alpha-1", "alpha", 2020, 2e9),
  ];
  // Built in each test, so that each test covers the parts of the registry it reads.
  const mine = () =>
    createRegistry(records, {
      families: [
        { id: "acme", name: "Acme LM", aliases: ["ACME Language Model"], representative: "acme-70b" },
        { id: "acme", members: ["acme-next", "acme-7b"] },
        { id: "beta", name: "Beta" },
      ],
    });

  test("gather members in the order the family lists them, the rest after them in registry order", () => {
    expect(
      mine()
        .getFamily("acme")
        ?.members.map((member) => member.id),
    ).toEqual(["acme-next", "acme-7b", "acme-70b"]);
    expect(mine().familyOf("acme-7b")?.id).toBe("acme");
  });

  test("take every entry given for a family, later ones adding to earlier ones", () => {
    const acme = mine().getFamily("acme");
    expect([acme?.name, acme?.aliases, acme?.representative.id]).toEqual([
      "Acme LM",
      ["ACME Language Model"],
      "acme-70b",
    ]);
    const renamed = createRegistry(records, {
      families: [
        { id: "acme", name: "Old" },
        { id: "acme", name: "New" },
      ],
    });
    expect(renamed.getFamily("acme")?.name).toBe("New");
  });

  test("are named by their id and stand for their first member when nothing says otherwise", () => {
    const zeta = mine().getFamily("zeta");
    expect([zeta?.name, zeta?.aliases, zeta?.representative.id]).toEqual(["zeta", [], "zeta-1b"]);
    expect(mine().get("zeta")?.id).toBe("zeta-1b");
  });

  test("span the parameter counts, size classes and years of their members", () => {
    const acme = mine().getFamily("Acme LM");
    expect([acme?.parameters, acme?.sizeClasses, acme?.years]).toEqual([
      { min: 7e9, max: 70e9 },
      ["medium", "large"],
      { first: 2020, last: 2022 },
    ]);
    const beta = mine().getFamily("beta");
    expect([beta?.parameters, beta?.sizeClasses, beta?.years]).toEqual([null, [], { first: 2020, last: 2020 }]);
    expect(mine().getFamily("zeta")?.parameters).toEqual({ min: 1e9, max: 1e9 });
  });

  test("list by the year of the first member, then by name ignoring case", () => {
    expect(
      mine()
        .families()
        .map((family) => family.name),
    ).toEqual(["zeta", "Acme LM", "alpha", "Beta"]);
    // By the family's name, not by its members' names.
    const crossed = createRegistry([record("aaa-1", "zulu", 2020, null), record("zzz-1", "able", 2020, null)]);
    expect(crossed.families().map((family) => family.id)).toEqual(["able", "zulu"]);
  });

  test("are found by id, name or alias however they are spelt, and a model without one has none", () => {
    for (const name of ["acme", "ACME LM", "acme-language-model", "Acme_LM"])
      expect(mine().getFamily(name)?.id).toBe("acme");
    expect(mine().getFamily("gamma")).toBeUndefined();
    const loner = createRegistry([{ ...record("solo", "x", 2020, null), family: undefined }]);
    expect(loner.familyOf("solo")).toBeUndefined();
    expect(loner.families()).toEqual([]);
  });

  test("give a name shared by two families to the first in family order", () => {
    const clash = createRegistry(records, { families: [{ id: "beta", aliases: ["Zeta"] }] });
    expect(clash.getFamily("zeta")?.id).toBe("zeta");
    const early = createRegistry(records, { families: [{ id: "zeta", aliases: ["Beta"] }] });
    expect(early.getFamily("beta")?.id).toBe("zeta");
  });

  test("suggest the family of an unknown checkpoint by the longest leading part of its name", () => {
    expect(mine().suggest("someone/Acme-LM-7B-GGUF")[0]).toBe("Acme LM");
    expect(mine().suggest("acme_lm_7b_awq")[0]).toBe("Acme LM");
    expect(mine().suggest("zeta-13b", 1)).toEqual(["zeta"]);
    // The part is a leading one, shorter than the name: a family is no suggestion for its own name.
    expect(mine().suggest("zeta")).not.toContain("zeta");
    // A longer part wins: "acme-lm" names the family Acme LM before "acme" names it by id.
    const nested = createRegistry(records, { families: [{ id: "zeta", aliases: ["Acme LM 7B"] }] });
    expect(nested.suggest("Acme-LM-7B-GGUF")[0]).toBe("zeta");
  });

  test("suggest a family's name once, when a model has it too", () => {
    const named = createRegistry([{ ...record("solo-7b", "solo", 2020, 7e9), name: "Solo" }], {
      families: [{ id: "solo", name: "Solo" }],
    });
    expect(named.suggest("solo-7b-gguf")).toEqual(["Solo"]);
    // "solo-7b-q" is one edit from the model's id, whose name is the family's.
    expect(named.suggest("solo-7b-q")).toEqual(["Solo"]);
  });

  test("describe a family of one as its model, its base named as the registry names it", () => {
    const tuned = createRegistry(
      [
        {
          ...record("solo-7b", "solo", 2021, 7e9),
          training: { method: "transfer-learning", relation: "fine-tune", baseModel: "zeta-1b" },
        },
      ],
      { base: mine() },
    );
    expect(tuned.describeFamily("solo")).toMatch(/It is a fine-tuned version of ZETA-1B\.$/);
    const orphan = createRegistry([
      {
        ...record("solo-7b", "solo", 2021, 7e9),
        training: { method: "transfer-learning", relation: "fine-tune", baseModel: "nobody" },
      },
    ]);
    expect(orphan.describeFamily("solo")).toMatch(/It is a fine-tuned version of nobody\.$/);
  });

  test("are described, and an unknown family is refused with suggestions", () => {
    expect(mine().describeFamily("acme")).toBe(mine().describeFamily(mine().getFamily("acme") ?? "acme"));
    expect(mine().describeFamily("acme")).toMatch(/^Acme LM is a family of 3 /);
    expect(() => mine().describeFamily("acme-llm")).toThrow(/unknown model "acme-llm"; did you mean/);
    // @ts-expect-error what JavaScript callers may pass
    expect(() => mine().getFamily(42)).toThrow(InvalidArgumentError);
    // @ts-expect-error what JavaScript callers may pass
    expect(() => mine().getFamily(42)).toThrow(/^name: /);
  });

  test("refuse family entries that are not what the types say, naming the entry and field", () => {
    const wrong: [unknown, string][] = [
      [{ id: "acme" }, "options.families"],
      [[null], "options.families[0]"],
      [[{ id: "acme" }, "acme"], "options.families[1]"],
      [[{ name: "Acme" }], "options.families[0].id"],
      [[{ id: " " }], "options.families[0].id"],
      [[{ id: "acme", name: "" }], "options.families[0].name"],
      [[{ id: "acme", name: 7 }], "options.families[0].name"],
      [[{ id: "acme", aliases: "Acme" }], "options.families[0].aliases"],
      [[{ id: "acme", aliases: ["Acme", ""] }], "options.families[0].aliases"],
      [[{ id: "acme", representative: 7 }], "options.families[0].representative"],
      [[{ id: "acme", members: ["acme-7b", 7] }], "options.families[0].members"],
    ];
    const argumentOf = (families: unknown): string => {
      try {
        // @ts-expect-error deliberately wrong family entries
        createRegistry(records, { families });
        return "accepted";
      } catch (error) {
        return error instanceof InvalidArgumentError ? error.argument : String(error);
      }
    };
    expect(wrong.map(([families]) => argumentOf(families))).toEqual(wrong.map(([, argument]) => argument));
    const messageOf = (families: unknown): string => {
      try {
        // @ts-expect-error deliberately wrong family entries
        createRegistry(records, { families });
        return "accepted";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    expect(
      [
        7,
        [7],
        [{ id: 7 }],
        [{ id: "a", name: 7 }],
        [{ id: "a", aliases: 7 }],
        [{ id: "a", representative: 7 }],
        [{ id: "a", members: 7 }],
      ].map(messageOf),
    ).toMatchInlineSnapshot(`
      [
        "options.families: expected an array of families, received 7",
        "options.families[0]: expected { id, name?, aliases?, representative?, members? }, received 7",
        "options.families[0].id: expected the family id, received 7",
        "options.families[0].name: expected a name, received 7",
        "options.families[0].aliases: expected an array of names, received 7",
        "options.families[0].representative: expected a member id, received 7",
        "options.families[0].members: expected an array of member ids, received 7",
      ]
    `);
    expect(argumentOf([{ id: "acme", name: "A", aliases: [], representative: "acme-7b", members: [] }])).toBe(
      "accepted",
    );
  });

  test("keep the families of a base registry, which entries of the new one can rename", () => {
    const base = createRegistry(records.slice(0, 3), {
      families: [
        { id: "acme", members: ["acme-next", "acme-7b"] },
        { id: "acme", name: "Acme LM", representative: "acme-70b" },
      ],
    });
    const top = createRegistry([record("acme-1t", "acme", 2023, 1e12)], {
      base,
      families: [{ id: "acme", name: "Acme" }],
    });
    const acme = top.getFamily("acme");
    expect([acme?.name, acme?.representative.id]).toEqual(["Acme", "acme-70b"]);
    // The base's member order, kept through an entry that does not give one; the new member after.
    expect(acme?.members.map((member) => member.id)).toEqual(["acme-next", "acme-7b", "acme-70b", "acme-1t"]);
    expect(createRegistry([], { base }).getFamily("acme")?.name).toBe("Acme LM");
  });
});
