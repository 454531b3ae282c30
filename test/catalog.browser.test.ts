/**
 * End-to-end tests of the catalog page (site/catalog/, built by `npm run docs`) in headless Chromium: Debian's
 * `chromium` driven by playwright-core, the page served from a local static server. Any console error, page
 * error or request outside that server fails the run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, resolve, sep } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DIMENSIONS, type ModelFilter } from "../src/index.js";
import {
  allModels,
  derivativesOf,
  describeModelByName,
  facetCounts,
  lineageOf,
  queryModels,
} from "../src/registry/index.js";

// Debian's Chromium by default; CHROMIUM_PATH names another build of Chromium or Chrome already installed
// (GitHub's Ubuntu runners ship Google Chrome).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SITE = resolve(import.meta.dirname, "../site");
const SCREENSHOTS = resolve(import.meta.dirname, "../reports/catalog");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves site/ read-only on 127.0.0.1; anything outside it is a 404. */
function serveSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = resolve(SITE, `.${path}`);
    if (path.endsWith("/")) file = resolve(file, "index.html");
    if (!(file === SITE || file.startsWith(SITE + sep)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
let profile: string;
const consoleErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The catalog tests need Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium or Chrome`,
    );
  }
  if (!existsSync(resolve(SITE, "catalog/index.html"))) {
    throw new Error("site/catalog/index.html is missing: build the site first with `npm run docs`");
  }
  server = await serveSite();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(resolve(tmpdir(), "catalog-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outsideRequests.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.goto(`${origin}/catalog/index.html`);
  await page.waitForSelector("body[data-ready=true]");
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => (server === undefined ? done(undefined) : server.close(done)));
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** Every count beside a checkbox, as the page shows it, keyed `dimension:value`. */
async function shownCounts(): Promise<Record<string, number>> {
  return page.$$eval("[data-count]", (elements) =>
    Object.fromEntries(elements.map((element) => [element.getAttribute("data-count"), Number(element.textContent)])),
  );
}

/** The counts `facetCounts` gives for a filter, keyed like `shownCounts`. */
function expectedCounts(filter: ModelFilter): Record<string, number> {
  const counts: Readonly<Record<string, Readonly<Record<string, number>>>> = facetCounts(filter);
  const expected: Record<string, number> = {};
  for (const dimension of DIMENSIONS) {
    for (const value of dimension.values)
      expected[`${dimension.id}:${value.id}`] = counts[dimension.id]?.[value.id] ?? 0;
  }
  return expected;
}

const shownIds = () => page.$$eval("li.model", (items) => items.map((item) => item.getAttribute("data-id")));
const shownTotal = async () => Number(await page.textContent("#shown-count"));

describe("the catalog page", () => {
  test("shows every model of the registry, a search box and a checkbox per facet value", async () => {
    const valueCount = DIMENSIONS.reduce((sum, dimension) => sum + dimension.values.length, 0);
    expect(await page.locator("#facets input[type=checkbox]").count()).toBe(valueCount);
    expect(await page.locator("#search").count()).toBe(1);
    expect(Number(await page.textContent("#total-count"))).toBe(allModels().length);
    expect(await shownTotal()).toBe(allModels().length);
    expect((await shownIds()).length).toBe(allModels().length);
    expect(await shownCounts()).toEqual(expectedCounts({}));
  });

  test("ticking facet values changes the list and every count as facetCounts says", async () => {
    await page.check('input[data-dimension="domain"][value="speech"]');
    let filter: ModelFilter = { domain: ["speech"] };
    expect(await shownCounts()).toEqual(expectedCounts(filter));
    expect((await shownIds()).sort()).toEqual(
      queryModels(filter)
        .map((model) => model.id)
        .sort(),
    );

    await page.check('input[data-dimension="sizeClass"][value="small"]');
    filter = { domain: ["speech"], sizeClass: ["small"] };
    const expected = queryModels(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(queryModels({ domain: ["speech"] }).length);
    expect(await shownCounts()).toEqual(expectedCounts(filter));
    expect((await shownIds()).sort()).toEqual(expected.map((model) => model.id).sort());
    expect(await shownTotal()).toBe(expected.length);

    await page.click("#clear");
    expect(await shownCounts()).toEqual(expectedCounts({}));
    expect(await shownTotal()).toBe(allModels().length);
  });

  test("the search box keeps the models whose id, name or aliases hold every word, and the counts follow", async () => {
    await page.fill("#search", "whisper large");
    const filter: ModelFilter = { search: "whisper large" };
    const expected = queryModels(filter);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(queryModels({ search: "whisper" }).length);
    expect((await shownIds()).sort()).toEqual(expected.map((model) => model.id).sort());
    expect(await shownCounts()).toEqual(expectedCounts(filter));
    await page.fill("#search", "");
    expect(await shownTotal()).toBe(allModels().length);
    expect(await shownCounts()).toEqual(expectedCounts({}));
  });

  test("switching to Chinese relabels the facets and the page", async () => {
    await page.click('button[data-locale="zh"]');
    const summaries = await page.$$eval("#facets summary", (elements) =>
      elements.map((element) => element.textContent),
    );
    expect(summaries).toEqual(DIMENSIONS.map((dimension) => dimension.label.zh));
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("#title")).toBe("模型目录");
  });

  test("a model view shows its sentence and weight memory, and its lineage links lead to the base model", async () => {
    const model = allModels().find(
      (candidate) => lineageOf(candidate).length > 0 && candidate.parameters.total !== null,
    );
    if (model === undefined) throw new Error("the registry has no model with a known base and size");
    const base = lineageOf(model)[0];
    if (base === undefined) throw new Error("unreachable: the lineage was checked non-empty");

    await page.fill("#search", model.id);
    await page.click(`li.model[data-id="${model.id}"] a`);
    await page.waitForSelector("#model-view:not([hidden])");
    expect(await page.textContent("#model-name")).toBe(model.name);
    expect(await page.textContent("#model-sentence")).toBe(describeModelByName(model, { locale: "zh" }));
    expect(await page.textContent("#model-memory")).toMatch(/\d+(\.\d+)? (kB|MB|GB|TB) \(16-bit\)/);

    await page.click(`#model-view ul.lineage a[data-model="${base.id}"]`);
    await page.waitForFunction((name) => document.querySelector("#model-name")?.textContent === name, base.name);
    expect(page.url()).toBe(`${origin}/catalog/index.html#model=${encodeURIComponent(base.id)}`);
    const derivatives = await page.$$eval("#model-view ul.derivatives a", (links) =>
      links.map((link) => link.getAttribute("data-model")),
    );
    expect(derivatives).toEqual(derivativesOf(base).map((derivative) => derivative.id));
    expect(derivatives).toContain(model.id);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, "catalog.png"), fullPage: false });
  });

  test("made no request outside the local server and logged no console error", () => {
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
