/**
 * Architecture: the kind of network a model is built from, as a tree.
 *
 * ```text
 * transformer ─┬─ encoder-only
 *              ├─ decoder-only
 *              └─ encoder-decoder
 * cnn
 * rnn ─────────┬─ lstm
 *              └─ gru
 * state-space
 * mlp
 * gnn
 * linear
 * ```
 *
 * A record names the most specific node that is true (`family`), so asking for `"rnn"` finds LSTM and GRU
 * models too, and asking for `"transformer"` finds every transformer variant.
 *
 * Two things are properties rather than nodes, because they cut across the tree:
 *
 * - **Mixture of experts** (`mixtureOfExperts: true`): Mixtral is a decoder-only transformer with sparse expert
 *   layers, Switch Transformer an encoder-decoder one. A node could only hold one of them.
 * - **Generative framework** (`framework`: diffusion, GAN, VAE, normalising flow): how a generator is trained
 *   and sampled, not what network it is. A diffusion U-Net is a CNN and a diffusion transformer (DiT, Sora) is a
 *   transformer; both are diffusion models. Making diffusion a node would force a choice between the two
 *   truths, so "show me diffusion models" is a filter on `framework` and "show me CNNs" still finds the U-Nets.
 *
 * @module
 */

import { _deepFreeze } from "../_freeze.js";
import { _show } from "../_text.js";
import { InvalidArgumentError } from "../errors.js";
import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";

/**
 * The nodes of the architecture tree, each parent before its children.
 *
 * @example
 * ```ts
 * ARCHITECTURES.includes("state-space"); // true
 * ```
 */
export const ARCHITECTURES = /* @__PURE__ */ Object.freeze([
  "transformer",
  "encoder-only",
  "decoder-only",
  "encoder-decoder",
  "cnn",
  "rnn",
  "lstm",
  "gru",
  "state-space",
  "mlp",
  "gnn",
  "linear",
] as const);

/**
 * A node of the architecture tree, such as `"decoder-only"` or `"lstm"`.
 *
 * @example
 * ```ts
 * const node: Architecture = "decoder-only";
 * isArchitectureKindOf(node, "transformer"); // true
 * ```
 */
export type Architecture = (typeof ARCHITECTURES)[number];

/**
 * Each node's parent in the tree (`null` for the roots).
 *
 * @example
 * ```ts
 * ARCHITECTURE_PARENTS.lstm; // "rnn"
 * ```
 */
export const ARCHITECTURE_PARENTS = /* @__PURE__ */ _deepFreeze({
  transformer: null,
  "encoder-only": "transformer",
  "decoder-only": "transformer",
  "encoder-decoder": "transformer",
  cnn: null,
  rnn: null,
  lstm: "rnn",
  gru: "rnn",
  "state-space": null,
  mlp: null,
  gnn: null,
  linear: null,
} as const satisfies Record<Architecture, Architecture | null>);

/**
 * Labels and descriptions of each architecture node, in English and Chinese.
 *
 * @example
 * ```ts
 * ARCHITECTURE_INFO.cnn.label.en; // "Convolutional network"
 * ```
 */
