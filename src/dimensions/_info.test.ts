import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ARCHITECTURE_INFO,
  DOMAIN_INFO,
  GENERATIVE_FRAMEWORK_INFO,
  MODALITY_CLASS_INFO,
  MODALITY_INFO,
  SIZE_CLASS_INFO,
  TASK_INFO,
  TASK_TYPE_INFO,
  TRAINING_METHOD_INFO,
  TRAINING_RELATION_INFO,
} from "../index.js";
import { _infoTable, _labelOf } from "./_info.js";

describe("_infoTable", () => {
  test("keys each value's texts by the value, in the order of the values", () => {
    const table = _infoTable(["on", "off"] as const, [
      ["On", "开", "Running.", "运行中。"],
      ["Off", "关", "Stopped.", "已停止。"],
    ]);
    expect(Object.keys(table)).toEqual(["on", "off"]);
    expect(table.off).toEqual({ label: { en: "Off", zh: "关" }, description: { en: "Stopped.", zh: "已停止。" } });
  });

  test("reads an English label of null as the value's id in words, capitalised, and types it so", () => {
    const table = _infoTable(["text-to-image", "3d"] as const, [
      [null, "文生图", "Creates an image.", "生成图像。"],
      ["3D", "三维", "Shapes.", "形状。"],
    ]);
    expect([table["text-to-image"].label.en, table["3d"].label.en]).toEqual(["Text to image", "3D"]);
    expectTypeOf(table["text-to-image"].label.en).toEqualTypeOf<"Text to image">();
    expectTypeOf(table["3d"].label.en).toEqualTypeOf<"3D">();
    expect(_labelOf("time-series-forecasting")).toBe("Time series forecasting");
  });

  test("freezes the table and every text object in it", () => {
    const table = _infoTable(["on"] as const, [["On", "开", "Running.", "运行中。"]]);
    expect([Object.isFrozen(table), Object.isFrozen(table.on), Object.isFrozen(table.on.label)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  test("refuses, at compile time, a list of texts shorter than the values", () => {
    // @ts-expect-error: "off" has no texts
    expect(() => _infoTable(["on", "off"] as const, [["On", "开", "Running.", "运行中。"]])).toThrow(RangeError);
  });

  // The entries are written in the order of their value list, without the value beside them: this pins which
  // label each value gets, so that a list reordered without its texts fails here.
  test("pairs every value of the built-in tables with its own label", () => {
    const tables = {
      SIZE_CLASS_INFO,
      TASK_TYPE_INFO,
      TASK_INFO,
      MODALITY_INFO,
      MODALITY_CLASS_INFO,
      TRAINING_METHOD_INFO,
      TRAINING_RELATION_INFO,
      DOMAIN_INFO,
      ARCHITECTURE_INFO,
      GENERATIVE_FRAMEWORK_INFO,
    };
    const pairs = Object.entries(tables).flatMap(([name, table]) =>
      Object.entries(table).map(([value, info]) => `${name} ${value}: ${info.label.en} / ${info.label.zh}`),
    );
    expect(pairs.join("\n")).toMatchInlineSnapshot(`
      "SIZE_CLASS_INFO small: Small / 小型
      SIZE_CLASS_INFO medium: Medium / 中型
      SIZE_CLASS_INFO large: Large / 大型
      TASK_TYPE_INFO generative: Generative / 生成式
      TASK_TYPE_INFO discriminative: Discriminative / 判别式
      TASK_TYPE_INFO hybrid: Hybrid / 混合式
      TASK_INFO text-classification: Text classification / 文本分类
      TASK_INFO sentiment-analysis: Sentiment analysis / 情感分析
      TASK_INFO token-classification: Token classification / 词元分类
      TASK_INFO named-entity-recognition: Named entity recognition / 命名实体识别
      TASK_INFO table-question-answering: Table question answering / 表格问答
      TASK_INFO question-answering: Question answering / 问答
      TASK_INFO zero-shot-classification: Zero-shot classification / 零样本分类
      TASK_INFO translation: Translation / 机器翻译
      TASK_INFO summarization: Summarization / 文本摘要
      TASK_INFO feature-extraction: Feature extraction / 特征提取
      TASK_INFO text-generation: Text generation / 文本生成
      TASK_INFO text2text-generation: Text-to-text generation / 文本到文本生成
      TASK_INFO code-generation: Code generation / 代码生成
      TASK_INFO fill-mask: Fill-mask / 掩码填充
      TASK_INFO sentence-similarity: Sentence similarity / 句子相似度
      TASK_INFO text-ranking: Text ranking / 文本排序
      TASK_INFO text-retrieval: Text retrieval / 文本检索
      TASK_INFO multiple-choice: Multiple choice / 多项选择
      TASK_INFO table-to-text: Table to text / 表格转文本
      TASK_INFO text-to-speech: Text to speech / 语音合成
      TASK_INFO text-to-audio: Text to audio / 文本生成音频
      TASK_INFO automatic-speech-recognition: Speech recognition / 语音识别
      TASK_INFO audio-to-audio: Audio to audio / 音频到音频
      TASK_INFO audio-classification: Audio classification / 音频分类
      TASK_INFO audio-text-to-text: Audio-text to text / 音频与文本生成文本
      TASK_INFO voice-activity-detection: Voice activity detection / 语音活动检测
      TASK_INFO depth-estimation: Depth estimation / 深度估计
      TASK_INFO image-classification: Image classification / 图像分类
      TASK_INFO object-detection: Object detection / 目标检测
      TASK_INFO image-segmentation: Image segmentation / 图像分割
      TASK_INFO text-to-image: Text to image / 文生图
      TASK_INFO image-to-text: Image to text / 图像生成文本
      TASK_INFO image-to-image: Image to image / 图像到图像
      TASK_INFO image-to-video: Image to video / 图生视频
      TASK_INFO unconditional-image-generation: Unconditional image generation / 无条件图像生成
      TASK_INFO video-classification: Video classification / 视频分类
      TASK_INFO reinforcement-learning: Reinforcement learning / 强化学习
      TASK_INFO robotics: Robotics / 机器人控制
      TASK_INFO tabular-classification: Tabular classification / 表格分类
      TASK_INFO tabular-regression: Tabular regression / 表格回归
      TASK_INFO tabular-to-text: Tabular to text / 表格数据生成文本
      TASK_INFO time-series-forecasting: Time series forecasting / 时间序列预测
      TASK_INFO text-to-video: Text to video / 文生视频
      TASK_INFO image-text-to-text: Image-text to text / 图文生成文本
      TASK_INFO image-text-to-image: Image-text to image / 图文生成图像
      TASK_INFO image-text-to-video: Image-text to video / 图文生成视频
      TASK_INFO visual-question-answering: Visual question answering / 视觉问答
      TASK_INFO document-question-answering: Document question answering / 文档问答
      TASK_INFO zero-shot-image-classification: Zero-shot image classification / 零样本图像分类
      TASK_INFO graph-ml: Graph machine learning / 图机器学习
      TASK_INFO mask-generation: Mask generation / 掩码生成
      TASK_INFO zero-shot-object-detection: Zero-shot object detection / 零样本目标检测
      TASK_INFO text-to-3d: Text to 3D / 文本生成三维
      TASK_INFO image-to-3d: Image to 3D / 图像生成三维
      TASK_INFO image-feature-extraction: Image feature extraction / 图像特征提取
      TASK_INFO video-text-to-text: Video-text to text / 视频与文本生成文本
      TASK_INFO keypoint-detection: Keypoint detection / 关键点检测
      TASK_INFO visual-document-retrieval: Visual document retrieval / 视觉文档检索
      TASK_INFO any-to-any: Any to any / 任意模态转换
      TASK_INFO video-to-video: Video to video / 视频到视频
      TASK_INFO protein-structure-prediction: Protein structure prediction / 蛋白质结构预测
      TASK_INFO other: Other / 其他
      MODALITY_INFO text: Text / 文本
      MODALITY_INFO image: Image / 图像
      MODALITY_INFO audio: Audio / 音频
      MODALITY_INFO video: Video / 视频
      MODALITY_INFO tabular: Tabular / 表格
      MODALITY_INFO time-series: Time series / 时间序列
      MODALITY_INFO 3d: 3D / 三维
      MODALITY_INFO graph: Graph / 图
      MODALITY_INFO bio-sequence: Biological sequence / 生物序列
      MODALITY_INFO state: Environment state / 环境状态
      MODALITY_INFO action: Action / 动作
      MODALITY_INFO embedding: Embedding / 向量表示
      MODALITY_INFO label: Label / 标签
      MODALITY_CLASS_INFO unimodal: Unimodal / 单模态
      MODALITY_CLASS_INFO multimodal: Multimodal / 多模态
      TRAINING_METHOD_INFO pretrained: Pretrained / 预训练
      TRAINING_METHOD_INFO from-scratch: Trained from scratch / 从零训练
      TRAINING_METHOD_INFO transfer-learning: Transfer learning / 迁移学习
      TRAINING_RELATION_INFO fine-tune: Fine-tune / 微调
      TRAINING_RELATION_INFO adapter: Adapter / 适配器
      TRAINING_RELATION_INFO distillation: Distillation / 蒸馏
      TRAINING_RELATION_INFO quantization: Quantization / 量化
      TRAINING_RELATION_INFO merge: Merge / 模型合并
      TRAINING_RELATION_INFO continued-pretraining: Continued pretraining / 继续预训练
      DOMAIN_INFO nlp: Natural language processing / 自然语言处理
      DOMAIN_INFO computer-vision: Computer vision / 计算机视觉
      DOMAIN_INFO speech: Speech / 语音
      DOMAIN_INFO audio: Music and sound / 音乐与声音
      DOMAIN_INFO code: Code generation / 代码生成
      DOMAIN_INFO data-analysis: Data analysis / 数据分析
      DOMAIN_INFO time-series: Time series / 时间序列
      DOMAIN_INFO multimodal: Multimodal applications / 多模态应用
      DOMAIN_INFO science: Science / 科学研究
      DOMAIN_INFO reinforcement-learning: Reinforcement learning / 强化学习
      DOMAIN_INFO robotics: Robotics / 机器人
      DOMAIN_INFO recommendation: Recommendation / 推荐系统
      DOMAIN_INFO graph: Graph learning / 图学习
      ARCHITECTURE_INFO transformer: Transformer / Transformer
      ARCHITECTURE_INFO encoder-only: Encoder-only Transformer / 仅编码器 Transformer
      ARCHITECTURE_INFO decoder-only: Decoder-only Transformer / 仅解码器 Transformer
      ARCHITECTURE_INFO encoder-decoder: Encoder-decoder Transformer / 编码器-解码器 Transformer
      ARCHITECTURE_INFO cnn: Convolutional network / 卷积神经网络
      ARCHITECTURE_INFO rnn: Recurrent network / 循环神经网络
      ARCHITECTURE_INFO lstm: LSTM / 长短期记忆网络
      ARCHITECTURE_INFO gru: GRU / 门控循环单元
      ARCHITECTURE_INFO state-space: State-space model / 状态空间模型
      ARCHITECTURE_INFO mlp: Multilayer perceptron / 多层感知机
      ARCHITECTURE_INFO gnn: Graph neural network / 图神经网络
      ARCHITECTURE_INFO linear: Linear model / 线性模型
      GENERATIVE_FRAMEWORK_INFO diffusion: Diffusion / 扩散模型
      GENERATIVE_FRAMEWORK_INFO gan: GAN / 生成对抗网络
      GENERATIVE_FRAMEWORK_INFO vae: VAE / 变分自编码器
      GENERATIVE_FRAMEWORK_INFO normalizing-flow: Normalizing flow / 标准化流"
    `);
  });
});
