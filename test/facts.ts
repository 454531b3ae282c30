/**
 * Facts about well-known released checkpoints, kept apart from the registry's data files and written from
 * primary sources only: the paper, the official model card or the official repository, each cited beside the
 * fact. The registry is never consulted to write this table; test/facts.test.ts compares the two, so a changed
 * fact in the data fails as a wrong fact.
 *
 * A checkpoint is named by its Hugging Face Hub id. Parameter counts are the total count the source states for
 * that checkpoint (all experts of a mixture-of-experts); the test allows 12% either way, since sources round
 * ("7B" for 6.74 billion) and count embeddings differently. Years are the year the checkpoint was first
 * released. `architecture` is given only where the node is beyond dispute (a CNN backbone under a transformer,
 * as in DETR, is left out).
 */
import type { Architecture } from "../src/index.js";

/** One checkpoint's facts, with the primary source that states them. */
export interface CheckpointFact {
  /** The Hub id, `organization/name`. */
  readonly hubId: string;
  /** Total parameters as the source states them. */
  readonly parameters: number;
  /** Parameters active per token, for a mixture-of-experts model. */
  readonly active?: number;
  /** Year of first release. */
  readonly year: number;
  /** The architecture node, where it is beyond dispute. */
  readonly architecture?: Architecture;
  /** Where the count is stated: a paper, an official model card or the official repository. */
  readonly source: string;
}

const M = 1e6;
const B = 1e9;

