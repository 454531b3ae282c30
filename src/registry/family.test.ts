import { expect, describe as group, test } from "vitest";
import { type FamilyInput, type FamilyMemberInput, flattenFamily } from "./family.js";

group("flattenFamily", () => {
  const small: FamilyMemberInput = { id: "acme-lm-7b", name: "Acme LM 7B", parameters: { total: "7B" } };
  const large: FamilyMemberInput = {
    id: "acme-lm-70b",
    name: "Acme LM 70B",
    parameters: { total: "70B" },
    year: 2024,
    links: { huggingface: "https://huggingface.co/acme/lm-70b", homepage: "https://example.org/70b" },
    sources: ["https://example.org/card", "https://huggingface.co/acme/lm-70b"],
  };
  const family: FamilyInput = {
    id: "acme-lm",
    name: "Acme LM",
    representative: "acme-lm-7b",
    shared: {
      organization: "Acme",
      year: 2023,
      links: { paper: "https://example.org/paper", homepage: "https://example.org" },
      sources: ["https://example.org/paper", "https://example.org/card"],
    },
    members: [small, large],
  };

  test("gives one record per member, in the family's order, each naming the family", () => {
    expect(flattenFamily(family).map((record) => [record.id, record.family])).toEqual([
      ["acme-lm-7b", "acme-lm"],
      ["acme-lm-70b", "acme-lm"],
    ]);
  });

  test("overlays each member on the shared facts, the member winning", () => {
    const [first, second] = flattenFamily(family);
    expect([first?.organization, first?.year, first?.parameters]).toEqual(["Acme", 2023, { total: "7B" }]);
    expect([second?.organization, second?.year, second?.parameters]).toEqual(["Acme", 2024, { total: "70B" }]);
  });

  test("merges links key by key and sources without repeats, the family's first", () => {
    const [first, second] = flattenFamily(family);
    expect(first?.links).toEqual({ paper: "https://example.org/paper", homepage: "https://example.org" });
    expect(first?.sources).toEqual(["https://example.org/paper", "https://example.org/card"]);
    expect(second?.links).toEqual({
      paper: "https://example.org/paper",
      homepage: "https://example.org/70b",
      huggingface: "https://huggingface.co/acme/lm-70b",
    });
    expect(second?.sources).toEqual([
      "https://example.org/paper",
      "https://example.org/card",
      "https://huggingface.co/acme/lm-70b",
    ]);
  });

  test("gives empty links and sources when neither the family nor the member has any", () => {
    const bare = { ...family, shared: { organization: "Acme" }, members: [small] };
    const [record] = flattenFamily(bare);
    expect([record?.links, record?.sources]).toEqual([{}, []]);
  });

  test("lets a member's record, not the family, carry the member's own sources", () => {
    const onlyMember = { ...family, shared: { organization: "Acme" }, members: [large] };
    expect(flattenFamily(onlyMember)[0]?.sources).toEqual([
      "https://example.org/card",
      "https://huggingface.co/acme/lm-70b",
    ]);
  });
});
