/**
 * The catalog page: filters, search, families and a model view over the built-in registry, all in the browser.
 *
 * Facets come from `DIMENSIONS` and their counts from `facetCounts`, so a dimension added to the library shows
 * up here without a change. Rendering is string building into `innerHTML`, one pass per change: 1,500 models
 * render in a few milliseconds, which no framework would improve on.
 */
import {
  createRegistry,
  DIMENSION_IDS,
  DIMENSIONS,
  type Dimension,
  type DimensionId,
  describeFamily,
  type FacetCounts,
  formatBytes,
  type Locale,
  type Model,
  type ModelFamily,
  type ModelFilter,
  weightMemory,
} from "../../src/index.js";
import {
  allModels,
  derivativesOf,
  describeModelByName,
  facetCounts,
  familyOf,
  getModel,
  lineageOf,
  queryModels,
} from "../../src/registry/index.js";

/** The words of the page itself, in both languages (the taxonomy's own labels come from the library). */
const _TEXT = {
  title: { en: "Model catalog", zh: "模型目录" },
  search: { en: "Search by name or alias", zh: "按名称或别名搜索" },
  shown: { en: "models shown", zh: "个模型" },
  of: { en: "of", zh: "共" },
  families: { en: "families", zh: "个系列" },
  clear: { en: "Clear filters", zh: "清除筛选" },
  members: { en: "members", zh: "个成员" },
  none: { en: "No model matches these filters.", zh: "没有符合筛选条件的模型。" },
  back: { en: "Back to the list", zh: "返回列表" },
  family: { en: "Family", zh: "系列" },
  organization: { en: "Organization", zh: "机构" },
  year: { en: "Year", zh: "年份" },
  parameters: { en: "Parameters", zh: "参数量" },
  memory: { en: "Weight memory", zh: "权重内存" },
  tags: { en: "Tags", zh: "标签" },
  sources: { en: "Sources", zh: "来源" },
  lineage: { en: "Built from", zh: "基础模型" },
  derivatives: { en: "Built on it", zh: "衍生模型" },
  unknown: { en: "unknown", zh: "未知" },
  openWeights: { en: "Open weights", zh: "开放权重" },
  yes: { en: "yes", zh: "是" },
  no: { en: "no", zh: "否" },
  chart: { en: "Models by year and architecture", zh: "按年份与架构统计的模型" },
  apiLink: { en: "API reference and guides", zh: "API 参考与指南" },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;

type _TextKey = keyof typeof _TEXT;

interface _State {
  /** The ticked values, per dimension. */
  readonly ticked: Map<DimensionId, Set<string>>;
  search: string;
  locale: Locale;
}

const _state: _State = { ticked: new Map(), search: "", locale: "en" };

/** Every value of every dimension, as the library counts them: the source of truth for what a box may hold. */
let _allCounts: FacetCounts | undefined;

const _escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const _t = (key: _TextKey): string => _TEXT[key][_state.locale];

const _element = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the catalog page has no #${id}`);
  return element;
};

/**
 * Checks that every key is a dimension and every value one the library counts for it: what `ModelFilter` takes
 * for each dimension (a value or an array of values).
 */
function _isFilter(candidate: object): candidate is ModelFilter {
  _allCounts ??= facetCounts();
  const known: Readonly<Record<string, Readonly<Record<string, number>>>> = _allCounts;
  const entries: [string, unknown][] = Object.entries(candidate);
  return entries.every(([dimension, values]) => {
    const counts = DIMENSION_IDS.some((id) => id === dimension) ? known[dimension] : undefined;
    return (
      counts !== undefined &&
      Array.isArray(values) &&
      values.every((value) => typeof value === "string" && Object.hasOwn(counts, value))
    );
  });
}

/**
 * The filter the page stands for: values of one dimension are alternatives, dimensions combine, and the search
 * words must all occur in a model's id, name or aliases (the library's `search`), so the counts follow the
 * search too.
 */
function _filter(): ModelFilter {
  const ticked: Record<string, readonly string[]> = {};
  for (const [dimension, values] of _state.ticked) {
    if (values.size > 0) ticked[dimension] = [...values];
  }
  if (!_isFilter(ticked)) throw new Error("a ticked box holds a value the library does not know");
  const search = _state.search.trim();
  return search === "" ? ticked : { ...ticked, search };
}