/** The table, ordered by year of release, then by Hub id. */
export const CHECKPOINT_FACTS = [
  // ResNet paper (Dec 2015); torchvision's weights page gives the exact count for ResNet-50.
  {
    hubId: "microsoft/resnet-50",
    parameters: 25_557_032,
    year: 2015,
    architecture: "cnn",
    source: "https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet50.html",
  },
  // MobileNets paper, Table 8: 1.0 MobileNet-224 has 4.2 million parameters.
  {
    hubId: "google/mobilenet_v1_1.0_224",
    parameters: 4.2 * M,
    year: 2017,
    architecture: "cnn",
    source: "https://arxiv.org/abs/1704.04861",
  },
  // The BERT repository's README: BERT-Base 110M, BERT-Large 340M parameters.
  {
    hubId: "google-bert/bert-base-uncased",
    parameters: 110 * M,
    year: 2018,
    architecture: "encoder-only",
    source: "https://github.com/google-research/bert",
  },
  {
    hubId: "google-bert/bert-large-uncased",
    parameters: 340 * M,
    year: 2018,
    architecture: "encoder-only",
    source: "https://github.com/google-research/bert",
  },
  {
    hubId: "google-bert/bert-base-chinese",
    parameters: 110 * M,
    year: 2018,
    architecture: "encoder-only",
    source: "https://github.com/google-research/bert",
  },
  // GPT-2: the release names its checkpoints by size (124M, 355M, 774M, 1558M).
  {
    hubId: "openai-community/gpt2",
    parameters: 124 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-2",
  },
  {
    hubId: "openai-community/gpt2-xl",
    parameters: 1558 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-2",
  },
  // ALBERT paper, Table 1: ALBERT-xxlarge has 235M parameters; the v2 checkpoints came out in December 2019.
  {
    hubId: "albert/albert-xxlarge-v2",
    parameters: 235 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/google-research/albert",
  },
  // DistilBERT paper: 40% fewer parameters than BERT-Base (110M), so 66M.
  {
    hubId: "distilbert/distilbert-base-uncased",
    parameters: 66 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://arxiv.org/abs/1910.01108",
  },
  // RoBERTa in fairseq: roberta.large has 355M parameters.
  {
    hubId: "FacebookAI/roberta-large",
    parameters: 355 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/roberta",
  },
  // BART in fairseq: bart.large has 400M parameters.
  {
    hubId: "facebook/bart-large",
    parameters: 400 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/bart",
  },
  // T5 paper (October 2019) and model cards: T5-Small 60 million, T5-11B 11 billion parameters.
  {
    hubId: "google-t5/t5-small",
    parameters: 60 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-small",
  },
  {
    hubId: "google-t5/t5-11b",
    parameters: 11 * B,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-11b",
  },
  // wav2vec 2.0 paper: the BASE model has 95M parameters, LARGE 317M.
  {
    hubId: "facebook/wav2vec2-base-960h",
    parameters: 95 * M,
    year: 2020,
    source: "https://arxiv.org/abs/2006.11477",
  },
  {
    hubId: "facebook/wav2vec2-large-lv60",
    parameters: 317 * M,
    year: 2020,
    source: "https://arxiv.org/abs/2006.11477",
  },
  // ViT paper, Table 1: ViT-Huge has 632M parameters.
  {
    hubId: "google/vit-huge-patch14-224-in21k",
    parameters: 632 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://arxiv.org/abs/2010.11929",
  },
  // GPT-J's model card: 6,053,381,344 parameters.
  {
    hubId: "EleutherAI/gpt-j-6b",
    parameters: 6_053_381_344,
    year: 2021,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/gpt-j-6b",
  },
  // The model page of all-MiniLM-L6-v2 (August 2021): 22.7M parameters in its safetensors weights.
  {
    hubId: "sentence-transformers/all-MiniLM-L6-v2",
    parameters: 22.7 * M,
    year: 2021,
    architecture: "encoder-only",
    source: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2",
  },
  // GPT-NeoX-20B: "a 20 billion parameter autoregressive language model" (the gpt-neox README).
  {
    hubId: "EleutherAI/gpt-neox-20b",
    parameters: 20 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/EleutherAI/gpt-neox",
  },
  // BLOOM's model card: 176 billion parameters (released July 2022).
  {
    hubId: "bigscience/bloom",
    parameters: 176 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigscience/bloom",
  },
  // OPT: the metaseq release lists OPT-66B with 66B parameters.
  {
    hubId: "facebook/opt-66b",
    parameters: 66 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT",
  },
  // The Whisper repository's README: tiny has 39M parameters, large 1550M (large-v3 keeps the size, released Nov 2023).
  {
    hubId: "openai/whisper-tiny",
    parameters: 39 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  {
    hubId: "openai/whisper-large",
    parameters: 1550 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  {
    hubId: "openai/whisper-large-v3",
    parameters: 1550 * M,
    year: 2023,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  // Llama 2 model card: 7B, 13B and 70B sizes (July 2023); the 7B checkpoint's safetensors hold 6.74B.
  {
    hubId: "meta-llama/Llama-2-7b-hf",
    parameters: 6.74 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
  },
  {
    hubId: "meta-llama/Llama-2-70b-hf",
    parameters: 70 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
  },
  // Mistral 7B announcement: "a 7.3B parameter model".
  {
    hubId: "mistralai/Mistral-7B-v0.1",
    parameters: 7.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/announcing-mistral-7b",
  },
  // Mixtral announcement: 46.7B total parameters, 12.9B used per token.
  {
    hubId: "mistralai/Mixtral-8x7B-v0.1",
    parameters: 46.7 * B,
    active: 12.9 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/mixtral-of-experts",
  },
  // Phi-2's model card: a Transformer with 2.7 billion parameters.
  {
    hubId: "microsoft/phi-2",
    parameters: 2.7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/phi-2",
  },
  // The Falcon series: 7B, 40B and 180B causal decoder-only models (model cards and the Falcon paper).
  {
    hubId: "tiiuae/falcon-40b",
    parameters: 40 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-40b",
  },
  {
    hubId: "tiiuae/falcon-180B",
    parameters: 180 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-180B",
  },
  // The Mamba repository lists its pretrained checkpoints by size, the largest 2.8B.
  {
    hubId: "state-spaces/mamba-2.8b",
    parameters: 2.8 * B,
    year: 2023,
    architecture: "state-space",
    source: "https://github.com/state-spaces/mamba",
  },
  // Meta Llama 3 model card (April 2024): 8B and 70B.
  {
    hubId: "meta-llama/Meta-Llama-3-70B",
    parameters: 70 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md",
  },
  // Llama 3.1 model card: 8B, 70B and 405B.
  {
    hubId: "meta-llama/Llama-3.1-405B",
    parameters: 405 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
  },
  // Llama 3.2 model card: 1B (1.23B) and 3B (3.21B) parameters.
  {
    hubId: "meta-llama/Llama-3.2-1B",
    parameters: 1.23 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md",
  },
  {
    hubId: "meta-llama/Llama-3.2-3B",
    parameters: 3.21 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md",
  },
  // Phi-3 technical report: phi-3-mini has 3.8 billion parameters.
  {
    hubId: "microsoft/Phi-3-mini-4k-instruct",
    parameters: 3.8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2404.14219",
  },
  // Qwen2.5 model cards: the 0.5B instruct model has 0.49B parameters; the largest base model, 72 billion.
  {
    hubId: "Qwen/Qwen2.5-0.5B-Instruct",
    parameters: 0.49 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
  },
  {
    hubId: "Qwen/Qwen2.5-72B",
    parameters: 72 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-72B",
  },
  // DeepSeek-V3 README: 671B total parameters, 37B activated for each token.
  {
    hubId: "deepseek-ai/DeepSeek-V3",
    parameters: 671 * B,
    active: 37 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-V3",
  },
  // DeepSeek-R1 README: built on DeepSeek-V3-Base, 671B total and 37B activated parameters (January 2025).
  {
    hubId: "deepseek-ai/DeepSeek-R1",
    parameters: 671 * B,
    active: 37 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-R1",
  },
  // The Qwen3 README: the mixture-of-experts 235B-A22B has 235B total and 22B activated parameters.
  {
    hubId: "Qwen/Qwen3-235B-A22B",
    parameters: 235 * B,
    active: 22 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/QwenLM/Qwen3",
  },
] as const satisfies readonly CheckpointFact[];
