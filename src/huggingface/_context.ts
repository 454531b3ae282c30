// One Hub record, read once into the shape the classifier's modules use. Private to the library.
import { normalizeModelName } from "../model.js";
import { _field, _string, _strings } from "./_json.js";
import {
  _baseBeforeFinetuned,
  _countFromName,
  _markerInName,
  type _NameCount,
  type _NameMarker,
  _unpackagedName,
} from "./_names.js";
import { _kebab } from "./_record.js";
import { _coarseHash, _firstKnown, type _Known, _known, type HubModelLookup } from "./_registry.js";
import { _readTags, type _Tags } from "./_tags.js";

/** A Hub record as the classifier reads it. */
export interface _Context {
  readonly id: string | null;
  /** The repository name without its owner: "Llama-3.1-8B". */
  readonly repoName: string | undefined;
  readonly owner: string | undefined;
  readonly tags: _Tags;
  readonly config: unknown;
  readonly card: unknown;
  readonly gguf: unknown;
  readonly safetensors: unknown;
  /** `config.architectures`: head classes such as "LlamaForCausalLM". */
  readonly architectures: readonly string[];
  /** `library_name`, the card's, or a library tag; lower case. */
  readonly library: string | undefined;
  readonly libraryField: string;
  /** `siblings` as the record has it: read through {@link _findSibling}, never copied. */
  readonly siblings: unknown;
  readonly registry: HubModelLookup | undefined;
  /** The registry's record of this very repository. */
  readonly self: _Known | undefined;
  /**
   * Whether {@link self} was found by the whole Hub id ("Salesforce/blip-image-captioning-large"), not by the
   * repository name alone, which another owner's fine-tune may share.
   */
  readonly selfById: boolean;
  /** The bases the card or the tags declare, the record itself left out. */
  readonly declaredBases: readonly string[];
  /** The repository name without its packaging suffixes ("Llama-2-7B-GPTQ" → "Llama-2-7B"), when it has any. */
  readonly unpackagedName: string | undefined;
  /** The base the name spells out: the name without packaging suffixes, or the part before "-finetuned-". */
  readonly namedBase: string | undefined;
  /** The registry's record of a base: declared, from the PEFT config, or named by the repository name. */
  readonly base: _Known | undefined;
  readonly nameMarker: _NameMarker | undefined;
  readonly nameCount: _NameCount | undefined;
}

/**
 * The first file of the repository whose name passes `test`: `siblings` is read in place, since a record can list
 * hundreds of files and most classifications look at none of them.
 *
 * @example
 * _findSibling(context, (name) => name.endsWith(".gguf")); // "model-Q4_K_M.gguf"
 */
export function _findSibling(context: _Context, test: (name: string) => boolean): string | undefined {
  const raw = context.siblings;
  if (!Array.isArray(raw)) return undefined;
  for (const sibling of raw) {
    const name = _string(_field(sibling, "rfilename"));
    if (name !== undefined && test(name)) return name;
  }
  return undefined;
}

/**
 * Names declared as bases, each once, leaving out the record itself: cards often list their own repo (by its id,
 * its repository name or its kebab-case form) as `base_model`.
 */
