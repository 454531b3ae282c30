import { describe, expect, test } from "vitest";
import { localCatalogLinks, withTitle } from "../scripts/build-site.js";

describe("the site build", () => {
  test("links to the published catalog become relative to each page, so the built site works offline", () => {
    const link = '<a href="https://model-taxonomy.github.io/model-taxonomy/catalog/">Model catalog</a>';
    expect(localCatalogLinks(link, "index.html")).toBe('<a href="catalog/index.html">Model catalog</a>');
    expect(localCatalogLinks(link, "documents/Querying.html")).toBe(
      '<a href="../catalog/index.html">Model catalog</a>',
    );
    expect(localCatalogLinks('<a href="https://example.org/">x</a>', "index.html")).toBe(
      '<a href="https://example.org/">x</a>',
    );
  });

  test("a document without front matter is titled by its first heading", () => {
    expect(withTitle("# The command line\n\nText.\n")).toBe(
      '---\ntitle: "The command line"\n---\n\n# The command line\n\nText.\n',
    );
    expect(withTitle("---\ntitle: Querying\n---\n\n# Querying\n")).toBe("---\ntitle: Querying\n---\n\n# Querying\n");
    expect(withTitle("No heading here.\n")).toBe("No heading here.\n");
  });
});