// One entry per value of ARCHITECTURES, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const ARCHITECTURE_INFO = /* @__PURE__ */ _infoTable(ARCHITECTURES, [
  // transformer
  [
    null,
    "Transformer",
    "Layers of self-attention that let every token look at every other token.",
    "由自注意力层堆叠而成，每个词元都能关注其他词元。",
  ],
  // encoder-only
  [
    "Encoder-only Transformer",
    "仅编码器 Transformer",
    "A Transformer that reads the whole input at once to represent or classify it, like BERT.",
    "一次读取完整输入以表示或分类的 Transformer，如 BERT。",
  ],
  // decoder-only
  [
    "Decoder-only Transformer",
    "仅解码器 Transformer",
    "A Transformer that predicts the next token from the ones before it, like GPT.",
    "根据前文逐个预测下一个词元的 Transformer，如 GPT。",
  ],
  // encoder-decoder
  [
    "Encoder-decoder Transformer",
    "编码器-解码器 Transformer",
    "A Transformer whose encoder reads the input and whose decoder writes the output, like T5.",
    "由编码器读取输入、解码器生成输出的 Transformer，如 T5。",
  ],
  // cnn
  [
    "Convolutional network",
    "卷积神经网络",
    "Layers of small learned filters slid across an image, sound or sequence, like ResNet.",
    "用在图像、声音或序列上滑动的小型可学习卷积核逐层提取特征，如 ResNet。",
  ],
  // rnn
  [
    "Recurrent network",
    "循环神经网络",
    "A network that reads a sequence step by step, carrying a hidden state forward.",
    "逐步读取序列并不断传递隐藏状态的网络。",
  ],
  // lstm
  [
    "LSTM",
    "长短期记忆网络",
    "A recurrent network with gated memory cells that keep information over long sequences.",
    "带门控记忆单元、能在长序列中保留信息的循环神经网络。",
  ],
  // gru
  [
    "GRU",
    "门控循环单元",
    "A recurrent network with two gates, a lighter relative of the LSTM.",
    "只有两个门的循环神经网络，是 LSTM 的轻量变体。",
  ],
  // state-space
  [
    "State-space model",
    "状态空间模型",
    "A sequence model built on learned linear dynamics that scales linearly with length, like Mamba.",
    "基于可学习线性动态系统、计算量随长度线性增长的序列模型，如 Mamba。",
  ],
  // mlp
  [
    "Multilayer perceptron",
    "多层感知机",
    "Stacks of fully connected layers with no convolution, recurrence or attention.",
    "只由全连接层堆叠而成，不含卷积、循环或注意力。",
  ],
  // gnn
  [
    "Graph neural network",
    "图神经网络",
    "A network that passes messages along the edges of a graph to learn about its nodes.",
    "沿图的边传递消息、学习节点表示的网络。",
  ],
  // linear
  // Not an MLP: word2vec has no hidden nonlinearity and GloVe is a log-bilinear regression, not a network.
  [
    "Linear model",
    "线性模型",
    "A single linear or bilinear map with no hidden layer, like word2vec or GloVe.",
    "只有一层线性或双线性映射、无隐藏层的模型，如 word2vec 与 GloVe。",
  ],
]);

/**
 * Generative frameworks: how a generator is trained and sampled, independent of its network.
 *
 * @example
 * ```ts
 * GENERATIVE_FRAMEWORKS; // ["diffusion", "gan", "vae", "normalizing-flow"]
 * ```
 */
export const GENERATIVE_FRAMEWORKS = /* @__PURE__ */ Object.freeze([
  "diffusion",
  "gan",
  "vae",
  "normalizing-flow",
] as const);

/**
 * `"diffusion" | "gan" | "vae" | "normalizing-flow"`.
 *
 * @example
 * ```ts
 * const framework: GenerativeFramework = "diffusion";
 * queryModels({ framework });
 * ```
 */
export type GenerativeFramework = (typeof GENERATIVE_FRAMEWORKS)[number];

/**
 * Labels and descriptions of each generative framework, in English and Chinese.
 *
 * @example
 * ```ts
 * GENERATIVE_FRAMEWORK_INFO.gan.label.en; // "GAN"
 * ```
 */
// One entry per value of GENERATIVE_FRAMEWORKS, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const GENERATIVE_FRAMEWORK_INFO = /* @__PURE__ */ _infoTable(GENERATIVE_FRAMEWORKS, [
  // diffusion
  [
    null,
    "扩散模型",
    "Learns to turn noise into data step by step; flow matching and rectified flow count here too.",
    "学习把噪声逐步还原为数据；流匹配与整流流也归入此类。",
  ],
  // gan
  [
    "GAN",
    "生成对抗网络",
    "A generator trained against a discriminator that tries to tell its output from real data.",
    "生成器与试图区分生成数据和真实数据的判别器对抗训练。",
  ],
  // vae
  [
    "VAE",
    "变分自编码器",
    "An encoder and decoder trained so that samples from a simple latent space decode into data.",
    "联合训练编码器与解码器，使简单潜空间中的采样能解码为数据。",
  ],
  // normalizing-flow
  [
    null,
    "标准化流",
    "A chain of invertible transforms that maps a simple distribution exactly onto the data.",
    "由一串可逆变换把简单分布精确映射到数据分布。",
  ],
]);

/**
 * Returns the parent of an architecture node.
 *
 * @param node - An architecture node.
 * @returns Its parent, or `null` for a root such as `"cnn"`.
 * @throws {@link InvalidArgumentError} when given anything but an architecture node.
 *
 * @example
 * ```ts
 * architectureParent("lstm"); // "rnn"
 * architectureParent("rnn"); // null
 * ```
 */
