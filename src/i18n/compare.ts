/**
 * Words for the compare view (page and CLI). `zh` is typed by `en`. What Flink does with a key now
 * comes from the key report's texts (`src/i18n/config.ts`), one source for that fact.
 */
import type { RefusalChange } from '~/model/compare';

import { figureLabels } from './figures';

const en = {
  title: 'Compare configurations and Flink versions',
  intro:
    'Paste one configuration and pick two Flink versions to see what an upgrade changes, or paste two configurations to compare them. Every figure is derived by the model, to the byte.',
  noscript:
    'JavaScript is off: the comparison below is for the example configuration, and your own configurations (or a shared link) need JavaScript. Without it, use the command line: flink-memory diff --config A [--config B] --from-version X --to-version Y.',
  configA: 'Configuration A (any format: config.yaml, flink-conf.yaml, -D flags, FlinkDeployment)',
  configB: 'Configuration B (optional; empty = A again)',
  fromVersion: 'From Flink version',
  toVersion: 'To Flink version',
  mode: 'Deployment mode',
  taskmanager: 'TaskManager',
  jobmanager: 'JobManager',
  figure: 'Figure',
  before: 'Before',
  after: 'After',
  delta: 'Change',
  defaults: 'Defaults that changed between the versions',
  defaultsNone: 'No memory default changed between these versions.',
  setInConfig: 'set in your configuration: the change does not reach you',
  setButGone: 'set in your configuration: the new version no longer reads it',
  notRead: 'not read',
  noDefault: 'no default',
  keys: 'Keys removed, renamed or not read',
  keysNone: 'Every key of the configuration means the same in both versions.',
  valueChanges: 'Values that differ between A and B',
  jvm: 'JVM flags',
  refused: 'Flink refuses this configuration',
  parseError: 'Could not read the configuration',
  copyLink: 'Link to this comparison',
  'refusal.none': 'Accepted before and after.',
  'refusal.appears': 'A refusal appears: the old configuration is accepted, the new one is refused.',
  'refusal.disappears': 'A refusal disappears: the old configuration was refused, the new one is accepted.',
  'refusal.both': 'Refused before and after, with the same message.',
  'refusal.changes': 'Refused before and after, with different messages.',
  unchanged: 'unchanged',
  ...figureLabels.en,
  'fig.numNetworkBuffers': 'Network buffers',
  'fig.numSlots': 'Slots',
} as const;
export type CompareTextKey = keyof typeof en;
const zh: Record<CompareTextKey, string> = {
  title: '比较配置与 Flink 版本',
  intro: '粘贴一份配置并选择两个 Flink 版本，查看升级会改变什么；或粘贴两份配置进行比较。每个数字都由模型逐字节推导。',
  noscript:
    'JavaScript 已关闭：下方是示例配置的比较结果；比较你自己的配置（或打开分享的链接）需要 JavaScript。没有 JavaScript 时请使用命令行：flink-memory diff --config A [--config B] --from-version X --to-version Y。',
  configA: '配置 A（任意格式：config.yaml、flink-conf.yaml、-D 参数、FlinkDeployment）',
  configB: '配置 B（可选；留空 = 再次使用 A）',
  fromVersion: '原 Flink 版本',
  toVersion: '新 Flink 版本',
  mode: '部署模式',
  taskmanager: 'TaskManager',
  jobmanager: 'JobManager',
  figure: '项目',
  before: '之前',
  after: '之后',
  delta: '变化',
  defaults: '两个版本之间变化的默认值',
  defaultsNone: '这两个版本之间没有内存相关默认值变化。',
  setInConfig: '你的配置中已设置：该变化对你没有影响',
  setButGone: '你的配置中已设置：新版本不再读取它',
  notRead: '不读取',
  noDefault: '无默认值',
  keys: '被移除、改名或不再读取的键',
  keysNone: '配置中的每个键在两个版本中含义相同。',
  valueChanges: 'A 与 B 中取值不同的键',
  jvm: 'JVM 参数',
  refused: 'Flink 拒绝此配置',
  parseError: '无法读取配置',
  copyLink: '本次比较的链接',
  'refusal.none': '前后都被接受。',
  'refusal.appears': '出现拒绝：旧配置被接受，新配置被拒绝。',
  'refusal.disappears': '拒绝消失：旧配置被拒绝，新配置被接受。',
  'refusal.both': '前后都被拒绝，错误信息相同。',
  'refusal.changes': '前后都被拒绝，错误信息不同。',
  unchanged: '不变',
  ...figureLabels.zh,
  'fig.numNetworkBuffers': '网络缓冲区',
  'fig.numSlots': '槽位',
};

export const compareText = { en: en as Record<CompareTextKey, string>, zh } as const;

export function refusalText(r: RefusalChange, lang: 'en' | 'zh'): string {
  return compareText[lang][`refusal.${r}`];
}
