import { describe, expect, test } from "vitest";
import { _pad, _truncate, _width } from "./format.js";

describe("_width", () => {
  test.each([
    ["", 0],
    ["GPT-2", 5],
    ["规模", 4],
    ["仅解码器 Transformer", 20],
    // Hangul, full-width Latin and the CJK compatibility block are two columns too.
    ["한국어", 6],
    ["ＡＢ", 4],
    ["→", 1],
  ])("%j takes %i columns", (text, width) => {
    expect(_width(text)).toBe(width);
  });
});

describe("_pad", () => {
  test("pads to the width in columns, and never cuts", () => {
    expect(_pad("Id", 4)).toBe("Id  ");
    expect(_pad("规模", 6)).toBe("规模  ");
    expect(_pad("Organization", 4)).toBe("Organization");
  });
});

describe("_truncate", () => {
  test("keeps text that fits, and ends cut text with an ellipsis within the width", () => {
    expect(_truncate("Decoder-only", 12)).toBe("Decoder-only");
    expect(_truncate("Decoder-only Transformer", 10)).toBe("Decoder-o…");
    expect(_truncate("仅解码器 Transformer", 6)).toBe("仅解…");
    // A wide character that would end one column past the width is left out.
    expect(_truncate("仅解码器", 6)).toBe("仅解…");
    expect(_truncate("仅解码器", 7)).toBe("仅解码…");
  });
});