function _renderFacets(): void {
  const counts: Readonly<Record<string, Readonly<Record<string, number>>>> = facetCounts(_filter());
  const html = DIMENSIONS.map((dimension: Dimension) => {
    const ticked: ReadonlySet<string> = _state.ticked.get(dimension.id) ?? new Set();
    const perValue = counts[dimension.id] ?? {};
    const rows = dimension.values
      .map((value) => {
        const count = perValue[value.id] ?? 0;
        const depth = value.parent === null ? "" : " nested";
        return `<li class="facet-value${depth}${count === 0 ? " empty" : ""}"><label>
          <input type="checkbox" data-dimension="${dimension.id}" value="${_escape(value.id)}"${ticked.has(value.id) ? " checked" : ""}>
          <span class="value-label" title="${_escape(value.description[_state.locale])}">${_escape(value.label[_state.locale])}</span>
          <span class="count" data-count="${dimension.id}:${_escape(value.id)}">${count}</span></label></li>`;
      })
      .join("");
    const open = dimension.values.length <= 13 || ticked.size > 0 ? " open" : "";
    return `<details class="facet" data-facet="${dimension.id}"${open}><summary>${_escape(dimension.label[_state.locale])}</summary><ul>${rows}</ul></details>`;
  }).join("");
  _element("facets").innerHTML = html;
}

function _parameterText(model: Model): string {
  const total = model.parameters.total;
  if (total === null) return _t("unknown");
  const units: readonly (readonly [number, string])[] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, unit] of units) {
    if (total >= size) return `${Number((total / size).toPrecision(3))}${unit}`;
  }
  return String(total);
}

function _modelLink(model: Model): string {
  return `<a href="#model=${encodeURIComponent(model.id)}" data-model="${_escape(model.id)}">${_escape(model.name)}</a>`;
}

function _renderList(): void {
  const groups = new Map<string, { family: ModelFamily | undefined; members: Model[] }>();
  let shown = 0;
  for (const model of queryModels(_filter())) {
    const family = familyOf(model);
    shown += 1;
    const key = family?.id ?? `model:${model.id}`;
    const group = groups.get(key) ?? { family, members: [] };
    group.members.push(model);
    groups.set(key, group);
  }
  const html = [...groups.values()]
    .map(({ family, members }) => {
      const title = family === undefined ? "" : _escape(family.name);
      const total = family?.members.length ?? members.length;
      const items = members
        .map(
          (model) =>
            `<li class="model" data-id="${_escape(model.id)}">${_modelLink(model)} <span class="meta">${_escape(model.organization)} · ${model.year} · ${_parameterText(model)}</span></li>`,
        )
        .join("");
      return `<section class="family" data-family="${_escape(family?.id ?? "")}"><h3>${title} <span class="meta">${members.length}/${total} ${_t("members")}</span></h3><ul>${items}</ul></section>`;
    })
    .join("");
  _element("models").innerHTML = html === "" ? `<p class="empty-list">${_t("none")}</p>` : html;
  _element("summary").innerHTML =
    `<span id="shown-count">${shown}</span> ${_t("shown")} (${_t("of")} <span id="total-count">${allModels().length}</span>) · ${groups.size} ${_t("families")}`;
}

/** The model's own values per dimension, read generically through a one-model registry's facet counts. */
function _tagsOf(model: Model): string {
  const own: Readonly<Record<string, Readonly<Record<string, number>>>> = createRegistry([model]).facets();
  return DIMENSIONS.map((dimension) => {
    const counts = own[dimension.id] ?? {};
    const values = dimension.values.filter((value) => (counts[value.id] ?? 0) > 0);
    // In a tree the model also counts under every ancestor of its value; show the most specific values only.
    const parents = new Set(values.map((value) => value.parent));
    const specific = values.filter((value) => !parents.has(value.id));
    if (specific.length === 0) return "";
    const chips = specific
      .map((value) => `<span class="tag" title="${_escape(value.id)}">${_escape(value.label[_state.locale])}</span>`)
      .join(" ");
    return `<tr><th>${_escape(dimension.label[_state.locale])}</th><td>${chips}</td></tr>`;
  }).join("");
}

