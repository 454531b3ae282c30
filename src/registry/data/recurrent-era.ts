/**
 * The recurrent / pre-transformer era and the first transformer models, declared as families of released
 * checkpoints (or, for models never released, of the configurations their papers report): static word embeddings
 * (word2vec, GloVe, fastText, which are linear maps, not multilayer perceptrons), LSTM/GRU sequence models for
 * translation, language modelling, captioning and speech, early neural vocoders and TTS systems, the 2017
 * Transformer and Transformer-XL, plus the modern recurrent revival (RWKV-4, xLSTM). A size is given only where a
 * primary source states it or the released weights fix it; otherwise `total` is null. Families are ordered by the
 * year of their first release, then by name (case-insensitive).
 */
import type { FamilyInput } from "../family.js";

export const RECURRENT_ERA_FAMILIES = [
  {
    id: "word2vec",
    name: "word2vec",
    aliases: ["Skip-gram", "CBOW"],
    representative: "word2vec-google-news-300",
    shared: {
      organization: "Google",
      taskType: "discriminative",
      tasks: ["feature-extraction"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "linear",
      },
      openWeights: true,
      license: "Apache-2.0",
      links: {
        paper: "https://arxiv.org/abs/1301.3781",
        homepage: "https://code.google.com/archive/p/word2vec/",
      },
      sources: ["https://arxiv.org/abs/1301.3781", "https://code.google.com/archive/p/word2vec/"],
    },
    members: [
      {
        id: "word2vec-google-news-300",
        name: "GoogleNews-vectors-negative300",
        aliases: ["word2vec-google-news-300"],
        year: 2013,
        parameters: {
          total: 900_000_000,
          variant: "3 million words and phrases × 300 dimensions",
        },
      },
    ],
  },
  {
    id: "deep-speech",
    name: "Deep Speech",
    representative: "deep-speech",
    shared: {
      organization: "Baidu",
      taskType: "generative",
      tasks: ["automatic-speech-recognition"],
      modalities: {
        input: ["audio"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "rnn",
        components: ["mlp"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1412.5567",
      },
      sources: ["https://arxiv.org/abs/1412.5567"],
    },
    members: [
      {
        id: "deep-speech",
        name: "Deep Speech",
        aliases: ["Deep Speech 1", "DS1"],
        year: 2014,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "glove",
    name: "GloVe",
    aliases: ["Global Vectors for Word Representation"],
    representative: "glove-6b-300d",
    shared: {
      organization: "Stanford University",
      taskType: "discriminative",
      tasks: ["feature-extraction"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "linear",
      },
      openWeights: true,
      license: "PDDL-1.0",
      links: {
        paper: "https://aclanthology.org/D14-1162/",
        homepage: "https://nlp.stanford.edu/projects/glove/",
      },
      sources: ["https://nlp.stanford.edu/projects/glove/", "https://aclanthology.org/D14-1162/"],
    },
    members: [
      {
        id: "glove-6b-50d",
        name: "GloVe 6B 50d",
        aliases: ["glove.6B.50d"],
        year: 2014,
        parameters: {
          total: 20_000_000,
          variant: "400K-word vocabulary × 50 dimensions",
        },
      },
      {
        id: "glove-6b-100d",
        name: "GloVe 6B 100d",
        aliases: ["glove.6B.100d"],
        year: 2014,
        parameters: {
          total: 40_000_000,
          variant: "400K-word vocabulary × 100 dimensions",
        },
      },
      {
        id: "glove-6b-200d",
        name: "GloVe 6B 200d",
        aliases: ["glove.6B.200d"],
        year: 2014,
        parameters: {
          total: 80_000_000,
          variant: "400K-word vocabulary × 200 dimensions",
        },
      },
      {
        id: "glove-6b-300d",
        name: "GloVe 6B 300d",
        aliases: ["glove.6B.300d"],
        year: 2014,
        parameters: {
          total: 120_000_000,
          variant: "400K-word vocabulary × 300 dimensions",
        },
      },
      {
        id: "glove-42b-300d",
        name: "GloVe 42B 300d",
        aliases: ["glove.42B.300d"],
        year: 2014,
        parameters: { total: 570_000_000, variant: "1.9M-word vocabulary × 300 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
      {
        id: "glove-840b-300d",
        name: "GloVe 840B 300d",
        aliases: ["glove.840B.300d"],
        year: 2014,
        parameters: { total: 660_000_000, variant: "2.2M-word vocabulary × 300 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
      {
        id: "glove-twitter-27b-25d",
        name: "GloVe Twitter 27B 25d",
        aliases: ["glove.twitter.27B.25d"],
        year: 2014,
        parameters: { total: 30_000_000, variant: "1.2M-word vocabulary × 25 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
      {
        id: "glove-twitter-27b-50d",
        name: "GloVe Twitter 27B 50d",
        aliases: ["glove.twitter.27B.50d"],
        year: 2014,
        parameters: { total: 60_000_000, variant: "1.2M-word vocabulary × 50 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
      {
        id: "glove-twitter-27b-100d",
        name: "GloVe Twitter 27B 100d",
        aliases: ["glove.twitter.27B.100d"],
        year: 2014,
        parameters: { total: 120_000_000, variant: "1.2M-word vocabulary × 100 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
      {
        id: "glove-twitter-27b-200d",
        name: "GloVe Twitter 27B 200d",
        aliases: ["glove.twitter.27B.200d"],
        year: 2014,
        parameters: { total: 240_000_000, variant: "1.2M-word vocabulary × 200 dimensions" },
        sources: ["https://github.com/stanfordnlp/GloVe"],
      },
    ],
  },
  {
    id: "regularized-lstm-lm",
    name: "Regularized LSTM LM",
    representative: "regularized-lstm-lm",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1409.2329",
      },
      sources: ["https://arxiv.org/abs/1409.2329"],
    },
    members: [
      {
        id: "regularized-lstm-lm",
        name: "Regularized LSTM LM",
        aliases: ["Zaremba LSTM", "Recurrent Neural Network Regularization", "PTB large LSTM"],
        year: 2014,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "rnn-encoder-decoder",
    name: "RNN Encoder-Decoder",
    representative: "rnn-encoder-decoder",
    shared: {
      organization: "Université de Montréal",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "gru",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1406.1078",
      },
      sources: ["https://arxiv.org/abs/1406.1078"],
    },
    members: [
      {
        id: "rnn-encoder-decoder",
        name: "RNN Encoder-Decoder",
        aliases: ["GRU Encoder-Decoder", "Cho et al. Encoder-Decoder"],
        year: 2014,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "rnnsearch",
    name: "RNNsearch",
    representative: "rnnsearch",
    shared: {
      organization: "Université de Montréal",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "gru",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1409.0473",
      },
      sources: ["https://arxiv.org/abs/1409.0473"],
    },
    members: [
      {
        id: "rnnsearch",
        name: "RNNsearch",
        aliases: [
          "RNNsearch-50",
          "Bahdanau Attention NMT",
          "Neural Machine Translation by Jointly Learning to Align and Translate",
        ],
        year: 2014,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "seq2seq",
    name: "Seq2Seq",
    representative: "seq2seq",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1409.3215",
      },
      sources: ["https://arxiv.org/abs/1409.3215"],
    },
    members: [
      {
        id: "seq2seq",
        name: "Seq2Seq",
        aliases: ["Sequence-to-Sequence LSTM", "Sequence to Sequence Learning with Neural Networks"],
        year: 2014,
        parameters: {
          total: 384_000_000,
          variant: "4-layer deep LSTM (WMT'14 En-Fr)",
        },
      },
    ],
  },
  {
    id: "show-and-tell",
    name: "Show and Tell",
    representative: "show-and-tell",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["image-to-text"],
      modalities: {
        input: ["image"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["multimodal", "computer-vision", "nlp"],
      architecture: {
        family: "lstm",
        components: ["cnn"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1411.4555",
      },
      sources: ["https://arxiv.org/abs/1411.4555"],
    },
    members: [
      {
        id: "show-and-tell",
        name: "Show and Tell",
        aliases: ["NIC", "Neural Image Caption", "im2txt"],
        year: 2014,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "deep-speech-2",
    name: "Deep Speech 2",
    representative: "deep-speech-2",
    shared: {
      organization: "Baidu",
      taskType: "generative",
      tasks: ["automatic-speech-recognition"],
      modalities: {
        input: ["audio"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "rnn",
        components: ["cnn"],
      },
      openWeights: null,
      links: {
        paper: "https://arxiv.org/abs/1512.02595",
      },
      sources: ["https://arxiv.org/abs/1512.02595"],
    },
    members: [
      {
        id: "deep-speech-2",
        name: "Deep Speech 2",
        aliases: ["DS2"],
        year: 2015,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "draw",
    name: "DRAW",
    representative: "draw",
    shared: {
      organization: "Google DeepMind",
      taskType: "generative",
      tasks: ["unconditional-image-generation"],
      modalities: {
        input: [],
        output: ["image"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["computer-vision"],
      architecture: {
        family: "lstm",
        framework: "vae",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1502.04623",
      },
      sources: ["https://arxiv.org/abs/1502.04623"],
    },
    members: [
      {
        id: "draw",
        name: "DRAW",
        aliases: ["Deep Recurrent Attentive Writer"],
        year: 2015,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "listen-attend-and-spell",
    name: "Listen, Attend and Spell",
    representative: "listen-attend-and-spell",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["automatic-speech-recognition"],
      modalities: {
        input: ["audio"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "lstm",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1508.01211",
      },
      sources: ["https://arxiv.org/abs/1508.01211"],
    },
    members: [
      {
        id: "listen-attend-and-spell",
        name: "Listen, Attend and Spell",
        aliases: ["LAS"],
        year: 2015,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "skip-thought",
    name: "Skip-Thought Vectors",
    aliases: ["Skip-Thoughts", "combine-skip"],
    representative: "uni-skip",
    shared: {
      organization: "University of Toronto",
      taskType: "discriminative",
      tasks: ["feature-extraction", "sentence-similarity"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "gru",
      },
      openWeights: true,
      license: "Apache-2.0",
      links: {
        paper: "https://arxiv.org/abs/1506.06726",
        homepage: "https://github.com/ryankiros/skip-thoughts",
      },
      sources: ["https://arxiv.org/abs/1506.06726", "https://github.com/ryankiros/skip-thoughts"],
    },
    members: [
      {
        id: "uni-skip",
        name: "uni-skip",
        aliases: ["Skip-Thought uni-skip"],
        year: 2015,
        parameters: {
          total: null,
        },
      },
      {
        id: "bi-skip",
        name: "bi-skip",
        aliases: ["Skip-Thought bi-skip"],
        year: 2015,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "gnmt",
    name: "GNMT",
    representative: "gnmt",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1609.08144",
      },
      sources: ["https://arxiv.org/abs/1609.08144"],
    },
    members: [
      {
        id: "gnmt",
        name: "GNMT",
        aliases: ["Google Neural Machine Translation", "Google's Neural Machine Translation System"],
        year: 2016,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "pixelrnn",
    name: "PixelRNN",
    representative: "pixelrnn",
    shared: {
      organization: "Google DeepMind",
      taskType: "generative",
      tasks: ["unconditional-image-generation"],
      modalities: {
        input: [],
        output: ["image"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["computer-vision"],
      architecture: {
        family: "lstm",
        components: ["cnn"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1601.06759",
      },
      sources: ["https://arxiv.org/abs/1601.06759"],
    },
    members: [
      {
        id: "pixelrnn",
        name: "PixelRNN",
        aliases: ["Pixel Recurrent Neural Networks", "Row LSTM", "Diagonal BiLSTM"],
        year: 2016,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "samplernn",
    name: "SampleRNN",
    representative: "samplernn",
    shared: {
      organization: "Université de Montréal",
      taskType: "generative",
      tasks: ["other"],
      modalities: {
        input: [],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["audio", "speech"],
      architecture: {
        family: "rnn",
        components: ["mlp"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1612.07837",
      },
      sources: ["https://arxiv.org/abs/1612.07837"],
    },
    members: [
      {
        id: "samplernn",
        name: "SampleRNN",
        year: 2016,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "wavenet",
    name: "WaveNet",
    representative: "wavenet",
    shared: {
      organization: "Google DeepMind",
      taskType: "generative",
      tasks: ["text-to-speech"],
      modalities: {
        input: ["text"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech", "audio"],
      architecture: {
        family: "cnn",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1609.03499",
      },
      sources: ["https://arxiv.org/abs/1609.03499"],
    },
    members: [
      {
        id: "wavenet",
        name: "WaveNet",
        year: 2016,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "awd-lstm",
    name: "AWD-LSTM",
    aliases: ["ASGD Weight-Dropped LSTM"],
    representative: "awd-lstm-ptb",
    shared: {
      organization: "Salesforce",
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1708.02182",
        homepage: "https://github.com/salesforce/awd-lstm-lm",
      },
      sources: ["https://arxiv.org/abs/1708.02182", "https://openreview.net/forum?id=SyyGPP0TZ"],
    },
    members: [
      {
        id: "awd-lstm-ptb",
        name: "AWD-LSTM (Penn Treebank)",
        year: 2017,
        parameters: {
          total: 24_000_000,
        },
      },
      {
        id: "awd-lstm-wt2",
        name: "AWD-LSTM (WikiText-2)",
        year: 2017,
        parameters: {
          total: 33_000_000,
        },
      },
    ],
  },
  {
    id: "convs2s",
    name: "ConvS2S",
    representative: "convs2s",
    shared: {
      organization: "Meta",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "cnn",
      },
      openWeights: true,
      license: "MIT",
      links: {
        paper: "https://arxiv.org/abs/1705.03122",
        homepage: "https://github.com/facebookresearch/fairseq",
      },
      sources: [
        "https://arxiv.org/abs/1705.03122",
        "https://github.com/facebookresearch/fairseq",
        "https://github.com/facebookresearch/fairseq/tree/main/examples/conv_seq2seq",
      ],
    },
    members: [
      {
        id: "convs2s",
        name: "ConvS2S",
        aliases: ["Convolutional Sequence to Sequence", "fconv"],
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "cove",
    name: "CoVe",
    representative: "cove",
    shared: {
      organization: "Salesforce",
      taskType: "discriminative",
      tasks: ["feature-extraction"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: true,
      license: "BSD-3-Clause",
      links: {
        paper: "https://arxiv.org/abs/1708.00107",
        homepage: "https://github.com/salesforce/cove",
      },
      sources: ["https://arxiv.org/abs/1708.00107", "https://github.com/salesforce/cove"],
    },
    members: [
      {
        id: "cove",
        name: "CoVe",
        aliases: ["Context Vectors", "MT-LSTM"],
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "deep-voice-3",
    name: "Deep Voice 3",
    representative: "deep-voice-3",
    shared: {
      organization: "Baidu",
      taskType: "generative",
      tasks: ["text-to-speech"],
      modalities: {
        input: ["text"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "cnn",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1710.07654",
      },
      sources: ["https://arxiv.org/abs/1710.07654"],
    },
    members: [
      {
        id: "deep-voice-3",
        name: "Deep Voice 3",
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "fasttext",
    name: "fastText",
    representative: "fasttext-cc-en-300",
    shared: {
      organization: "Meta",
      taskType: "discriminative",
      tasks: ["feature-extraction", "text-classification"],
      modalities: {
        input: ["text"],
        output: ["embedding", "label"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "linear",
      },
      openWeights: true,
      license: "CC-BY-SA-3.0",
      links: {
        paper: "https://arxiv.org/abs/1607.04606",
        homepage: "https://fasttext.cc/",
      },
      sources: ["https://arxiv.org/abs/1607.04606", "https://arxiv.org/abs/1607.01759", "https://fasttext.cc/"],
    },
    members: [
      {
        id: "fasttext-lid-176",
        name: "fastText language identification (lid.176)",
        aliases: ["lid.176"],
        year: 2017,
        parameters: {
          total: null,
        },
        tasks: ["text-classification"],
        modalities: {
          input: ["text"],
          output: ["label"],
        },
        sources: ["https://fasttext.cc/docs/en/language-identification.html"],
      },
      {
        id: "fasttext-wiki-news-300d-1m",
        name: "fastText wiki-news-300d-1M",
        aliases: ["wiki-news-300d-1M"],
        year: 2017,
        parameters: { total: 300_000_000, variant: "1 million words × 300 dimensions" },
        tasks: ["feature-extraction"],
        modalities: {
          input: ["text"],
          output: ["embedding"],
        },
        links: {
          paper: "https://arxiv.org/abs/1712.09405",
        },
        sources: ["https://arxiv.org/abs/1712.09405", "https://fasttext.cc/docs/en/english-vectors.html"],
      },
      {
        id: "fasttext-crawl-300d-2m",
        name: "fastText crawl-300d-2M",
        aliases: ["crawl-300d-2M"],
        year: 2017,
        parameters: { total: 600_000_000, variant: "2 million words × 300 dimensions" },
        tasks: ["feature-extraction"],
        modalities: {
          input: ["text"],
          output: ["embedding"],
        },
        links: {
          paper: "https://arxiv.org/abs/1712.09405",
        },
        sources: ["https://arxiv.org/abs/1712.09405", "https://fasttext.cc/docs/en/english-vectors.html"],
      },
      {
        id: "fasttext-cc-en-300",
        name: "fastText cc.en.300",
        aliases: ["cc.en.300", "facebook/fasttext-en-vectors"],
        year: 2018,
        parameters: {
          total: null,
        },
        tasks: ["feature-extraction"],
        modalities: {
          input: ["text"],
          output: ["embedding"],
        },
        links: {
          paper: "https://arxiv.org/abs/1802.06893",
          huggingface: "https://huggingface.co/facebook/fasttext-en-vectors",
        },
        sources: [
          "https://arxiv.org/abs/1802.06893",
          "https://fasttext.cc/docs/en/crawl-vectors.html",
          "https://huggingface.co/facebook/fasttext-en-vectors",
        ],
      },
    ],
  },
  {
    id: "infersent",
    name: "InferSent",
    representative: "infersent1",
    shared: {
      organization: "Meta",
      taskType: "discriminative",
      tasks: ["feature-extraction", "sentence-similarity"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: true,
      links: {
        paper: "https://arxiv.org/abs/1705.02364",
        homepage: "https://github.com/facebookresearch/InferSent",
      },
      sources: ["https://arxiv.org/abs/1705.02364", "https://github.com/facebookresearch/InferSent"],
      license: "CC-BY-NC-4.0",
    },
    members: [
      {
        id: "infersent1",
        name: "InferSent1 (GloVe)",
        aliases: ["InferSent1", "infersent1.pkl"],
        year: 2017,
        parameters: {
          total: null,
        },
      },
      {
        id: "infersent2",
        name: "InferSent2 (fastText)",
        aliases: ["InferSent2", "infersent2.pkl"],
        year: 2018,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "sentiment-neuron",
    name: "Sentiment Neuron",
    representative: "sentiment-neuron",
    shared: {
      organization: "OpenAI",
      taskType: "hybrid",
      tasks: ["feature-extraction", "text-generation", "sentiment-analysis"],
      modalities: {
        input: ["text"],
        output: ["embedding", "text"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: true,
      license: "MIT",
      links: {
        paper: "https://arxiv.org/abs/1704.01444",
        homepage: "https://github.com/openai/generating-reviews-discovering-sentiment",
      },
      sources: [
        "https://arxiv.org/abs/1704.01444",
        "https://github.com/openai/generating-reviews-discovering-sentiment",
      ],
    },
    members: [
      {
        id: "sentiment-neuron",
        name: "Sentiment Neuron",
        aliases: ["Unsupervised Sentiment Neuron", "byte mLSTM"],
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "tacotron",
    name: "Tacotron",
    representative: "tacotron",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["text-to-speech"],
      modalities: {
        input: ["text"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "gru",
        components: ["cnn"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1703.10135",
      },
      sources: ["https://arxiv.org/abs/1703.10135"],
    },
    members: [
      {
        id: "tacotron",
        name: "Tacotron",
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "tacotron-2",
    name: "Tacotron 2",
    representative: "tacotron-2",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["text-to-speech"],
      modalities: {
        input: ["text"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "lstm",
        components: ["cnn"],
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1712.05884",
      },
      sources: ["https://arxiv.org/abs/1712.05884"],
    },
    members: [
      {
        id: "tacotron-2",
        name: "Tacotron 2",
        year: 2017,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "transformer",
    name: "Transformer",
    aliases: ["Attention Is All You Need", "Vanilla Transformer"],
    representative: "transformer-base",
    shared: {
      organization: "Google",
      taskType: "generative",
      tasks: ["translation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["nlp"],
      architecture: {
        family: "encoder-decoder",
      },
      openWeights: null,
      links: {
        paper: "https://arxiv.org/abs/1706.03762",
      },
      sources: ["https://arxiv.org/abs/1706.03762"],
    },
    members: [
      {
        id: "transformer-base",
        name: "Transformer (base)",
        year: 2017,
        parameters: {
          total: 65_000_000,
        },
      },
      {
        id: "transformer-big",
        name: "Transformer (big)",
        year: 2017,
        parameters: {
          total: 213_000_000,
        },
      },
    ],
  },
  {
    id: "elmo",
    name: "ELMo",
    aliases: ["Embeddings from Language Models"],
    representative: "elmo-original",
    shared: {
      organization: "Allen Institute for AI",
      taskType: "discriminative",
      tasks: ["feature-extraction"],
      modalities: {
        input: ["text"],
        output: ["embedding"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
        components: ["cnn"],
      },
      openWeights: true,
      license: "Apache-2.0",
      links: {
        paper: "https://arxiv.org/abs/1802.05365",
        homepage: "https://allennlp.org/elmo",
      },
      sources: ["https://arxiv.org/abs/1802.05365", "https://allennlp.org/elmo", "https://github.com/allenai/bilm-tf"],
    },
    members: [
      {
        id: "elmo-small",
        name: "ELMo Small",
        year: 2018,
        parameters: {
          total: 13_600_000,
        },
      },
      {
        id: "elmo-medium",
        name: "ELMo Medium",
        year: 2018,
        parameters: {
          total: 28_000_000,
        },
      },
      {
        id: "elmo-original",
        name: "ELMo Original",
        year: 2018,
        parameters: {
          total: 93_600_000,
        },
      },
      {
        id: "elmo-original-5-5b",
        name: "ELMo Original (5.5B)",
        year: 2018,
        parameters: {
          total: 93_600_000,
        },
      },
    ],
  },
  {
    id: "ulmfit",
    name: "ULMFiT",
    representative: "ulmfit",
    shared: {
      organization: "fast.ai",
      taskType: "discriminative",
      tasks: ["text-classification", "sentiment-analysis"],
      modalities: {
        input: ["text"],
        output: ["label"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: true,
      links: {
        paper: "https://arxiv.org/abs/1801.06146",
      },
      sources: ["https://arxiv.org/abs/1801.06146"],
    },
    members: [
      {
        id: "ulmfit",
        name: "ULMFiT",
        aliases: ["Universal Language Model Fine-tuning"],
        year: 2018,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "waveglow",
    name: "WaveGlow",
    representative: "waveglow",
    shared: {
      organization: "NVIDIA",
      taskType: "generative",
      tasks: ["audio-to-audio"],
      modalities: {
        input: ["audio"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "cnn",
        framework: "normalizing-flow",
      },
      openWeights: true,
      license: "BSD-3-Clause",
      links: {
        paper: "https://arxiv.org/abs/1811.00002",
        homepage: "https://github.com/NVIDIA/waveglow",
      },
      sources: [
        "https://arxiv.org/abs/1811.00002",
        "https://github.com/NVIDIA/waveglow",
        "https://catalog.ngc.nvidia.com/orgs/nvidia/teams/adlr/models/waveglow",
        "https://github.com/NVIDIA/waveglow/blob/master/LICENSE",
      ],
    },
    members: [
      {
        id: "waveglow",
        name: "WaveGlow",
        year: 2018,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "wavernn",
    name: "WaveRNN",
    representative: "wavernn",
    shared: {
      organization: "Google DeepMind",
      taskType: "generative",
      tasks: ["text-to-speech"],
      modalities: {
        input: ["text"],
        output: ["audio"],
      },
      training: {
        method: "from-scratch",
      },
      domains: ["speech"],
      architecture: {
        family: "gru",
      },
      openWeights: false,
      links: {
        paper: "https://arxiv.org/abs/1802.08435",
      },
      sources: ["https://arxiv.org/abs/1802.08435"],
    },
    members: [
      {
        id: "wavernn",
        name: "WaveRNN",
        year: 2018,
        parameters: {
          total: null,
        },
      },
    ],
  },
  {
    id: "transformer-xl",
    name: "Transformer-XL",
    aliases: ["Transfo-XL"],
    representative: "transformer-xl-wt103",
    shared: {
      organization: "Carnegie Mellon University and Google",
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "decoder-only",
      },
      openWeights: true,
      license: "Apache-2.0",
      links: {
        paper: "https://arxiv.org/abs/1901.02860",
        homepage: "https://github.com/kimiyoung/transformer-xl",
      },
      sources: [
        "https://arxiv.org/abs/1901.02860",
        "https://github.com/kimiyoung/transformer-xl",
        "https://github.com/kimiyoung/transformer-xl/blob/master/LICENSE",
      ],
    },
    members: [
      {
        id: "transformer-xl-wt103",
        name: "Transformer-XL Large (WikiText-103)",
        aliases: ["transfo-xl/transfo-xl-wt103", "transfo-xl-wt103"],
        year: 2019,
        parameters: {
          total: 285_000_000,
          variant: "released weights, adaptive input and softmax included (the paper reports 257M)",
        },
        links: {
          huggingface: "https://huggingface.co/transfo-xl/transfo-xl-wt103",
        },
        sources: [
          "https://huggingface.co/transfo-xl/transfo-xl-wt103",
          "https://huggingface.co/transfo-xl/transfo-xl-wt103/blob/main/config.json",
          "https://arxiv.org/abs/1901.02860",
        ],
      },
      {
        id: "transformer-xl-enwik8",
        name: "Transformer-XL 24L (enwik8)",
        year: 2019,
        parameters: {
          total: 277_000_000,
        },
      },
      {
        id: "transformer-xl-text8",
        name: "Transformer-XL 24L (text8)",
        year: 2019,
        parameters: {
          total: 277_000_000,
        },
      },
      {
        id: "transformer-xl-lm1b",
        name: "Transformer-XL Large (One Billion Word)",
        year: 2019,
        parameters: {
          total: 800_000_000,
        },
      },
    ],
  },
  {
    id: "rwkv-4",
    name: "RWKV-4",
    representative: "rwkv-4-pile-169m",
    shared: {
      organization: "BlinkDL",
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "rnn",
      },
      openWeights: true,
      license: "Apache-2.0",
      links: {
        paper: "https://arxiv.org/abs/2305.13048",
        homepage: "https://github.com/BlinkDL/RWKV-LM",
      },
      sources: ["https://arxiv.org/abs/2305.13048", "https://github.com/BlinkDL/RWKV-LM"],
    },
    members: [
      {
        id: "rwkv-4-pile-169m",
        name: "RWKV-4 Pile 169M",
        aliases: ["BlinkDL/rwkv-4-pile-169m", "RWKV/rwkv-4-169m-pile"],
        year: 2022,
        parameters: {
          total: 169_342_464,
        },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-169m",
        },
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-pile-169m"],
      },
      {
        id: "rwkv-4-pile-430m",
        name: "RWKV-4 Pile 430M",
        aliases: ["BlinkDL/rwkv-4-pile-430m", "RWKV/rwkv-4-430m-pile"],
        year: 2022,
        parameters: {
          total: 430_397_440,
        },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-430m",
        },
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-pile-430m"],
      },
      {
        id: "rwkv-4-pile-1b5",
        name: "RWKV-4 Pile 1.5B",
        aliases: ["BlinkDL/rwkv-4-pile-1b5", "RWKV/rwkv-4-1b5-pile"],
        year: 2022,
        parameters: {
          total: 1_515_106_304,
        },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-1b5",
        },
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-pile-1b5"],
      },
      {
        id: "rwkv-4-pile-3b",
        name: "RWKV-4 Pile 3B",
        aliases: ["BlinkDL/rwkv-4-pile-3b", "RWKV/rwkv-4-3b-pile"],
        year: 2022,
        parameters: {
          total: 2_984_627_200,
        },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-3b",
        },
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-pile-3b"],
      },
      {
        id: "rwkv-4-pile-7b",
        name: "RWKV-4 Pile 7B",
        aliases: ["BlinkDL/rwkv-4-pile-7b", "RWKV/rwkv-4-7b-pile"],
        year: 2022,
        parameters: { total: 7_392_649_216 },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-7b",
        },
        sources: [
          "https://huggingface.co/BlinkDL/rwkv-4-pile-7b",
          "https://huggingface.co/RWKV/rwkv-4-7b-pile/blob/main/config.json",
        ],
      },
      {
        id: "rwkv-4-pile-14b",
        name: "RWKV-4 Pile 14B",
        aliases: ["BlinkDL/rwkv-4-pile-14b", "RWKV/rwkv-4-14b-pile"],
        year: 2023,
        parameters: { total: 14_148_597_760 },
        links: {
          huggingface: "https://huggingface.co/BlinkDL/rwkv-4-pile-14b",
        },
        sources: [
          "https://huggingface.co/BlinkDL/rwkv-4-pile-14b",
          "https://huggingface.co/RWKV/rwkv-4-14b-pile/blob/main/config.json",
        ],
      },
      {
        id: "rwkv-4-raven-1b5",
        name: "RWKV-4 Raven 1.5B",
        year: 2023,
        parameters: {
          total: 1_515_106_304,
        },
        training: {
          method: "transfer-learning",
          relation: "fine-tune",
          baseModel: "rwkv-4-pile-1b5",
        },
        tasks: ["text-generation", "question-answering"],
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-raven"],
      },
      {
        id: "rwkv-4-raven-3b",
        name: "RWKV-4 Raven 3B",
        year: 2023,
        parameters: {
          total: 2_984_627_200,
        },
        training: {
          method: "transfer-learning",
          relation: "fine-tune",
          baseModel: "rwkv-4-pile-3b",
        },
        tasks: ["text-generation", "question-answering"],
        sources: ["https://huggingface.co/BlinkDL/rwkv-4-raven"],
      },
      {
        id: "rwkv-4-raven-7b",
        name: "RWKV-4 Raven 7B",
        year: 2023,
        parameters: { total: 7_392_649_216 },
        training: {
          method: "transfer-learning",
          relation: "fine-tune",
          baseModel: "rwkv-4-pile-7b",
        },
        tasks: ["text-generation", "question-answering"],
        sources: [
          "https://huggingface.co/BlinkDL/rwkv-4-raven",
          "https://huggingface.co/RWKV/rwkv-raven-7b/blob/main/config.json",
        ],
      },
      {
        id: "rwkv-4-raven-14b",
        name: "RWKV-4 Raven 14B",
        year: 2023,
        parameters: { total: 14_148_597_760 },
        training: {
          method: "transfer-learning",
          relation: "fine-tune",
          baseModel: "rwkv-4-pile-14b",
        },
        tasks: ["text-generation", "question-answering"],
        sources: [
          "https://huggingface.co/BlinkDL/rwkv-4-raven",
          "https://huggingface.co/RWKV/rwkv-raven-14b/blob/main/config.json",
        ],
      },
    ],
  },
  {
    id: "xlstm",
    name: "xLSTM",
    aliases: ["Extended Long Short-Term Memory"],
    representative: "xlstm-7b",
    shared: {
      organization: "NXAI",
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: {
        input: ["text"],
        output: ["text"],
      },
      training: {
        method: "pretrained",
      },
      domains: ["nlp"],
      architecture: {
        family: "lstm",
      },
      openWeights: true,
      license: "NXAI Community License",
      links: {
        paper: "https://arxiv.org/abs/2405.04517",
        homepage: "https://github.com/NX-AI/xlstm",
      },
      sources: ["https://arxiv.org/abs/2405.04517"],
    },
    members: [
      {
        id: "xlstm-7b",
        name: "xLSTM 7B",
        aliases: ["NX-AI/xLSTM-7b"],
        year: 2024,
        // The paper's table of model sizes gives the exact count, which the released configuration also implies.
        parameters: {
          total: 6_865_424_896,
        },
        links: {
          paper: "https://arxiv.org/abs/2503.13427",
          huggingface: "https://huggingface.co/NX-AI/xLSTM-7b",
        },
        sources: [
          "https://arxiv.org/abs/2503.13427",
          "https://huggingface.co/NX-AI/xLSTM-7b",
          "https://github.com/NX-AI/xlstm",
        ],
      },
    ],
  },
] as const satisfies readonly FamilyInput[];
