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
  // torchvision's ResNet101_Weights.IMAGENET1K_V1 metadata: "num_params": 44549160 (the same ResNet-101 v1.5
  // layout); the ResNet paper is arXiv 1512.03385 (December 2015).
  {
    hubId: "microsoft/resnet-101",
    parameters: 44_549_160,
    year: 2015,
    architecture: "cnn",
    source: "https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet101.html",
  },
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
  // The BERT README: "BERT-Base, Cased: 12-layer, 768-hidden, 12-heads, 110M parameters"; the models were
  // released with the repository on 31 October 2018 (download path dated 2018_10_18).
  {
    hubId: "google-bert/bert-base-cased",
    parameters: 110 * M,
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
  // TF-slim MobileNet README, MobileNet V2 ImageNet checkpoints: mobilenet_v2_1.0_224, 300M MACs, 3.47M parameters;
  // paper arXiv 1801.04381 (January 2018).
  {
    hubId: "google/mobilenet_v2_1.0_224",
    parameters: 3.47 * M,
    year: 2018,
    architecture: "cnn",
    source: "https://github.com/tensorflow/models/tree/master/research/slim/nets/mobilenet",
  },
  // ALBERT-base v2 model card: 12 repeating layers, 128 embedding and 768 hidden dimension, 11M parameters;
  // the ALBERT README announces version 2 of the models on October 31, 2019.
  {
    hubId: "albert/albert-base-v2",
    parameters: 11 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://huggingface.co/albert/albert-base-v2",
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
  // DistilGPT2 model card: distilled from the 124M GPT-2, "DistilGPT2, which has 82 million parameters"; the
  // distillation README ("2019, October 3rd - Update") announces the release of the DistilGPT2 weights.
  {
    hubId: "distilbert/distilgpt2",
    parameters: 82 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://huggingface.co/distilbert/distilgpt2",
  },
  // DistilRoBERTa model card: 6 layers, 768 dimension, 12 heads, 82M parameters (against 125M for RoBERTa-base);
  // the distillation README dates its release to October 23, 2019.
  {
    hubId: "distilbert/distilroberta-base",
    parameters: 82 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://huggingface.co/distilbert/distilroberta-base",
  },
  // BART in fairseq: bart.large has 400M parameters.
  {
    hubId: "facebook/bart-large",
    parameters: 400 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/bart",
  },
  // RoBERTa in fairseq: roberta.base ("RoBERTa using the BERT-base architecture") has 125M parameters;
  // the README was added in July 2019 with the paper (arXiv 1907.11692).
  {
    hubId: "FacebookAI/roberta-base",
    parameters: 125 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/roberta",
  },
  // RoBERTa in fairseq: roberta.large has 355M parameters.
  {
    hubId: "FacebookAI/roberta-large",
    parameters: 355 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/roberta",
  },
  // XLM-R in fairseq: xlmr.base 250M and xlmr.large 560M parameters (250k vocabulary);
  // released with code in November 2019 (arXiv 1911.02116).
  {
    hubId: "FacebookAI/xlm-roberta-base",
    parameters: 250 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/xlmr",
  },
  {
    hubId: "FacebookAI/xlm-roberta-large",
    parameters: 560 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/xlmr",
  },
  {
    hubId: "google-t5/t5-11b",
    parameters: 11 * B,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-11b",
  },
  // The T5 README's released checkpoints: "T5-3B (3 billion parameters)"; paper arXiv 1910.10683 (October 2019).
  {
    hubId: "google-t5/t5-3b",
    parameters: 3 * B,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://github.com/google-research/text-to-text-transfer-transformer",
  },
  // T5 model cards: "T5-Base is the checkpoint with 220 million parameters", T5-Large with 770 million
  // (T5 paper, arXiv 1910.10683, October 2019).
  {
    hubId: "google-t5/t5-base",
    parameters: 220 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-base",
  },
  {
    hubId: "google-t5/t5-large",
    parameters: 770 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-large",
  },
  // T5 paper (October 2019) and model cards: T5-Small 60 million, T5-11B 11 billion parameters.
  {
    hubId: "google-t5/t5-small",
    parameters: 60 * M,
    year: 2019,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/google-t5/t5-small",
  },
  // torchvision's EfficientNet_B0_Weights (weights "ported from the original paper"): "num_params": 5288548; the
  // EfficientNet README dates the release of code and weights to May 2019.
  {
    hubId: "google/efficientnet-b0",
    parameters: 5_288_548,
    year: 2019,
    architecture: "cnn",
    source: "https://pytorch.org/vision/stable/models/generated/torchvision.models.efficientnet_b0.html",
  },
  // Computed from the checkpoint's dimensions (4 layers, hidden 312, intermediate 1200, 30,522-token vocabulary):
  // 14.35M, which the card's "TinyBERT is 7.5x smaller ... than BERT-base" confirms (110M / 7.5 = 14.7M); the
  // General_TinyBERT(4layer-312dim) download was in the Noah's Ark README by December 2019.
  {
    hubId: "huawei-noah/TinyBERT_General_4L_312D",
    parameters: 14.35 * M,
    year: 2019,
    architecture: "encoder-only",
    source: "https://huggingface.co/huawei-noah/TinyBERT_General_4L_312D",
  },
  // DialoGPT README: small (117M), medium (345M) and large (762M) checkpoints, GPT-2 models fine-tuned on Reddit
  // dialogue; released with the paper (arXiv 1911.00536, November 2019).
  {
    hubId: "microsoft/DialoGPT-medium",
    parameters: 345 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/microsoft/DialoGPT",
  },
  // GPT-2: the release names its checkpoints by size (124M, 355M, 774M, 1558M).
  {
    hubId: "openai-community/gpt2",
    parameters: 124 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-2",
  },
  // GPT-2 model card in OpenAI's repository: "We have also released 124 million, 355 million, and 774 million
  // parameter models"; the 774M model was pushed on 20 August 2019.
  {
    hubId: "openai-community/gpt2-large",
    parameters: 774 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-2/blob/master/model_card.md",
  },
  {
    hubId: "openai-community/gpt2-xl",
    parameters: 1558 * M,
    year: 2019,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-2",
  },
  // BART in fairseq: bart.base (6 encoder and 6 decoder layers) has 140M parameters. The README of November 2019
  // listed only bart.large; bart.base was added in May 2020 (fairseq commit be5313ac, "Add bart.base to README").
  {
    hubId: "facebook/bart-base",
    parameters: 140 * M,
    year: 2020,
    architecture: "encoder-decoder",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/bart",
  },
  // DeiT README: DeiT-base, 86M parameters; the repository was published on 23 December 2020 (arXiv 2012.12877).
  {
    hubId: "facebook/deit-base-patch16-224",
    parameters: 86 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/deit/blob/main/README_deit.md",
  },
  // ESM README, pre-trained models table: esm1b_t33_650M_UR50S, 33 layers, 650M parameters; its news list
  // dates the addition of ESM-1b to December 2020.
  {
    hubId: "facebook/esm1b_t33_650M_UR50S",
    parameters: 650 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/esm",
  },
  // M2M-100 README in fairseq: "# 1.2B parameter model" (1.2B_last_checkpoint.pt); the README's model
  // section dates from October/November 2020 (paper arXiv 2010.11125).
  {
    hubId: "facebook/m2m100_1.2B",
    parameters: 1.2 * B,
    year: 2020,
    architecture: "encoder-decoder",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/m2m_100",
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
  // ELECTRA README: ELECTRA-Base, 12 layers, hidden size 768, 110M parameters; first released March 2020
  // (commit "Initial ELECTRA release", 6 March 2020).
  {
    hubId: "google/electra-base-discriminator",
    parameters: 110 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/google-research/electra",
  },
  // ELECTRA README: ELECTRA-Large, 24 layers, hidden size 1024, 335M parameters; first released with the
  // repository on 6 March 2020.
  {
    hubId: "google/electra-large-discriminator",
    parameters: 335 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/google-research/electra",
  },
  // Computed from the checkpoint's config (24 layers, hidden 512 with 128-wide bottlenecks, 4 stacked FFNs,
  // 128-dimensional trigram embeddings): 24.6M, which the paper's "4.3x smaller ... than BERT_BASE" confirms to
  // within 4%; paper arXiv 2004.02984 (April 2020).
  {
    hubId: "google/mobilebert-uncased",
    parameters: 24.6 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://arxiv.org/abs/2004.02984",
  },
  // mT5 README, released checkpoints: "mT5-Base (580 million parameters)"; the repository and checkpoints were
  // published in October 2020 (arXiv 2010.11934).
  {
    hubId: "google/mt5-base",
    parameters: 580 * M,
    year: 2020,
    architecture: "encoder-decoder",
    source: "https://github.com/google-research/multilingual-t5",
  },
  // PEGASUS paper (arXiv 1912.08777, section 5): the large model has 568M parameters (the base 223M). The paper is
  // of December 2019, but the checkpoints came out with google-research/pegasus in April 2020 (the "Mixed &
  // Dynamic" pegasus-large in May 2020).
  {
    hubId: "google/pegasus-large",
    parameters: 568 * M,
    year: 2020,
    architecture: "encoder-decoder",
    source: "https://arxiv.org/abs/1912.08777",
  },
  // ViT paper, Table 1: ViT-Huge has 632M parameters.
  {
    hubId: "google/vit-huge-patch14-224-in21k",
    parameters: 632 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://arxiv.org/abs/2010.11929",
  },
  // LayoutLM README: "LayoutLM-Base, Uncased | 113M"; "Feb 18th, 2020: Initial release of pre-trained models".
  {
    hubId: "microsoft/layoutlm-base-uncased",
    parameters: 113 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/microsoft/unilm/tree/master/layoutlm",
  },
  // MiniLM README (as first published, 29 February 2020): "MiniLMv1-L12-H384-uncased: 12-layer, 384-hidden,
  // 12-heads, 33M parameters".
  {
    hubId: "microsoft/MiniLM-L12-H384-uncased",
    parameters: 33 * M,
    year: 2020,
    architecture: "encoder-only",
    source: "https://github.com/microsoft/unilm/tree/master/minilm",
  },
  // timm README (3 January 2020) adds the RandAugment-trained EfficientNet-B0 weights, 77.698 top-1 and 5.29M params;
  // timm's results-imagenet.csv lists efficientnet_b0.ra_in1k at param_count 5.29 (M).
  {
    hubId: "timm/efficientnet_b0.ra_in1k",
    parameters: 5.29 * M,
    year: 2020,
    architecture: "cnn",
    source: "https://github.com/huggingface/pytorch-image-models",
  },
  // GPT-J's model card: 6,053,381,344 parameters.
  {
    hubId: "EleutherAI/gpt-j-6b",
    parameters: 6_053_381_344,
    year: 2021,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/gpt-j-6b",
  },
  // GPT-Neo cards: "1.3B represents the number of parameters" / "2.7B represents the number of parameters";
  // the cards' software citation is dated March 2021.
  {
    hubId: "EleutherAI/gpt-neo-1.3B",
    parameters: 1.3 * B,
    year: 2021,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/gpt-neo-1.3B",
  },
  {
    hubId: "EleutherAI/gpt-neo-2.7B",
    parameters: 2.7 * B,
    year: 2021,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/gpt-neo-2.7B",
  },
  // HuBERT in fairseq: "HuBERT Base (~95M params)", LibriSpeech 960 h, no fine-tuning (hubert_base_ls960.pt);
  // the table was published in May 2021 (arXiv 2106.07447). A CNN feature encoder under a transformer: no node.
  {
    hubId: "facebook/hubert-base-ls960",
    parameters: 95 * M,
    year: 2021,
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/hubert",
  },
  // HuBERT in fairseq: "HuBERT Large (~316M params)", pretrained on Libri-Light 60k hours; the model table
  // was published in May 2021 (arXiv 2106.07447).
  {
    hubId: "facebook/hubert-large-ll60k",
    parameters: 316 * M,
    year: 2021,
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/hubert",
  },
  // The wav2vec2-xls-r-1b model card: "Facebook's Wav2Vec2 XLS-R counting 1 billion parameters" (fairseq lists
  // it as "XLS-R 1B", file xlsr2_960m_1000k.pt); the XLS-R README and paper date from November 2021.
  {
    hubId: "facebook/wav2vec2-xls-r-1b",
    parameters: 1 * B,
    year: 2021,
    source: "https://huggingface.co/facebook/wav2vec2-xls-r-1b",
  },
  // XLM-R in fairseq: xlmr.xl "(layers=36, model_dim=2560)", 3.5B parameters; "June 2021: XLMR-XL AND XLMR-XXL
  // models released".
  {
    hubId: "facebook/xlm-roberta-xl",
    parameters: 3.5 * B,
    year: 2021,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/fairseq/tree/main/examples/xlmr",
  },
  // ByT5 README, released checkpoints: "ByT5-Base (580 million parameters)"; repository and arXiv 2105.13626
  // from May 2021.
  {
    hubId: "google/byt5-base",
    parameters: 580 * M,
    year: 2021,
    architecture: "encoder-decoder",
    source: "https://github.com/google-research/byt5",
  },
  // YOLOS README, results table: YOLOS-S (DeiT-S backbone) has 30.7M parameters; paper arXiv 2106.00666 (June
  // 2021). A DeiT encoder with detection tokens, so no architecture node.
  {
    hubId: "hustvl/yolos-small",
    parameters: 30.7 * M,
    year: 2021,
    source: "https://github.com/hustvl/YOLOS",
  },
  // BEiT README: "BEiT-base: #layer=12; hidden=768; ... (#parameters: 86M)"; "July 2021: release the code and
  // pretrained models of BEiT" (preprint June 2021).
  {
    hubId: "microsoft/beit-base-patch16-224",
    parameters: 86 * M,
    year: 2021,
    architecture: "encoder-only",
    source: "https://github.com/microsoft/unilm/tree/master/beit",
  },
  // DeBERTa-V3-Base model card: 12 layers, hidden size 768, 86M backbone parameters plus 98M in the embedding
  // layer (128K vocabulary), so 184M in all (an earlier card revision said "Total parameters is 183M");
  // released on the Hub on 16 November 2021 (microsoft/DeBERTa README).
  {
    hubId: "microsoft/deberta-v3-base",
    parameters: 184 * M,
    year: 2021,
    architecture: "encoder-only",
    source: "https://huggingface.co/microsoft/deberta-v3-base",
  },
  // Swin Transformer README: Swin-B, 224x224, #params 88M (ImageNet-1K and ImageNet-22K rows alike); the
  // repository opened on 25 March 2021 (arXiv 2103.14030). Hierarchical windowed attention: node left out.
  {
    hubId: "microsoft/swin-base-patch4-window7-224",
    parameters: 88 * M,
    year: 2021,
    source: "https://github.com/microsoft/Swin-Transformer",
  },
  // Swin semantic segmentation README, ADE20K table: UperNet with a Swin-B backbone has 121M params (the Hub page shows
  // 122M); the Hub weights are a conversion of mmsegmentation's upernet_swin_base checkpoint dated 20210531.
  {
    hubId: "openmmlab/upernet-swin-base",
    parameters: 121 * M,
    year: 2021,
    source: "https://github.com/SwinTransformer/Swin-Transformer-Semantic-Segmentation",
  },
  // The model page of all-MiniLM-L6-v2 (August 2021): 22.7M parameters in its safetensors weights.
  {
    hubId: "sentence-transformers/all-MiniLM-L6-v2",
    parameters: 22.7 * M,
    year: 2021,
    architecture: "encoder-only",
    source: "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2",
  },
  // timm's results-imagenet.csv: resnet50.a1_in1k has param_count 25.56 (M); the ResNet strikes back A1 weights came
  // into timm on 3 October 2021 (README "Oct 3, 2021"; paper arXiv 2110.00476).
  {
    hubId: "timm/resnet50.a1_in1k",
    parameters: 25.56 * M,
    year: 2021,
    architecture: "cnn",
    source: "https://github.com/huggingface/pytorch-image-models",
  },
  // SantaCoder card: "The SantaCoder models are a series of 1.1B parameter models" (Python, Java, JavaScript of
  // The Stack); the Hub repository's weights and card were committed on 19-22 December 2022.
  {
    hubId: "bigcode/santacoder",
    parameters: 1.1 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigcode/santacoder",
  },
  // BLOOM's model card: 176 billion parameters (released July 2022).
  {
    hubId: "bigscience/bloom",
    parameters: 176 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigscience/bloom",
  },
  // bloom-560m's model card: "559,214,592 parameters", a decoder-only architecture; release date estimate 11 July 2022.
  {
    hubId: "bigscience/bloom-560m",
    parameters: 559_214_592,
    year: 2022,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigscience/bloom-560m",
  },
  // The RWKV-LM README links the checkpoint RWKV-4-Pile-1B5-20220903 and calls it "RWKV-4 Pile 1.5B"; the
  // checkpoint file is dated 3 September 2022.
  {
    hubId: "BlinkDL/rwkv-4-pile-1b5",
    parameters: 1.5 * B,
    year: 2022,
    source: "https://github.com/BlinkDL/RWKV-LM",
  },
  // GPT-NeoX-20B: "a 20 billion parameter autoregressive language model" (the gpt-neox README).
  {
    hubId: "EleutherAI/gpt-neox-20b",
    parameters: 20 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/EleutherAI/gpt-neox",
  },
  // ConvNeXt README: ConvNeXt-B at 224x224 (ImageNet-1K), #params 89M; the repository opened on 10 January 2022
  // (arXiv 2201.03545).
  {
    hubId: "facebook/convnext-base-224",
    parameters: 89 * M,
    year: 2022,
    architecture: "cnn",
    source: "https://github.com/facebookresearch/ConvNeXt",
  },
  // ESM README, pre-trained models table: esm2_t30_150M_UR50D, 30 layers, 150M parameters; "August 2022: ESM-2
  // - new SOTA Language Models released".
  {
    hubId: "facebook/esm2_t30_150M_UR50D",
    parameters: 150 * M,
    year: 2022,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/esm",
  },
  // NLLB modeling README (fairseq, nllb branch): "NLLB-200 | Dense | transformer_24_24 | 1.3B"; published with
  // the NLLB release on 6 July 2022.
  {
    hubId: "facebook/nllb-200-1.3B",
    parameters: 1.3 * B,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/facebookresearch/fairseq/tree/nllb/examples/nllb/modeling",
  },
  // The metaseq OPT README lists OPT-125M (125M), OPT-1.3B (1.3B) and OPT-13B (13B); weights dated 2022-05-02,
  // paper arXiv:2205.01068 (May 2022).
  {
    hubId: "facebook/opt-1.3b",
    parameters: 1.3 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT",
  },
  {
    hubId: "facebook/opt-125m",
    parameters: 125 * M,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT",
  },
  {
    hubId: "facebook/opt-13b",
    parameters: 13 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT",
  },
  // OPT: the metaseq release lists OPT-66B with 66B parameters.
  {
    hubId: "facebook/opt-66b",
    parameters: 66 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT",
  },
  // Flan-T5 paper (October 2022), Table 2: Flan-T5-Base 250M, Flan-T5-XXL 11B parameters.
  {
    hubId: "google/flan-t5-base",
    parameters: 250 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://arxiv.org/abs/2210.11416",
  },
  {
    hubId: "google/flan-t5-xxl",
    parameters: 11 * B,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://arxiv.org/abs/2210.11416",
  },
  // Pix2Struct paper (arXiv 2210.03347, October 2022): "two variants with 282M and 1.3B parameters", an image
  // encoder and text decoder; the repository's first commit (late 2022) releases the Base and Large checkpoints.
  {
    hubId: "google/pix2struct-base",
    parameters: 282 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://arxiv.org/abs/2210.03347",
  },
  // UL2 README (google-research): the UL2 checkpoints are 20B; the paper (arXiv 2205.05131) is from May 2022.
  {
    hubId: "google/ul2",
    parameters: 20 * B,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/google-research/google-research/tree/master/ul2",
  },
  // OpenCLIP's docs/model_profile.csv: ViT-B-32 has 151.28M parameters (87.85M image, 63.43M text tower); the
  // laion2b_s34b_b79k weights were added to OpenCLIP on 14 September 2022.
  {
    hubId: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K",
    parameters: 151.28 * M,
    year: 2022,
    source: "https://github.com/mlfoundations/open_clip/blob/main/docs/model_profile.csv",
  },
  // DiT README: DiT-base (12 layers, hidden 768) has 86M parameters, checkpoints released March 2022; the Hub card
  // calls it a transformer encoder model (BERT-like), the architecture of BEiT.
  {
    hubId: "microsoft/dit-base",
    parameters: 86 * M,
    year: 2022,
    architecture: "encoder-only",
    source: "https://github.com/microsoft/unilm/tree/master/dit",
  },
  // Swin Transformer README: SwinV2-T at 256x256 with a 16x16 window has 28M params (timm's csv: 28.35M); "05/12/2022:
  // Pretrained models of Swin Transformer V2 on ImageNet-1K and ImageNet-22K are released".
  {
    hubId: "microsoft/swinv2-tiny-patch4-window16-256",
    parameters: 28 * M,
    year: 2022,
    source: "https://github.com/microsoft/Swin-Transformer",
  },
  // The Whisper repository's README: base 74M, small 244M, medium 769M parameters (paper arXiv 2212.04356, 2022).
  {
    hubId: "openai/whisper-base",
    parameters: 74 * M,
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
    hubId: "openai/whisper-medium",
    parameters: 769 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  {
    hubId: "openai/whisper-small",
    parameters: 244 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  // The Whisper repository's README: tiny has 39M parameters, large 1550M (large-v3 keeps the size, released Nov 2023).
  {
    hubId: "openai/whisper-tiny",
    parameters: 39 * M,
    year: 2022,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  // The CodeGen README: CodeGen1 released in March 2022, models of 350M to 16B parameters (the 16B is in the
  // checkpoint's name).
  {
    hubId: "Salesforce/codegen-16B-mono",
    parameters: 16 * B,
    year: 2022,
    architecture: "decoder-only",
    source: "https://github.com/salesforce/CodeGen",
  },
  // timm commit of 19 January 2022 adds mobilenetv3_small_100 weights trained with the LAMB optimizer;
  // results-imagenet.csv lists mobilenetv3_small_100.lamb_in1k at param_count 2.54 (M).
  {
    hubId: "timm/mobilenetv3_small_100.lamb_in1k",
    parameters: 2.54 * M,
    year: 2022,
    architecture: "cnn",
    source: "https://github.com/huggingface/pytorch-image-models",
  },
  // Yi README: the first release (2023/11/02) holds base models "with the parameter sizes of 6B and 34B"; the Yi
  // paper (arXiv:2403.04652) calls the architecture a modified decoder-only Transformer.
  {
    hubId: "01-ai/Yi-34B",
    parameters: 34 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/01-ai/Yi",
  },
  {
    hubId: "01-ai/Yi-6B",
    parameters: 6 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/01-ai/Yi",
  },
  // StarCoder card: "The StarCoder models are 15.5B parameter models trained on 80+ programming languages";
  // paper arXiv:2305.06161 (May 2023).
  {
    hubId: "bigcode/starcoder",
    parameters: 15.5 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigcode/starcoder",
  },
  // Code Llama README: Code Llama, Python and Instruct "with 7B, 13B and 34B parameters each"; released
  // 24 August 2023.
  {
    hubId: "codellama/CodeLlama-13b-Instruct-hf",
    parameters: 13 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/codellama",
  },
  // Code Llama model card: all variants come in 7B, 13B, 34B and 70B; paper arXiv:2308.12950 (August 2023).
  {
    hubId: "codellama/CodeLlama-7b-hf",
    parameters: 7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/codellama/blob/main/MODEL_CARD.md",
  },
  // DeepFloyd IF README, model table: IF-I-L (stage I) has 900M parameters; the code and weights were released
  // on 26 April 2023.
  {
    hubId: "DeepFloyd/IF-I-L-v1.0",
    parameters: 900 * M,
    year: 2023,
    source: "https://github.com/deep-floyd/IF",
  },
  // DeepSeek-Coder repository, evaluation tables: DeepSeek-Coder-Base 1.3B (the README's overview rounds it to
  // "1B"); the project went public on 2 November 2023.
  {
    hubId: "deepseek-ai/deepseek-coder-1.3b-base",
    parameters: 1.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-Coder",
  },
  // deepseek-coder-6.7b-instruct's card: "a 6.7B parameter model"; the DeepSeek-Coder repository that lists it
  // was first committed on 2023-11-02.
  {
    hubId: "deepseek-ai/deepseek-coder-6.7b-instruct",
    parameters: 6.7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/deepseek-ai/deepseek-coder-6.7b-instruct",
  },
  // DeepSeek LLM README: "an advanced language model comprising 67 billion parameters", 7B/67B Base and Chat
  // released; the repository's first commit is 2023-11-29.
  {
    hubId: "deepseek-ai/deepseek-llm-67b-base",
    parameters: 67 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-LLM",
  },
  // Distil-Whisper README, model table: distil-large-v2 has 756M parameters; released with the paper
  // (arXiv:2311.00430) at the turn of October/November 2023.
  {
    hubId: "distil-whisper/distil-large-v2",
    parameters: 756 * M,
    year: 2023,
    architecture: "encoder-decoder",
    source: "https://github.com/huggingface/distil-whisper",
  },
  // Pythia cards, "Naming convention and parameter count": total params 162,322,944 (160M), 1,011,781,632 (1B) and
  // 11,846,072,320 (12B). This retrained suite came with the paper, arXiv:2304.01373 (April 2023).
  {
    hubId: "EleutherAI/pythia-12b",
    parameters: 11_846_072_320,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/pythia-12b",
  },
  {
    hubId: "EleutherAI/pythia-160m",
    parameters: 162_322_944,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/pythia-160m",
  },
  {
    hubId: "EleutherAI/pythia-1b",
    parameters: 1_011_781_632,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/EleutherAI/pythia-1b",
  },
  // ConvNeXt V2 README, ImageNet-22K fine-tuned models: ConvNeXt V2-T at 384x384 has 28.6M params; the paper (a fully
  // convolutional masked autoencoder framework) is arXiv 2301.00808, January 2023.
  {
    hubId: "facebook/convnextv2-tiny-22k-384",
    parameters: 28.6 * M,
    year: 2023,
    architecture: "cnn",
    source: "https://github.com/facebookresearch/ConvNeXt-V2",
  },
  // The DINOv2 README: ViT-B/14 distilled 86M, ViT-L/14 distilled 300M parameters (paper arXiv 2304.07193, April 2023).
  {
    hubId: "facebook/dinov2-base",
    parameters: 86 * M,
    year: 2023,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/dinov2",
  },
  {
    hubId: "facebook/dinov2-large",
    parameters: 300 * M,
    year: 2023,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/dinov2",
  },
  // MMS-1B card: "Facebook's MMS counting 1 billion parameters" ("Num parameters: 1 billion"); the Hub
  // repository was created on 22 May 2023 with the MMS release.
  {
    hubId: "facebook/mms-1b",
    parameters: 1 * B,
    year: 2023,
    source: "https://huggingface.co/facebook/mms-1b",
  },
  // AudioCraft docs/MUSICGEN.md: "facebook/musicgen-large: 3.3B model, text to music only"; AudioCraft and
  // MusicGen were published in June 2023.
  {
    hubId: "facebook/musicgen-large",
    parameters: 3.3 * B,
    year: 2023,
    source: "https://github.com/facebookresearch/audiocraft/blob/main/docs/MUSICGEN.md",
  },
  // seamless_communication README: "SeamlessM4T-Large (v1)" has 2.3B parameters; released 22 August 2023.
  {
    hubId: "facebook/seamless-m4t-large",
    parameters: 2.3 * B,
    year: 2023,
    source: "https://github.com/facebookresearch/seamless_communication",
  },
  // LLaVA model zoo: liuhaotian/llava-v1.5-13b is the LLaVA-1.5 13B model; LLaVA-1.5 came out on 5 October 2023
  // (README news).
  {
    hubId: "liuhaotian/llava-v1.5-13b",
    parameters: 13 * B,
    year: 2023,
    source: "https://github.com/haotian-liu/LLaVA/blob/main/docs/MODEL_ZOO.md",
  },
  // LLaVA model zoo: LLaVA-1.5 at the 7B size (base LLM Vicuna v1.5), liuhaotian/llava-v1.5-7b; released 5 October 2023.
  {
    hubId: "liuhaotian/llava-v1.5-7b",
    parameters: 7 * B,
    year: 2023,
    source: "https://github.com/haotian-liu/LLaVA/blob/main/docs/MODEL_ZOO.md",
  },
  // Llama 2 model card (meta-llama/llama-models, models/llama2): sizes 7B, 13B and 70B, pretrained and fine-tuned;
  // trained between January and July 2023 (released July 2023).
  {
    hubId: "meta-llama/Llama-2-13b-hf",
    parameters: 13 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama2/MODEL_CARD.md",
  },
  {
    hubId: "meta-llama/Llama-2-70b-hf",
    parameters: 70 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
  },
  // Llama 2 model card: 7B, 13B and 70B sizes (July 2023); the 7B checkpoint's safetensors hold 6.74B.
  {
    hubId: "meta-llama/Llama-2-7b-hf",
    parameters: 6.74 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
  },
  // Kosmos-2 paper (arXiv:2306.14824, June 2023): "The total number of trainable parameters amounts to
  // approximately 1.6B" (24-layer vision encoder, 24-layer Magneto decoder of width 2048).
  {
    hubId: "microsoft/kosmos-2-patch14-224",
    parameters: 1.6 * B,
    year: 2023,
    source: "https://arxiv.org/abs/2306.14824",
  },
  // phi-1 paper (arXiv:2306.11644, June 20, 2023): "phi-1 is a Transformer-based model with 1.3B parameters",
  // a language model for code.
  {
    hubId: "microsoft/phi-1",
    parameters: 1.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2306.11644",
  },
  // phi-1.5 card: "The language model phi-1.5 is a Transformer with 1.3 billion parameters"; its paper is
  // arXiv:2309.05463 (September 2023).
  {
    hubId: "microsoft/phi-1_5",
    parameters: 1.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/phi-1_5",
  },
  // Phi-2's model card: a Transformer with 2.7 billion parameters.
  {
    hubId: "microsoft/phi-2",
    parameters: 2.7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/phi-2",
  },
  // Mistral 7B announcement: "Mistral 7B is a 7.3B parameter model", with "a model fine-tuned for chat"
  // (Mistral-7B-Instruct-v0.1, whose card points to that post and calls the base a transformer with GQA and
  // sliding-window attention); the Mistral 7B paper, arXiv:2310.06825, is from October 2023.
  {
    hubId: "mistralai/Mistral-7B-Instruct-v0.1",
    parameters: 7.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/announcing-mistral-7b",
  },
  // Mistral 7B announcement: "a 7.3B parameter model".
  {
    hubId: "mistralai/Mistral-7B-v0.1",
    parameters: 7.3 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/announcing-mistral-7b",
  },
  // Mixtral paper (arXiv:2401.04088): "each token has access to 47B parameters, but only uses 13B active
  // parameters", and "We also provide a model fine-tuned to follow instructions, Mixtral 8x7B - Instruct";
  // the instruct checkpoint came out with the Mixtral announcement of December 11, 2023 (date as quoted by
  // copies of that post; the paper itself is January 2024).
  {
    hubId: "mistralai/Mixtral-8x7B-Instruct-v0.1",
    parameters: 47 * B,
    active: 13 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2401.04088",
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
  // MPT-7B card: n_parameters 6.7B, "a modification of a standard decoder-only transformer"; model date May 5, 2023.
  {
    hubId: "mosaicml/mpt-7b",
    parameters: 6.7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/mosaicml/mpt-7b",
  },
  {
    hubId: "openai/whisper-large-v3",
    parameters: 1550 * M,
    year: 2023,
    architecture: "encoder-decoder",
    source: "https://github.com/openai/whisper",
  },
  // RT-DETR model zoo (rtdetr_pytorch README): rtdetr_r50vd has 42M parameters; paper arXiv 2304.08069 (April
  // 2023). A ResNet backbone under a transformer decoder, so no architecture node.
  {
    hubId: "PekingU/rtdetr_r50vd",
    parameters: 42 * M,
    year: 2023,
    source: "https://github.com/lyuwenyu/RT-DETR",
  },
  // Qwen-VL paper (arXiv:2308.12966), Table 1: 1.9B vision encoder + 0.08B adapter + 7.7B LLM = 9.6B (read in
  // transcriptions of the table; the Qwen-VL config's dimensions give about 9.65B); released 22 August 2023.
  {
    hubId: "Qwen/Qwen-VL",
    parameters: 9.6 * B,
    year: 2023,
    source: "https://arxiv.org/abs/2308.12966",
  },
  // BLIP-2 paper (arXiv:2301.12597, January 2023), zero-shot VQA table: BLIP-2 ViT-g FlanT5XL has 107M trainable
  // and 4.1B total parameters.
  {
    hubId: "Salesforce/blip2-flan-t5-xl",
    parameters: 4.1 * B,
    year: 2023,
    source: "https://arxiv.org/abs/2301.12597",
  },
  // The mamba README's model table: 1.4B parameters, 48 layers, model dimension 2048 (mamba-1.4b); first release
  // on 4 December 2023 with the paper.
  {
    hubId: "state-spaces/mamba-1.4b",
    parameters: 1.4 * B,
    year: 2023,
    architecture: "state-space",
    source: "https://github.com/state-spaces/mamba",
  },
  // The Mamba repository lists its pretrained checkpoints by size, the largest 2.8B.
  {
    hubId: "state-spaces/mamba-2.8b",
    parameters: 2.8 * B,
    year: 2023,
    architecture: "state-space",
    source: "https://github.com/state-spaces/mamba",
  },
  // ChatGLM3 README: ChatGLM3-6B is the open model of the series; the repository's first commit is 2023-10-27.
  {
    hubId: "THUDM/chatglm3-6b",
    parameters: 6 * B,
    year: 2023,
    source: "https://github.com/THUDM/ChatGLM3",
  },
  {
    hubId: "tiiuae/falcon-180B",
    parameters: 180 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-180B",
  },
  // The Falcon series: 7B, 40B and 180B causal decoder-only models (model cards and the Falcon paper).
  {
    hubId: "tiiuae/falcon-40b",
    parameters: 40 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-40b",
  },
  // Falcon-7B card: "a 7B parameters causal decoder-only model", trained in March 2023; Falcon paper
  // arXiv:2311.16867 (2023).
  {
    hubId: "tiiuae/falcon-7b",
    parameters: 7 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-7b",
  },
  // TinyLlama README: a 1.1B Llama model (same architecture as Llama 2); its release table puts the
  // 1431k-step / 3T-token checkpoint on 2023-12-28.
  {
    hubId: "TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T",
    parameters: 1.1 * B,
    year: 2023,
    architecture: "decoder-only",
    source: "https://github.com/jzhang38/TinyLlama",
  },
  // AI21 Jamba 1.5 card: "Jamba 1.5 Large (94B active/398B total)", a hybrid SSM-Transformer (so no architecture
  // node); the Jamba-1.5 paper (arXiv:2408.12570) was published August 22, 2024.
  {
    hubId: "ai21labs/AI21-Jamba-1.5-Large",
    parameters: 398 * B,
    active: 94 * B,
    year: 2024,
    source: "https://huggingface.co/ai21labs/AI21-Jamba-1.5-Large",
  },
  // gte-large-en-v1.5 card, model list: model size 434 (million), built on the "transformer++ encoder backbone
  // (BERT + RoPE + GLU)"; the gte-v1.5 series is described in the mGTE paper (arXiv 2407.19669, July 2024).
  {
    hubId: "Alibaba-NLP/gte-large-en-v1.5",
    parameters: 434 * M,
    year: 2024,
    architecture: "encoder-only",
    source: "https://huggingface.co/Alibaba-NLP/gte-large-en-v1.5",
  },
  // OLMo README: OLMo-2 13B (allenai/OLMo-2-1124-13B), the 1124 series of November 2024 (its W&B report is
  // titled "OLMo-2-13B-Nov-2024"). Only the size label is stated, no exact count.
  {
    hubId: "allenai/OLMo-2-1124-13B",
    parameters: 13 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/allenai/OLMo",
  },
  // OLMo-7B card: the "OLMo 7B" model (32 layers, hidden size 4096, 2.5T tokens), "a Transformer style autoregressive
  // language model"; paper arXiv:2402.00838 (February 2024).
  {
    hubId: "allenai/OLMo-7B",
    parameters: 7 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/allenai/OLMo-7B",
  },
  // OLMoE README: "1.3 billion active and 6.9 billion total parameters"; the checkpoint name's 0924 is September
  // 2024 (repository opened 2024-08).
  {
    hubId: "allenai/OLMoE-1B-7B-0924",
    parameters: 6.9 * B,
    active: 1.3 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/allenai/OLMoE",
  },
  // Chronos README: amazon/chronos-bolt-base has 205M parameters; Chronos-Bolt (patches into the encoder, quantile
  // forecasts from the decoder) was released on 26 November 2024.
  {
    hubId: "amazon/chronos-bolt-base",
    parameters: 205 * M,
    year: 2024,
    architecture: "encoder-decoder",
    source: "https://github.com/amazon-science/chronos-forecasting",
  },
  // ModernBERT-base model card: "22 layers, 149 million parameters" (the release blog says 149M too, after an
  // earlier revision that said 139M; the config's dimensions give 149.7M); released in December 2024
  // (arXiv 2412.13663).
  {
    hubId: "answerdotai/ModernBERT-base",
    parameters: 149 * M,
    year: 2024,
    architecture: "encoder-only",
    source: "https://huggingface.co/answerdotai/ModernBERT-base",
  },
  // StarCoder2-15B card: "a 15B parameter model", a Transformer decoder; paper arXiv:2402.19173 (February 2024).
  {
    hubId: "bigcode/starcoder2-15b",
    parameters: 15 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/bigcode/starcoder2-15b",
  },
  // Official FLUX.1 [dev] model card (black-forest-labs/flux, model_cards/FLUX.1-dev.md): "a 12 billion parameter
  // rectified flow transformer"; released 1 August 2024.
  {
    hubId: "black-forest-labs/FLUX.1-dev",
    parameters: 12 * B,
    year: 2024,
    source: "https://github.com/black-forest-labs/flux/blob/main/model_cards/FLUX.1-dev.md",
  },
  // C4AI Command-R card: "a research release of a 35 billion parameter highly performant generative model"
  // (Model Size: 35 billion parameters); Cohere's Command R announcement is dated 2024-03-11.
  {
    hubId: "CohereForAI/c4ai-command-r-v01",
    parameters: 35 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/CohereForAI/c4ai-command-r-v01",
  },
  // DBRX README: a mixture-of-experts with "132B total parameters and 36B live parameters" (4 of 16 experts
  // active); the repository's first commit is 2024-03-27.
  {
    hubId: "databricks/dbrx-base",
    parameters: 132 * B,
    active: 36 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/databricks/dbrx",
  },
  // DeepSeek-Coder-V2 README: DeepSeek-Coder-V2-Base has 236B total and 21B active parameters; paper
  // arXiv:2406.11931 (June 2024).
  {
    hubId: "deepseek-ai/DeepSeek-Coder-V2-Base",
    parameters: 236 * B,
    active: 21 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-Coder-V2",
  },
  // DeepSeekMoE README: "DeepSeekMoE 16B is a Mixture-of-Experts (MoE) language model with 16.4B parameters"
  // (paper arXiv:2401.06066, January 2024); the active count, 2.8B, is from the DeepSeek-V2 paper's comparison
  // table (arXiv:2405.04434: DeepSeekMoE 16B, 2.8B activated, 16.4B total).
  {
    hubId: "deepseek-ai/deepseek-moe-16b-base",
    parameters: 16.4 * B,
    active: 2.8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-MoE",
  },
  // DeepSeek-V2 README: "236B total parameters, of which 21B are activated for each token"; news entry
  // "2024.05.06: We released the DeepSeek-V2".
  {
    hubId: "deepseek-ai/DeepSeek-V2",
    parameters: 236 * B,
    active: 21 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-V2",
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
  // Janus-1.3B (arXiv:2410.13848, released 18 October 2024): the Hub page gives the checkpoint's size as 2B,
  // although the name says 1.3B.
  {
    hubId: "deepseek-ai/Janus-1.3B",
    parameters: 2 * B,
    year: 2024,
    source: "https://huggingface.co/deepseek-ai/Janus-1.3B",
  },
  // Sana README: Sana-1.6B has 1.6B params (performance table); "[2024/11] 1.6B Sana models are released". A linear
  // diffusion transformer, so no architecture node.
  {
    hubId: "Efficient-Large-Model/Sana_1600M_1024px",
    parameters: 1.6 * B,
    year: 2024,
    source: "https://github.com/NVlabs/Sana",
  },
  // SAM 2 README, model table: sam2_hiera_base_plus, 80.8M parameters; released 29 July 2024.
  {
    hubId: "facebook/sam2-hiera-base-plus",
    parameters: 80.8 * M,
    year: 2024,
    source: "https://github.com/facebookresearch/sam2",
  },
  // Mochi README: "a 10 billion parameter diffusion model built on our novel Asymmetric Diffusion Transformer"
  // (AsymmDiT specs: 10B); the README cites it as genmo2024mochi.
  {
    hubId: "genmo/mochi-1-preview",
    parameters: 10 * B,
    year: 2024,
    source: "https://github.com/genmoai/mochi",
  },
  // CodeGemma card: "a 2 billion parameter pretrained variant for fast code completion", a decoder-only model
  // built on Gemma 2B; the Gemma report (arXiv:2403.08295, Table 2) gives Gemma 2B 524,550,144 embedding +
  // 1,981,884,416 non-embedding parameters. CodeGemma came out in April 2024, version 1.1 later in 2024.
  {
    hubId: "google/codegemma-1.1-2b",
    parameters: 2_506_434_560,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/google/codegemma-1.1-2b",
  },
  // Gemma 2 report (arXiv:2408.00118), Table 2: 9B has 917,962,752 embedding + 8,324,201,984 non-embedding
  // parameters, 27B has 1,180,237,824 + 26,047,480,320 (released 2024).
  {
    hubId: "google/gemma-2-27b",
    parameters: 27_227_718_144,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2408.00118",
  },
  {
    hubId: "google/gemma-2-9b",
    parameters: 9_242_164_736,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2408.00118",
  },
  // Gemma report (arXiv:2403.08295), Table 2: 2B has 524,550,144 embedding + 1,981,884,416 non-embedding parameters,
  // 7B has 786,825,216 + 7,751,248,896; the transformer decoder came out in February 2024.
  {
    hubId: "google/gemma-2b",
    parameters: 2_506_434_560,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2403.08295",
  },
  {
    hubId: "google/gemma-7b",
    parameters: 8_538_074_112,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2403.08295",
  },
  // PaliGemma (big_vision README, released 14 May 2024): "PaliGemma-3B", SigLIP-So400m/14 plus Gemma-2B; paper
  // "PaliGemma: A versatile 3B VLM for transfer" (arXiv:2407.07726).
  {
    hubId: "google/paligemma-3b-mix-224",
    parameters: 3 * B,
    year: 2024,
    source: "https://github.com/google-research/big_vision/blob/main/big_vision/configs/proj/paligemma/README.md",
  },
  // TimesFM repository (May 2024): timesfm-1.0-200m is "the first open model checkpoint", loaded as "the 200m
  // model"; paper "A decoder-only foundation model for time-series forecasting" (arXiv:2310.10688).
  {
    hubId: "google/timesfm-1.0-200m",
    parameters: 200 * M,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/google-research/timesfm",
  },
  // Kokoro-82M card: "an open-weight TTS model with 82 million parameters"; its releases table dates v0.19 to
  // 2024 Dec 25 (v1.0 followed on 2025 Jan 27).
  {
    hubId: "hexgrad/Kokoro-82M",
    parameters: 82 * M,
    year: 2024,
    source: "https://huggingface.co/hexgrad/Kokoro-82M",
  },
  // Idefics2 announcement (15 April 2024): "with 8B parameters"; the card names idefics2-8b and its parents
  // siglip-so400m-patch14-384 and Mistral-7B-v0.1.
  {
    hubId: "HuggingFaceM4/idefics2-8b",
    parameters: 8 * B,
    year: 2024,
    source: "https://huggingface.co/blog/idefics2",
  },
  // SmolLM2 card: "a family of compact language models available in three size: 135M, 360M, and 1.7B parameters";
  // the huggingface/smollm README announced it on 2024-11-05 (the paper, arXiv:2502.02737, came later).
  {
    hubId: "HuggingFaceTB/SmolLM2-1.7B",
    parameters: 1.7 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B",
  },
  // InternLM README: the InternLM2 release has two sizes, 7B and 20B; InternLM2-7B released 2024-01-17.
  {
    hubId: "internlm/internlm2-7b",
    parameters: 7 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/InternLM/InternLM",
  },
  // Jina ColBERT v2 release post, technical summary: 560M parameters, on an XLM-RoBERTa backbone; Jina's model page
  // gives the release date 2024-08-31.
  {
    hubId: "jinaai/jina-colbert-v2",
    parameters: 560 * M,
    year: 2024,
    architecture: "encoder-only",
    source: "https://jina.ai/news/jina-colbert-v2-multilingual-late-interaction-retriever-for-embedding-and-reranking",
  },
  // jina-embeddings-v3 paper (arXiv 2409.10173, September 2024): "a novel text embedding model with 570 million
  // parameters", an XLM-RoBERTa encoder with task LoRA adapters.
  {
    hubId: "jinaai/jina-embeddings-v3",
    parameters: 570 * M,
    year: 2024,
    architecture: "encoder-only",
    source: "https://arxiv.org/abs/2409.10173",
  },
  // Moshi README: a small Depth Transformer plus "a large, 7B parameter Temporal Transformer"; Moshiko is the release
  // fine-tuned on a male voice, cited as kyutai2024moshi. Speech and text, so no architecture node.
  {
    hubId: "kyutai/moshiko-pytorch-bf16",
    parameters: 7 * B,
    year: 2024,
    source: "https://github.com/kyutai-labs/moshi",
  },
  // LTX-Video README: "November 21th, 2024: Initial release v0.9" (ltx-video-2b-v0.9); the size, 2B, is given only in
  // the checkpoint names. A diffusion transformer, so no architecture node.
  {
    hubId: "Lightricks/LTX-Video",
    parameters: 2 * B,
    year: 2024,
    source: "https://github.com/Lightricks/LTX-Video",
  },
  // Depth Anything README: Depth-Anything-Base has 97.5M parameters; paper, code and models released on
  // 22 January 2024.
  {
    hubId: "LiheYoung/depth-anything-base-hf",
    parameters: 97.5 * M,
    year: 2024,
    source: "https://github.com/LiheYoung/Depth-Anything",
  },
  // Time-MoE README: Time-MoE (large) has 200M activated and 453M total params; "(Oct 2024): Time-MoE (base) and
  // Time-MoE (large) are made available on Hugging Face" (TimeMoE-50M and TimeMoE-200M).
  {
    hubId: "Maple728/TimeMoE-200M",
    parameters: 453 * M,
    active: 200 * M,
    year: 2024,
    source: "https://github.com/Time-MoE/Time-MoE",
  },
  // Llama 3.1 model card: 8B, 70B and 405B.
  {
    hubId: "meta-llama/Llama-3.1-405B",
    parameters: 405 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
  },
  // Llama 3.1 model card (released July 23, 2024): 8B, 70B and 405B sizes.
  {
    hubId: "meta-llama/Llama-3.1-70B",
    parameters: 70 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
  },
  {
    hubId: "meta-llama/Llama-3.1-8B",
    parameters: 8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
  },
  // Llama 3.2-Vision model card: 11B (10.6) and 90B (88.8) params, a vision adapter of cross-attention layers on
  // the Llama 3.1 text model (so no architecture node); released Sept 25, 2024.
  {
    hubId: "meta-llama/Llama-3.2-11B-Vision",
    parameters: 10.6 * B,
    year: 2024,
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD_VISION.md",
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
  // Llama 3.3 model card: a 70B auto-regressive transformer; 70B Instruct released December 6, 2024.
  {
    hubId: "meta-llama/Llama-3.3-70B-Instruct",
    parameters: 70 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md",
  },
  // Llama Guard 3-8B model card (PurpleLlama): "a Llama-3.1-8B pretrained model, fine-tuned for content safety
  // classification", released alongside Llama 3.1 (July 2024).
  {
    hubId: "meta-llama/Llama-Guard-3-8B",
    parameters: 8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/PurpleLlama/blob/main/Llama-Guard3/8B/MODEL_CARD.md",
  },
  // Meta Llama 3 model card (April 2024): 8B and 70B.
  {
    hubId: "meta-llama/Meta-Llama-3-70B",
    parameters: 70 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md",
  },
  // Meta Llama 3 model card (released April 18, 2024): 8B and 70B.
  {
    hubId: "meta-llama/Meta-Llama-3-8B",
    parameters: 8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md",
  },
  // Florence-2 card, model table: Florence-2-base 0.23B parameters; the Hub repository was created in June 2024
  // (paper arXiv:2311.06242, November 2023).
  {
    hubId: "microsoft/Florence-2-base",
    parameters: 230 * M,
    year: 2024,
    source: "https://huggingface.co/microsoft/Florence-2-base",
  },
  // Phi-3-medium-4k-instruct card: "a 14B parameters, lightweight, state-of-the-art open model"; weights released
  // May 21, 2024.
  {
    hubId: "microsoft/Phi-3-medium-4k-instruct",
    parameters: 14 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/Phi-3-medium-4k-instruct",
  },
  // Phi-3 technical report: phi-3-mini has 3.8 billion parameters.
  {
    hubId: "microsoft/Phi-3-mini-4k-instruct",
    parameters: 3.8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2404.14219",
  },
  // Phi-3.5-mini-instruct card: "Phi-3.5-mini has 3.8B parameters and is a dense decoder-only Transformer
  // model"; release date August 2024.
  {
    hubId: "microsoft/Phi-3.5-mini-instruct",
    parameters: 3.8 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/Phi-3.5-mini-instruct",
  },
  // Phi-3.5-vision-instruct card: "Phi-3.5-vision has 4.2B parameters and contains image encoder, connector,
  // projector, and Phi-3 Mini language model"; part of the Phi-3.5 release of August 2024.
  {
    hubId: "microsoft/Phi-3.5-vision-instruct",
    parameters: 4.2 * B,
    year: 2024,
    source: "https://huggingface.co/microsoft/Phi-3.5-vision-instruct",
  },
  // phi-4 card: "14B parameters, dense decoder-only Transformer model"; release date December 12, 2024.
  {
    hubId: "microsoft/phi-4",
    parameters: 14 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/phi-4",
  },
  // Codestral announcement (May 29, 2024): "As a 22B model, Codestral sets a new standard..."; "Codestral is a
  // 22B open-weight model", downloadable as mistralai/Codestral-22B-v0.1.
  {
    hubId: "mistralai/Codestral-22B-v0.1",
    parameters: 22 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/codestral",
  },
  // Mathstral announcement (July 16, 2024): "a specific 7B model designed for math reasoning and scientific
  // discovery", built on Mistral 7B.
  {
    hubId: "mistralai/Mathstral-7B-v0.1",
    parameters: 7 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/mathstral",
  },
  // Ministral-8B-Instruct-2410 card, architecture table: "Parameters 8,019,808,256", a dense transformer; the
  // 2410 suffix and the les Ministraux release are October 2024.
  {
    hubId: "mistralai/Ministral-8B-Instruct-2410",
    parameters: 8_019_808_256,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/mistralai/Ministral-8B-Instruct-2410",
  },
  // Mistral-Large-Instruct-2407 card: "an advanced dense Large Language Model (LLM) of 123B parameters"; the 2407
  // version is Mistral Large 2, announced July 2024.
  {
    hubId: "mistralai/Mistral-Large-Instruct-2407",
    parameters: 123 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/mistralai/Mistral-Large-Instruct-2407",
  },
  // Mistral NeMo announcement (July 18, 2024): "a 12B model built in collaboration with NVIDIA"; the base card:
  // "a pretrained generative text model of 12B parameters".
  {
    hubId: "mistralai/Mistral-Nemo-Base-2407",
    parameters: 12 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/mistral-nemo",
  },
  // Mistral-Small-Instruct-2409 card: "an instruct fine-tuned version with the following characteristics: 22B
  // parameters"; version 2409, September 2024.
  {
    hubId: "mistralai/Mistral-Small-Instruct-2409",
    parameters: 22 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/mistralai/Mistral-Small-Instruct-2409",
  },
  // Mixtral 8x22B announcement (April 2024): a sparse mixture-of-experts that "uses only 39B active parameters out
  // of 141B".
  {
    hubId: "mistralai/Mixtral-8x22B-v0.1",
    parameters: 141 * B,
    active: 39 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://mistral.ai/news/mixtral-8x22b",
  },
  // Canary-1B card: "With 1 billion parameters, Canary-1B supports automatic speech-to-text recognition" in four
  // languages, a FastConformer encoder with a Transformer decoder; the Hub repository was created on 7 February
  // 2024 (NeMo blog post of February 2024).
  {
    hubId: "nvidia/canary-1b",
    parameters: 1 * B,
    year: 2024,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/nvidia/canary-1b",
  },
  // Nemotron-4 340B technical report (arXiv:2406.11704, June 2024): "We release the Nemotron-4 340B model
  // family, including Nemotron-4-340B-Base, ...". Only the size label is stated here, no exact count.
  {
    hubId: "nvidia/Nemotron-4-340B-Base",
    parameters: 340 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://arxiv.org/abs/2406.11704",
  },
  // Parakeet CTC 0.6B card: "an XL version of FastConformer CTC (around 600M parameters)"; NVIDIA announced the
  // Parakeet models in January 2024.
  {
    hubId: "nvidia/parakeet-ctc-0.6b",
    parameters: 600 * M,
    year: 2024,
    source: "https://huggingface.co/nvidia/parakeet-ctc-0.6b",
  },
  // NX-AI/xlstm README: "We trained a 7B parameter xLSTM Language Model on 2.3T tokens", weights at NX-AI/xLSTM-7b;
  // added to the README in December 2024.
  {
    hubId: "NX-AI/xLSTM-7b",
    parameters: 7 * B,
    year: 2024,
    source: "https://github.com/NX-AI/xlstm",
  },
  // MiniCPM-V README: MiniCPM-V 2.6 "is built on SigLip-400M and Qwen2-7B with a total of 8B parameters";
  // "[2024.08.06] We open-source MiniCPM-V 2.6".
  {
    hubId: "openbmb/MiniCPM-V-2_6",
    parameters: 8 * B,
    year: 2024,
    source: "https://github.com/OpenBMB/MiniCPM-V",
  },
  // InternVL2-1B (InternViT-300M-448px + MLP + Qwen2-0.5B-Instruct): the Hub page gives its size as 0.9B (the card
  // itself says only that InternVL 2.0 ranges "from 1 billion to 108 billion parameters"); released July 2024.
  {
    hubId: "OpenGVLab/InternVL2-1B",
    parameters: 0.9 * B,
    year: 2024,
    source: "https://huggingface.co/OpenGVLab/InternVL2-1B",
  },
  // Parler-TTS README: "08/08/2024: We are proud to release two new Parler-TTS checkpoints: Parler-TTS Mini, an
  // 880M parameter model" (and Parler-TTS Large, 2.3B).
  {
    hubId: "parler-tts/parler-tts-mini-v1",
    parameters: 880 * M,
    year: 2024,
    source: "https://github.com/huggingface/parler-tts",
  },
  // PixArt-Sigma README, Available Models: PixArt-Σ-1024 has 0.6B params (T5 and the SDXL VAE, 4.5B, come apart);
  // "Apr. 9, 2024: PixArt-Σ checkpoint 1024px is released".
  {
    hubId: "PixArt-alpha/PixArt-Sigma-XL-2-1024-MS",
    parameters: 0.6 * B,
    year: 2024,
    source: "https://github.com/PixArt-alpha/PixArt-sigma",
  },
  // Qwen2 blog: the parameter table gives Qwen2-0.5B 0.49B parameters (0.35B non-embedding, tied embeddings);
  // the Qwen2 README dates the release 2024.06.06.
  {
    hubId: "Qwen/Qwen2-0.5B",
    parameters: 0.49 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://qwenlm.github.io/blog/qwen2/",
  },
  // Qwen2-7B card: "# Params 7.6B" (non-embedding 6.5B) in its performance table; Qwen2 released 2024.
  {
    hubId: "Qwen/Qwen2-7B",
    parameters: 7.6 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2-7B",
  },
  // Qwen2-VL paper (arXiv:2409.12191) abstract: "versions at 2B, 8B, and 72B parameters"; the 2B and 7B models
  // were released on 30 August 2024 (Qwen2-VL README).
  {
    hubId: "Qwen/Qwen2-VL-2B",
    parameters: 2 * B,
    year: 2024,
    source: "https://arxiv.org/abs/2409.12191",
  },
  // Qwen2.5 model cards: the 0.5B instruct model has 0.49B parameters; the largest base model, 72 billion.
  {
    hubId: "Qwen/Qwen2.5-0.5B-Instruct",
    parameters: 0.49 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
  },
  // Qwen2.5 base cards: "Number of Parameters" 7.61B, 14.7B and 32.5B; the cards cite the Qwen2.5 blog of September 2024.
  {
    hubId: "Qwen/Qwen2.5-14B",
    parameters: 14.7 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-14B",
  },
  {
    hubId: "Qwen/Qwen2.5-32B",
    parameters: 32.5 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-32B",
  },
  {
    hubId: "Qwen/Qwen2.5-72B",
    parameters: 72 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-72B",
  },
  {
    hubId: "Qwen/Qwen2.5-7B",
    parameters: 7.61 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-7B",
  },
  // Qwen2.5-Coder-0.5B card: "Number of Parameters: 0.49B" (non-embedding 0.36B); the Qwen2.5-Coder README's
  // release adding the 0.5B/3B/14B/32B sizes was committed 2024-11-12.
  {
    hubId: "Qwen/Qwen2.5-Coder-0.5B",
    parameters: 0.49 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen2.5-Coder-0.5B",
  },
  // QwQ-32B-Preview card: "Number of Parameters: 32.5B" (non-embedding 31.0B); the Qwen repository added its
  // QwQ entry on 2024-11-28 (the card links the qwq-32b-preview blog).
  {
    hubId: "Qwen/QwQ-32B-Preview",
    parameters: 32.5 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/QwQ-32B-Preview",
  },
  // Moirai-MoE README: Moirai-MoE-1.0-R-Base has 86m activated and 935m total parameters; uni2ts README: "Oct 2024: A
  // new model Moirai-MoE!" with the weights of Small and Base.
  {
    hubId: "Salesforce/moirai-moe-1.0-R-base",
    parameters: 935 * M,
    active: 86 * M,
    year: 2024,
    source: "https://github.com/SalesforceAIResearch/uni2ts/tree/main/project/moirai-moe-1",
  },
  // Snowflake Arctic README: "a 10B dense transformer model with a residual 128x3.66B MoE MLP resulting in 480B
  // total and 17B active parameters"; announced 04/24/2024. Called a "Dense-MoE Hybrid", so no architecture node.
  {
    hubId: "Snowflake/snowflake-arctic-base",
    parameters: 480 * B,
    active: 17 * B,
    year: 2024,
    source: "https://github.com/Snowflake-Labs/snowflake-arctic",
  },
  // Stable Cascade README: Stage C, the text-conditional prior, comes in 1 billion and 3.6 billion parameter versions
  // (the large one recommended); the repository's first commit is dated 2024-01-05.
  {
    hubId: "stabilityai/stable-cascade-prior",
    parameters: 3.6 * B,
    year: 2024,
    source: "https://github.com/Stability-AI/StableCascade",
  },
  // Stability AI's announcement of 12 June 2024: "SD3 Medium is a 2 billion parameter SD3 model"; the card adds
  // that the MMDiT uses three fixed, pretrained text encoders.
  {
    hubId: "stabilityai/stable-diffusion-3-medium",
    parameters: 2 * B,
    year: 2024,
    source: "https://stability.ai/news/stable-diffusion-3-medium",
  },
  // The mamba README lists mamba2-1.3b among the pretrained models (the count is given by the name only);
  // Mamba-2 code and models were released on 2 June 2024.
  {
    hubId: "state-spaces/mamba2-1.3b",
    parameters: 1.3 * B,
    year: 2024,
    architecture: "state-space",
    source: "https://github.com/state-spaces/mamba",
  },
  // Hunyuan-Large README: "a total of 389 billion parameters and 52 billion active parameters" (Hunyuan-MoE-A52B);
  // repository opened 2024-11-05, paper arXiv:2411.02265.
  {
    hubId: "tencent/Tencent-Hunyuan-Large",
    parameters: 389 * B,
    active: 52 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/Tencent/Tencent-Hunyuan-Large",
  },
  // GLM-4 README: the GLM-4-9B series was released on 2024/6/05; the README gives the size only in the name (9B).
  {
    hubId: "THUDM/glm-4-9b",
    parameters: 9 * B,
    year: 2024,
    source: "https://github.com/THUDM/GLM-4",
  },
  // Falcon2-11B card: "an 11B parameters causal decoder-only model"; cites the Falcon2-11B Technical Report,
  // Malartic et al. 2024 (arXiv:2407.14885).
  {
    hubId: "tiiuae/falcon-11B",
    parameters: 11 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/falcon-11B",
  },
  // Falcon Mamba paper, "Falcon Mamba: The First Competitive Attention-free 7B Language Model" (arXiv:2410.05355,
  // 2024): a pure Mamba (state-space) model. Only the size label is stated, no exact count.
  {
    hubId: "tiiuae/falcon-mamba-7b",
    parameters: 7 * B,
    year: 2024,
    architecture: "state-space",
    source: "https://arxiv.org/abs/2410.05355",
  },
  // Falcon3 cards: a family "ranging from 1B to 10B parameters"; the 10B is a "Transformer-based causal
  // decoder-only architecture" depth up-scaled from Falcon3-7B-Base; model release date December 2024. (Read on
  // the sibling Falcon3-10B-Instruct card, which describes the same base.)
  {
    hubId: "tiiuae/Falcon3-10B-Base",
    parameters: 10 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://huggingface.co/tiiuae/Falcon3-10B-Base",
  },
  // moondream README: "moondream2 is a 1.86B parameter model initialized with weights from SigLIP and Phi 1.5";
  // the README's "Release moondream2" commit is dated 2024-03-04.
  {
    hubId: "vikhyatk/moondream2",
    parameters: 1.86 * B,
    year: 2024,
    source: "https://github.com/vikhyat/moondream",
  },
  // Grok-1 README: "Parameters: 314B", a mixture of 8 experts with 2 used per token (no active count stated);
  // the open-weights repository is from March 2024.
  {
    hubId: "xai-org/grok-1",
    parameters: 314 * B,
    year: 2024,
    architecture: "decoder-only",
    source: "https://github.com/xai-org/grok-1",
  },
  // gte-modernbert-base card: "Model Size: 149M", built on the ModernBERT encoder-only models; Alibaba-NLP's GTE
  // ModernBERT collection on the Hub dates from 21 January 2025.
  {
    hubId: "Alibaba-NLP/gte-modernbert-base",
    parameters: 149 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://huggingface.co/Alibaba-NLP/gte-modernbert-base",
  },
  // Lumina-Image 2.0 README, Model Zoo: the 1024px model has 2.6B params (a badge rounds to 2B); "[2025-1-25] We are
  // excited to release Lumina-Image 2.0". A diffusion transformer, so no architecture node.
  {
    hubId: "Alpha-VLLM/Lumina-Image-2.0",
    parameters: 2.6 * B,
    year: 2025,
    source: "https://github.com/Alpha-VLLM/Lumina-Image-2.0",
  },
  // Seed-OSS README, model summary: Seed-OSS-36B has 36B parameters, a causal language model with GQA attention,
  // RMSNorm and SwiGLU; "[2025/08/20] We release Seed-OSS-36B-Base ... and Seed-OSS-36B-Instruct".
  {
    hubId: "ByteDance-Seed/Seed-OSS-36B-Instruct",
    parameters: 36 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/ByteDance-Seed/seed-oss",
  },
  // chandar-lab/NeoBERT card: a next-generation encoder, "Despite its compact 250M parameter footprint"; paper arXiv
  // 2502.19587 (February 2025).
  {
    hubId: "chandar-lab/NeoBERT",
    parameters: 250 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://huggingface.co/chandar-lab/NeoBERT",
  },
  // Toto README (v1): Toto-Open-Base-1.0 has 151M params, "the initial open release of Toto"; paper arXiv 2505.14766
  // (May 2025).
  {
    hubId: "Datadog/Toto-Open-Base-1.0",
    parameters: 151 * M,
    year: 2025,
    source: "https://github.com/DataDog/toto",
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
  // DeepSeek-V3.2-Exp README: V3.2-Exp builds on V3.1-Terminus with DeepSeek Sparse Attention; its inference
  // demo converts 256 experts and runs config_671B_v3.2.json (671B; no active count stated); released in 2025.
  {
    hubId: "deepseek-ai/DeepSeek-V3.2-Exp",
    parameters: 671 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/deepseek-ai/DeepSeek-V3.2-Exp",
  },
  // EuroBERT-610m card: "EuroBERT-610m - 610 million parameters", a family of multilingual encoders; paper arXiv
  // 2503.05500 (March 2025).
  {
    hubId: "EuroBERT/EuroBERT-610m",
    parameters: 610 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://huggingface.co/EuroBERT/EuroBERT-610m",
  },
  // DINOv3 README: ViT-L/16 distilled (LVD-1689M) has 300M parameters; "[2025-08-14] DINOv3 backbones are now
  // available in Hugging Face Hub" (paper arXiv 2508.10104).
  {
    hubId: "facebook/dinov3-vitl16-pretrain-lvd1689m",
    parameters: 300 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://github.com/facebookresearch/dinov3",
  },
  // EmbeddingGemma overview (Google AI for Developers): a multilingual text embedding model of 308 million
  // parameters built on Gemma 3 (the card rounds to 300M); published in Google's Hub collection in September 2025.
  {
    hubId: "google/embeddinggemma-300m",
    parameters: 308 * M,
    year: 2025,
    source: "https://ai.google.dev/gemma/docs/embeddinggemma",
  },
  // Gemma 3 report (arXiv:2503.19786, 2025-03-12), Table 1: 12B = 417M vision encoder + 1,012M embedding +
  // 10,759M non-embedding. Multimodal (SigLIP encoder + decoder), so no architecture node.
  {
    hubId: "google/gemma-3-12b-pt",
    parameters: 12_188 * M,
    year: 2025,
    source: "https://arxiv.org/abs/2503.19786",
  },
  // Gemma 3 report (arXiv:2503.19786, 2025-03-12), Table 1: 4B = 417M vision encoder + 675M embedding + 3,209M
  // non-embedding; 27B = 417M + 1,416M + 25,600M. Multimodal (SigLIP encoder + decoder), so no architecture node.
  {
    hubId: "google/gemma-3-27b-pt",
    parameters: 27_433 * M,
    year: 2025,
    source: "https://arxiv.org/abs/2503.19786",
  },
  {
    hubId: "google/gemma-3-4b-pt",
    parameters: 4_301 * M,
    year: 2025,
    source: "https://arxiv.org/abs/2503.19786",
  },
  // MedGemma model card (Health AI Developer Foundations): a collection of Gemma 3 variants in a 4B multimodal
  // version (SigLIP image encoder) and 27B versions; Gemma 3 itself dates from March 2025.
  {
    hubId: "google/medgemma-4b-it",
    parameters: 4 * B,
    year: 2025,
    source: "https://developers.google.com/health-ai-developer-foundations/medgemma/model-card",
  },
  // HiDream-I1 README: "a new open-source image generative foundation model with 17B parameters"; "April 7, 2025:
  // We've open-sourced the text-to-image model HiDream-I1" (Full, Dev and Fast).
  {
    hubId: "HiDream-ai/HiDream-I1-Full",
    parameters: 17 * B,
    year: 2025,
    source: "https://github.com/HiDream-ai/HiDream-I1",
  },
  // SmolLM README: SmolLM3 is a "3B model trained on 11T tokens"; the SmolLM3 release commit is 2025-07-08.
  {
    hubId: "HuggingFaceTB/SmolLM3-3B",
    parameters: 3 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/huggingface/smollm",
  },
  // SmolVLM2 blog post (February 20, 2025): "three new models with 256M, 500M and 2.2B parameters"; the card
  // describes SmolVLM2-2.2B as a multimodal model based on Idefics3.
  {
    hubId: "HuggingFaceTB/SmolVLM2-2.2B-Instruct",
    parameters: 2.2 * B,
    year: 2025,
    source: "https://huggingface.co/blog/smolvlm2",
  },
  // Granite-3.3-8B-Instruct card: "a 8-billion parameter 128K context length language model fine-tuned for
  // improved reasoning and instruction-following"; release date April 16th, 2025.
  {
    hubId: "ibm-granite/granite-3.3-8b-instruct",
    parameters: 8 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/ibm-granite/granite-3.3-8b-instruct",
  },
  // IBM Granite 4.0 docs: Granite-4.0-H-Small is a hybrid (Mamba-2/transformer) mixture of experts, "32B total / 9B
  // activated", and H-Tiny "7B total / 1B activated" (hybrids, so no architecture node); released 2025 (granite2025).
  {
    hubId: "ibm-granite/granite-4.0-h-small",
    parameters: 32 * B,
    active: 9 * B,
    year: 2025,
    source: "https://www.ibm.com/granite/docs/models/granite4-0",
  },
  {
    hubId: "ibm-granite/granite-4.0-h-tiny",
    parameters: 7 * B,
    active: 1 * B,
    year: 2025,
    source: "https://www.ibm.com/granite/docs/models/granite4-0",
  },
  // Ling-V2 README: Ling-mini-2.0 "has 16B total parameters, but only 1.4B are activated per input token" (1.43B of
  // 16.26B), an MoE language model; the repository was opened on 2025-09-10.
  {
    hubId: "inclusionAI/Ling-mini-2.0",
    parameters: 16.26 * B,
    active: 1.43 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/inclusionAI/Ling-V2",
  },
  // Ettin README, encoder models: ettin-encoder-150m has 150M parameters, the encoder half of paired encoder-only and
  // decoder-only models; paper arXiv 2507.11412 (July 2025).
  {
    hubId: "jhu-clsp/ettin-encoder-150m",
    parameters: 150 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://github.com/JHU-CLSP/ettin-encoder-vs-decoder",
  },
  // mmBERT README, architecture table: the base model has 307M parameters in total (110M non-embedding), a ModernBERT-
  // based multilingual encoder; cited as marone2025mmbert.
  {
    hubId: "jhu-clsp/mmBERT-base",
    parameters: 307 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://github.com/JHU-CLSP/mmBERT",
  },
  // LongCat-Flash README: "560 billion total parameters", an MoE that activates 18.6B to 31.3B per token, "averaging
  // ~27B"; the repository's initial commit is 2025-08-31.
  {
    hubId: "meituan-longcat/LongCat-Flash-Chat",
    parameters: 560 * B,
    active: 27 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/meituan-longcat/LongCat-Flash-Chat",
  },
  // Llama 4 model card: Llama 4 Maverick (17Bx128E) has 17B activated and 400B total params, natively multimodal
  // with early fusion (so no architecture node); released April 5, 2025.
  {
    hubId: "meta-llama/Llama-4-Maverick-17B-128E",
    parameters: 400 * B,
    active: 17 * B,
    year: 2025,
    source: "https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md",
  },
  // Phi-4-mini-instruct card: "Phi-4-mini-instruct has 3.8B parameters and is a dense decoder-only Transformer
  // model"; release date February 2025.
  {
    hubId: "microsoft/Phi-4-mini-instruct",
    parameters: 3.8 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/microsoft/Phi-4-mini-instruct",
  },
  // Phi-4-multimodal-instruct card: "has 5.6B parameters and is a multimodal transformer model" (Phi-4-Mini-Instruct
  // plus vision and speech encoders, so no architecture node); "Release date: February 2025".
  {
    hubId: "microsoft/Phi-4-multimodal-instruct",
    parameters: 5.6 * B,
    year: 2025,
    source: "https://huggingface.co/microsoft/Phi-4-multimodal-instruct",
  },
  // MiniMax-M2 README: "a compact, fast, and cost-effective MoE model (230 billion total parameters with 10 billion
  // active parameters)"; the repository's first commit is 2025-10-26.
  {
    hubId: "MiniMaxAI/MiniMax-M2",
    parameters: 230 * B,
    active: 10 * B,
    year: 2025,
    source: "https://github.com/MiniMax-AI/MiniMax-M2",
  },
  // MiniMax-01 README: MiniMax-Text-01 has "456 billion total parameters, with 45.9 billion activated per token",
  // a hybrid of lightning (linear) and softmax attention with MoE (so no architecture node); repository opened
  // 2025-01-14.
  {
    hubId: "MiniMaxAI/MiniMax-Text-01",
    parameters: 456 * B,
    active: 45.9 * B,
    year: 2025,
    source: "https://github.com/MiniMax-AI/MiniMax-01",
  },
  // Magistral-Small-2506 card: builds on Mistral Small 3.1 (2503) with reasoning, "a small, efficient reasoning
  // model with 24B parameters"; released June 2025 (paper "Magistral", arXiv 2506.10910).
  {
    hubId: "mistralai/Magistral-Small-2506",
    parameters: 24 * B,
    year: 2025,
    source: "https://huggingface.co/mistralai/Magistral-Small-2506",
  },
  // Mistral-Small-3.1-24B-Instruct-2503 card: Mistral Small 3.1 (2503) adds vision understanding to Mistral
  // Small 3 (2501), "With 24 billion parameters"; released March 2025.
  {
    hubId: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    parameters: 24 * B,
    year: 2025,
    source: "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503",
  },
  // Mixedbread blog (March 13, 2025), releasing the mxbai-rerank-v2 family: "mixedbread-ai/mxbai-rerank-large-v2
  // (1.5B) - our strongest model".
  {
    hubId: "mixedbread-ai/mxbai-rerank-large-v2",
    parameters: 1.5 * B,
    year: 2025,
    source: "https://www.mixedbread.com/blog/mxbai-rerank-v2",
  },
  // Kimi K2 README: "32 billion activated parameters and 1 trillion total parameters" (Model Summary: 1T total,
  // 32B activated); the repository's first commit is 2025-07-11.
  {
    hubId: "moonshotai/Kimi-K2-Base",
    parameters: 1000 * B,
    active: 32 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/MoonshotAI/Kimi-K2",
  },
  // Moonlight README: "a 3B/16B-parameter Mixture-of-Expert (MoE) model trained with 5.7T tokens using Muon" (16B
  // total, 3B activated); the repository's first commit is 2025-02-22.
  {
    hubId: "moonshotai/Moonlight-16B-A3B",
    parameters: 16 * B,
    active: 3 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/MoonshotAI/Moonlight",
  },
  // Dia README: "Dia is a 1.6B parameter text to speech model created by Nari Labs"; the repository's initial
  // commit is dated 2025-04-19.
  {
    hubId: "nari-labs/Dia-1.6B",
    parameters: 1.6 * B,
    year: 2025,
    source: "https://github.com/nari-labs/dia",
  },
  // nomic-embed-text-v2-moe card, model architecture: 475M total parameters, 305M active during inference, 8
  // experts with top-2 routing in a bidirectional (NomicBERT) encoder; paper arXiv 2502.07972 (February 2025).
  {
    hubId: "nomic-ai/nomic-embed-text-v2-moe",
    parameters: 475 * M,
    active: 305 * M,
    year: 2025,
    architecture: "encoder-only",
    source: "https://huggingface.co/nomic-ai/nomic-embed-text-v2-moe",
  },
  // Canary-1B-Flash card: a FastConformer encoder and Transformer decoder, "32 encoder layers and 4 decoder layers,
  // leading to a total of 883M parameters"; it cites the Canary Flash paper, arXiv 2503.05931 (March 2025).
  {
    hubId: "nvidia/canary-1b-flash",
    parameters: 883 * M,
    year: 2025,
    architecture: "encoder-decoder",
    source: "https://huggingface.co/nvidia/canary-1b-flash",
  },
  // Llama-3.3-Nemotron-Super-49B-v1 card: a derivative of Llama-3.3-70B-Instruct cut by neural architecture search to
  // 49B (NeMo docs: "Parameters 49B"); "Model Dates: Trained between November 2024 and February 2025".
  {
    hubId: "nvidia/Llama-3_3-Nemotron-Super-49B-v1",
    parameters: 49 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/nvidia/Llama-3_3-Nemotron-Super-49B-v1",
  },
  // NVIDIA-Nemotron-Nano-9B-v2 card: a 9B hybrid of Mamba-2, MLP and four attention layers (so no architecture
  // node), model dates June 2025 to August 2025; technical report arXiv 2508.14444.
  {
    hubId: "nvidia/NVIDIA-Nemotron-Nano-9B-v2",
    parameters: 9 * B,
    year: 2025,
    source: "https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2",
  },
  // parakeet-tdt-0.6b-v3 card: "This model has 600 million model parameters", a FastConformer-TDT transducer;
  // "Release Date: Huggingface 08/14/2025".
  {
    hubId: "nvidia/parakeet-tdt-0.6b-v3",
    parameters: 600 * M,
    year: 2025,
    source: "https://huggingface.co/nvidia/parakeet-tdt-0.6b-v3",
  },
  // TiRex README: "TiRex is a 35M parameter pre-trained time series forecasting model based on xLSTM"; paper arXiv
  // 2505.23719 (May 2025).
  {
    hubId: "NX-AI/TiRex",
    parameters: 35 * M,
    year: 2025,
    source: "https://github.com/NX-AI/tirex",
  },
  // gpt-oss README: gpt-oss-120b has "117B parameters with 5.1B active parameters"; repository opened 2025-08-05.
  {
    hubId: "openai/gpt-oss-120b",
    parameters: 117 * B,
    active: 5.1 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/openai/gpt-oss",
  },
  // Qwen-Image README: "a 20B MMDiT image foundation model"; "2025.08.04: We released Qwen-Image weights". The
  // figure is the diffusion transformer alone; a diffusion pipeline, so no architecture node.
  {
    hubId: "Qwen/Qwen-Image",
    parameters: 20 * B,
    year: 2025,
    source: "https://github.com/QwenLM/Qwen-Image",
  },
  // Qwen3-0.6B card: "Number of Parameters: 0.6B" (non-embedding 0.44B); the Qwen3 README: "2025.04.29: We
  // released the Qwen3 series".
  {
    hubId: "Qwen/Qwen3-0.6B",
    parameters: 0.6 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen3-0.6B",
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
  // The Qwen3 README: Qwen3-2507 comes in sizes 235B-A22B, 30B-A3B and 4B; "2025.07.21: We released the updated
  // version of Qwen3-235B-A22B non-thinking mode, named Qwen3-235B-A22B-Instruct-2507".
  {
    hubId: "Qwen/Qwen3-235B-A22B-Instruct-2507",
    parameters: 235 * B,
    active: 22 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/QwenLM/Qwen3",
  },
  // Qwen3 cards: Qwen3-8B "Number of Parameters: 8.2B"; Qwen3-30B-A3B "30.5B in total and 3.3B activated";
  // the Qwen3 README dates the release 2025.04.29.
  {
    hubId: "Qwen/Qwen3-30B-A3B",
    parameters: 30.5 * B,
    active: 3.3 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen3-30B-A3B",
  },
  // Qwen3-30B-A3B-Instruct-2507 card: "Number of Parameters: 30.5B in total and 3.3B activated", 128 experts with
  // 8 activated; the Qwen3 README: "2025.07.30: Qwen3-30B-A3B-Instruct-2507 is released".
  {
    hubId: "Qwen/Qwen3-30B-A3B-Instruct-2507",
    parameters: 30.5 * B,
    active: 3.3 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507",
  },
  // Qwen3-8B (see the Qwen3 cards above): "Number of Parameters: 8.2B", released 2025.04.29.
  {
    hubId: "Qwen/Qwen3-8B",
    parameters: 8.2 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/Qwen/Qwen3-8B",
  },
  // Qwen3-Coder README: Qwen3-Coder-480B-A35B-Instruct is "a 480B-parameter Mixture-of-Experts model with 35B
  // active parameters"; it cites the Qwen3 technical report (arXiv 2505.09388), and the weights came out July 2025.
  {
    hubId: "Qwen/Qwen3-Coder-480B-A35B-Instruct",
    parameters: 480 * B,
    active: 35 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/QwenLM/Qwen3-Coder",
  },
  // Qwen3-Embedding-0.6B card: "Number of Paramaters: 0.6B", an embedding model built on the dense Qwen3 models;
  // the card cites the MTEB multilingual ranking "as of June 5, 2025" (released June 2025).
  {
    hubId: "Qwen/Qwen3-Embedding-0.6B",
    parameters: 0.6 * B,
    year: 2025,
    source: "https://huggingface.co/Qwen/Qwen3-Embedding-0.6B",
  },
  // Qwen3-Next overview (the Qwen team's text in the Transformers documentation): Qwen3-Next-80B-A3B was trained
  // and open-sourced with "80B total parameters, only 3B active", a hybrid of Gated DeltaNet and gated attention
  // with high-sparsity MoE (so no architecture node); added to Transformers on 2025-09-10 with the release.
  {
    hubId: "Qwen/Qwen3-Next-80B-A3B-Instruct",
    parameters: 80 * B,
    active: 3 * B,
    year: 2025,
    source: "https://huggingface.co/docs/transformers/model_doc/qwen3_next",
  },
  // Swiss AI's Apertus v1 collection: "8B and 70B open-data open-weights models"; the Transformers docs say Apertus was
  // released on 2025-09-02.
  {
    hubId: "swiss-ai/Apertus-70B-2509",
    parameters: 70 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://huggingface.co/collections/swiss-ai/apertus-v1",
  },
  // Hunyuan-A13B README: a fine-grained MoE with "a total of 80 billion parameters with 13 billion active parameters";
  // "2025.6.27 We have open-sourced Hunyuan-A13B-Pretrain, Hunyuan-A13B-Instruct".
  {
    hubId: "tencent/Hunyuan-A13B-Instruct",
    parameters: 80 * B,
    active: 13 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/Tencent-Hunyuan/Hunyuan-A13B",
  },
  // GLM-4.5 README: "GLM-4.5 has 355 billion total parameters with 32 billion active parameters" (355B-A32B);
  // the repository's first commit is 2025-07-20.
  {
    hubId: "zai-org/GLM-4.5",
    parameters: 355 * B,
    active: 32 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/zai-org/GLM-4.5",
  },
  // GLM-V README (as of the release): GLM-4.5V "is based on ZhipuAI's next-generation flagship text foundation
  // model GLM-4.5-Air (106B parameters, 12B active)" plus a vision encoder (so no architecture node);
  // "2025/08/11: We released GLM-4.5V".
  {
    hubId: "zai-org/GLM-4.5V",
    parameters: 106 * B,
    active: 12 * B,
    year: 2025,
    source: "https://github.com/zai-org/GLM-V",
  },
  // GLM-4.5 repository README (now "GLM-4.7 & GLM-4.6 & GLM-4.5"), Model Downloads: GLM-4.6 is 355B-A32B, like GLM-4.5;
  // the GLM-4.6 entry was committed on 2025-09-30.
  {
    hubId: "zai-org/GLM-4.6",
    parameters: 355 * B,
    active: 32 * B,
    year: 2025,
    architecture: "decoder-only",
    source: "https://github.com/zai-org/GLM-4.5",
  },
] as const satisfies readonly CheckpointFact[];