function _renderModel(id: string | null): void {
  const view = _element("model-view");
  const model = id === null ? undefined : getModel(id);
  if (model === undefined) {
    view.hidden = true;
    view.innerHTML = "";
    return;
  }
  const locale = _state.locale;
  const family = familyOf(model);
  const memory = weightMemory(model);
  const lineage = lineageOf(model);
  const derivatives = derivativesOf(model);
  const links = (models: readonly Model[], list: string) =>
    models.length === 0
      ? "—"
      : `<ul class="${list}">${models.map((other) => `<li>${_modelLink(other)}</li>`).join("")}</ul>`;
  const sources = model.sources
    .map((url) => `<li><a href="${_escape(url)}" rel="noreferrer">${_escape(url)}</a></li>`)
    .join("");
  view.innerHTML = `<p><a href="#" class="back">${_t("back")}</a></p>
    <h2 id="model-name">${_escape(model.name)}</h2>
    <p class="sentence" id="model-sentence">${_escape(describeModelByName(model, { locale }))}</p>
    ${family === undefined ? "" : `<p class="family-sentence">${_escape(describeFamily(family, { locale }))}</p>`}
    <table class="facts">
      <tr><th>${_t("family")}</th><td>${family === undefined ? "—" : _escape(family.name)}</td></tr>
      <tr><th>${_t("organization")}</th><td>${_escape(model.organization)}</td></tr>
      <tr><th>${_t("year")}</th><td>${model.year}</td></tr>
      <tr><th>${_t("parameters")}</th><td>${_parameterText(model)}</td></tr>
      <tr><th>${_t("memory")}</th><td id="model-memory">${memory === null ? _t("unknown") : `${formatBytes(memory)} (16-bit)`}</td></tr>
      <tr><th>${_t("openWeights")}</th><td>${model.openWeights === null ? _t("unknown") : model.openWeights ? _t("yes") : _t("no")}</td></tr>
      ${_tagsOf(model)}
    </table>
    <h3>${_t("lineage")}</h3>${links(lineage, "lineage")}
    <h3>${_t("derivatives")}</h3>${links(derivatives, "derivatives")}
    <h3>${_t("sources")}</h3><ul class="sources">${sources}</ul>`;
  view.hidden = false;
  view.scrollIntoView?.({ block: "start" });
}

function _modelFromHash(): string | null {
  const match = /^#model=(.+)$/.exec(location.hash);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

function _renderStatic(): void {
  document.documentElement.lang = _state.locale === "zh" ? "zh-CN" : "en";
  _element("title").textContent = _t("title");
  _element("chart-title").textContent = _t("chart");
  _element("api-link").textContent = _t("apiLink");
  _element("clear").textContent = _t("clear");
  const search = _element("search");
  if (search instanceof HTMLInputElement) search.placeholder = _t("search");
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-locale]"))) {
    button.setAttribute("aria-pressed", String(button.dataset.locale === _state.locale));
  }
}

function _renderAll(): void {
  _renderStatic();
  _renderFacets();
  _renderList();
  _renderModel(_modelFromHash());
}

function _start(): void {
  _element("facets").addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const dimension = DIMENSION_IDS.find((id) => id === box.dataset.dimension);
    if (dimension === undefined) return;
    const ticked = _state.ticked.get(dimension) ?? new Set<string>();
    if (box.checked) ticked.add(box.value);
    else ticked.delete(box.value);
    _state.ticked.set(dimension, ticked);
    _renderFacets();
    _renderList();
  });
  _element("search").addEventListener("input", (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    _state.search = event.target.value;
    _renderFacets();
    _renderList();
  });
  _element("clear").addEventListener("click", () => {
    _state.ticked.clear();
    _renderFacets();
    _renderList();
  });
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-locale]"))) {
    button.addEventListener("click", () => {
      _state.locale = button.dataset.locale === "zh" ? "zh" : "en";
      _renderAll();
    });
  }
  window.addEventListener("hashchange", () => _renderModel(_modelFromHash()));
  _renderAll();
  document.body.dataset.ready = "true";
}

_start();