export function _otherModels(names: readonly string[], id: string | null): string[] {
  if (names.length === 0) return [];
  // The kebab-case form of the id is built only if a name's hash says it could match: its coarse hash is that of
  // the id's letters and digits, which an ASCII id gives without building it.
  // (An id with no letter or digit at all is "unnamed" in kebab case: built at once.)
  const ascii = id !== null && isAscii(id) && /[a-z0-9]/i.test(id);
  let kebab = id === null || ascii ? undefined : _kebab(id) || "unnamed";
  const seen = id === null ? [] : [id, id.slice(id.lastIndexOf("/") + 1), kebab ?? ""];
  const hashes =
    id === null ? [] : [_coarseHash(id), _coarseHash(seen[1] ?? ""), ascii ? alnumHash(id) : _coarseHash(kebab ?? "")];
  // Names whose coarse hashes differ cannot fold to one name, so the costlier fold runs only when they agree.
  const out: string[] = [];
  for (const name of names) {
    const hash = _coarseHash(name);
    let same = false;
    for (let index = 0; index < seen.length && !same; index++) {
      if (hashes[index] !== hash && !Number.isNaN(hash)) continue;
      let other = seen[index] ?? "";
      if (index === 2 && id !== null && kebab === undefined) {
        // Left unbuilt only for an ASCII id with a letter or digit, whose kebab-case form is never empty.
        kebab = _kebab(id);
        seen[2] = kebab;
        other = kebab;
      }
      same = normalizeModelName(other) === normalizeModelName(name);
    }
    seen.push(name);
    hashes.push(hash);
    if (!same) out.push(name);
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

// The coarse hash of an ASCII text's kebab-case form: its letters and digits, in lower case.
function alnumHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

/** The Hub path a card's `model_link` names (TheBloke's cards link the model they quantized). */
function linkedModel(card: unknown): string | undefined {
  const link = _string(_field(card, "model_link"));
  const match = link === undefined ? null : /^https:\/\/huggingface\.co\/([\w.-]+\/[\w.-]+)\/?$/.exec(link);
  return match?.[1];
}

function baseNameOf(
  repoName: string | undefined,
  unpackaged: string | undefined,
  owner: string | undefined,
): string | undefined {
  if (repoName === undefined) return undefined;
  if (unpackaged !== undefined) return owner === undefined ? unpackaged : `${owner}/${unpackaged}`;
  return _baseBeforeFinetuned(repoName);
}

/**
 * Reads a Hub record once.
 *
 * @example
 * _readContext({ id: "TheBloke/Llama-2-7B-GPTQ" }, undefined).namedBase; // "TheBloke/Llama-2-7B"
 */
export function _readContext(info: unknown, registry: HubModelLookup | undefined): _Context {
  const id = _string(_field(info, "id")) ?? _string(_field(info, "modelId")) ?? null;
  const slash = id === null ? -1 : id.indexOf("/");
  const repoName = id === null ? undefined : id.slice(id.lastIndexOf("/") + 1);
  const owner = id === null || slash <= 0 ? undefined : id.slice(0, slash);
  const card = _field(info, "cardData");
  const config = _field(info, "config");
  const tags = _readTags(_field(info, "tags"), _field(card, "tags"));
  const libraryName = _string(_field(info, "library_name"));
  const cardLibrary = _string(_field(card, "library_name"));
  const library = (libraryName ?? cardLibrary ?? tags.libraryTag)?.toLowerCase();
  // The card's own list when it has one (the Hub derives the base_model tags from it), else the tags; then the
  // PEFT config's base, and a card's model link when nothing else names a base.
  const cardBases = _otherModels(_strings(_field(card, "base_model")), id);
  const declared =
    cardBases.length > 0
      ? cardBases
      : _otherModels(
          tags.bases.map((base) => base.id),
          id,
        );
  const peftBase = _string(_field(_field(config, "peft"), "base_model_name_or_path"));
  const linked = declared.length === 0 && peftBase === undefined ? linkedModel(card) : undefined;
  // Filtering is idempotent: the declared names need no second pass unless a PEFT base or a link joins them.
  const declaredBases =
    peftBase === undefined && linked === undefined
      ? declared
      : _otherModels([...declared, ...[peftBase, linked].filter((name): name is string => name !== undefined)], id);
  const unpackagedName = repoName === undefined ? undefined : _unpackagedName(repoName);
  const namedBase = baseNameOf(repoName, unpackagedName, owner);
  // Only a whole id with an owner identifies the repository: a bare name is matched as the repository name.
  const selfById = id === null || owner === undefined ? undefined : _known(registry, id);
  const unownedBase = namedBase?.slice(namedBase.indexOf("/") + 1);
  return {
    id,
    repoName,
    owner,
    tags,
    config,
    card,
    gguf: _field(info, "gguf"),
    safetensors: _field(info, "safetensors"),
    architectures: _strings(_field(config, "architectures")),
    library,
    libraryField:
      libraryName !== undefined ? "library_name" : cardLibrary !== undefined ? "cardData.library_name" : "tags",
    siblings: _field(info, "siblings"),
    registry,
    self: selfById ?? (id === null ? undefined : _known(registry, repoName)),
    selfById: selfById !== undefined,
    declaredBases,
    unpackagedName,
    namedBase,
    base: _firstKnown(registry, declaredBases) ?? _known(registry, namedBase) ?? _known(registry, unownedBase),
    nameMarker: repoName === undefined ? undefined : _markerInName(repoName),
    nameCount: repoName === undefined ? undefined : _countFromName(repoName),
  };
}