export function architectureParent(node: Architecture): Architecture | null {
  checkNode(node, "node");
  return ARCHITECTURE_PARENTS[node];
}

// Only a node of the tree has a parent: any other value ("constructor", undefined) would walk off the table.
function checkNode(value: unknown, argument: string): asserts value is Architecture {
  if (typeof value !== "string" || !Object.hasOwn(ARCHITECTURE_PARENTS, value)) {
    throw new InvalidArgumentError(
      argument,
      `expected an architecture such as "decoder-only", received ${_show(value)}`,
    );
  }
}

/**
 * Lists the ancestors of an architecture node, nearest first, not including the node itself.
 *
 * @param node - An architecture node.
 * @returns Its ancestors, e.g. `["transformer"]` for `"decoder-only"`.
 * @throws {@link InvalidArgumentError} when given anything but an architecture node.
 *
 * @example
 * ```ts
 * architectureAncestors("gru"); // ["rnn"]
 * ```
 */
export function architectureAncestors(node: Architecture): Architecture[] {
  const ancestors: Architecture[] = [];
  for (let parent = architectureParent(node); parent !== null; parent = architectureParent(parent)) {
    ancestors.push(parent);
  }
  return ancestors;
}

/**
 * Answers "is this node a kind of that one?": true when `ancestor` is the node itself or one of its ancestors.
 *
 * @param node - The more specific node, e.g. `"lstm"`.
 * @param ancestor - The more general node, e.g. `"rnn"`.
 * @returns Whether every `node` model is also an `ancestor` model.
 * @throws {@link InvalidArgumentError} when given anything but an architecture node.
 *
 * @example
 * ```ts
 * isArchitectureKindOf("lstm", "rnn"); // true: an LSTM is an RNN
 * isArchitectureKindOf("rnn", "lstm"); // false
 * isArchitectureKindOf("decoder-only", "transformer"); // true
 * ```
 */
export function isArchitectureKindOf(node: Architecture, ancestor: Architecture): boolean {
  checkNode(ancestor, "ancestor");
  return node === ancestor || architectureAncestors(node).includes(ancestor);
}

/**
 * Lists every descendant of an architecture node (children, their children, …), in tree order, not including
 * the node itself.
 *
 * @param node - An architecture node.
 * @returns The nodes below it; empty for a leaf.
 * @throws {@link InvalidArgumentError} when given anything but an architecture node.
 *
 * @example
 * ```ts
 * architectureDescendants("rnn"); // ["lstm", "gru"]
 * architectureDescendants("transformer"); // ["encoder-only", "decoder-only", "encoder-decoder"]
 * architectureDescendants("cnn"); // []
 * ```
 */
export function architectureDescendants(node: Architecture): Architecture[] {
  checkNode(node, "node");
  return ARCHITECTURES.filter((other) => other !== node && isArchitectureKindOf(other, node));
}

/**
 * The architecture dimension: the node a model is built as; asking for a node finds its descendants.
 *
 * @internal
 */
export const _ARCHITECTURE_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "architecture",
  aspect: "architecture",
  label: { en: "Architecture", zh: "架构" },
  values: ARCHITECTURES,
  info: ARCHITECTURE_INFO,
  parentOf: (node) => ARCHITECTURE_PARENTS[node],
  read: (model) => [model.architecture.family],
});

/**
 * The component dimension: any architecture node a model contains, its own or among its `components` —
 * EnCodec and the Temporal Fusion Transformer contain LSTMs, so `component: "rnn"` finds them.
 *
 * @internal
 */
export const _COMPONENT_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "component",
  aspect: "architecture",
  label: { en: "Contains", zh: "包含的结构" },
  values: ARCHITECTURES,
  info: ARCHITECTURE_INFO,
  parentOf: (node) => ARCHITECTURE_PARENTS[node],
  read: (model) => [model.architecture.family, ...(model.architecture.components ?? [])],
});

/**
 * The generative-framework dimension.
 *
 * @internal
 */
export const _FRAMEWORK_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "framework",
  aspect: "architecture",
  label: { en: "Generative framework", zh: "生成框架" },
  values: GENERATIVE_FRAMEWORKS,
  info: GENERATIVE_FRAMEWORK_INFO,
  read: (model) => (model.architecture.framework === undefined ? [] : [model.architecture.framework]),
});
