import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { modelJsonSchema } from "../../json-schema.js";

describe("schema", () => {
  test("prints the JSON Schema of a model record, indented, and exits 0", async () => {
    const { code, stdout, stderr } = await runInProcess(["schema"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
    expect(JSON.parse(stdout)).toMatchObject({ type: "object", required: expect.arrayContaining(["id", "name"]) });
  });
});
