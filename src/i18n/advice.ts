/**
 * Words for the model's fixes (`Fix.id` in `src/model/advice/types.ts`) and derivation notes.
 * `zh` is typed by `en`'s ids, so a missing translation is a compile error. Placeholders `{name}`
 * come from the fix's `data`; every value they quote was re-derived by the model.
 */
import type { Fix, FixId } from '~/model/advice/types';
import type { LogEntry } from '~/model/types';
import { explain } from './explanations';

export type FixTexts = Record<FixId, string>;

export const fixEn: FixTexts = {
  'raise-total':
    'Set {key} to {value} (was {from}): the smallest size Flink accepts, found by re-running its derivation — managed memory and JVM overhead grow with the total, so adding only the excess is not enough.',
  'lower-size': 'Or lower {key} to {value} (was {from}): the largest value Flink accepts with everything else unchanged.',
  'raise-size': 'Or raise {key} to {value} (was {from}): the smallest value Flink accepts with everything else unchanged.',
  'set-value': 'Set {key} to {value} (one CPU core per slot is what Flink assumes when the option is unset).',
  'reset-default': 'Set {key} back to its default {value} (was {from}).',
  'set-total': "Set {key} to {value}, the size of Flink's shipped configuration file; then size it to the container.",
  'network.raise-process':
    'Set {key} to {value}: the smallest process size whose network memory ({network}) holds the {needed} buffers the job needs on its busiest TaskManager.',
  'network.pin-network':
    'Or fix the network memory at what the job needs: set {minKey} and {maxKey} to {value} ({needed} buffers of {segment}); the other components then shrink or the total grows accordingly.',
  'network.raise-fraction':
    'Or raise {key} to {value} so that the network share of the current total holds the {needed} buffers.',
  'network.lower-buffers-per-channel':
    "Or lower {key} from {from} to {value}: each remote input channel then reserves {value} exclusive buffers instead of {from} ({zeroNote}). Fewer exclusive buffers lower the throughput a channel can sustain under backpressure and lean on the gate's floating buffers; prefer more memory when you can.",
};

export const fixZh: FixTexts = {
  'raise-total':
    '将 {key} 设为 {value}（原为 {from}）：这是重新运行 Flink 推导后它能接受的最小值——托管内存和 JVM 开销会随总量一起增长，只补上差额是不够的。',
  'lower-size': '或将 {key} 降到 {value}（原为 {from}）：在其他配置不变时 Flink 能接受的最大值。',
  'raise-size': '或将 {key} 提高到 {value}（原为 {from}）：在其他配置不变时 Flink 能接受的最小值。',
  'set-value': '将 {key} 设为 {value}（未设置该选项时，Flink 按每个槽位（slot）一个 CPU 核计算）。',
  'reset-default': '将 {key} 恢复为默认值 {value}（原为 {from}）。',
  'set-total': '将 {key} 设为 {value}（Flink 自带配置文件中的值），再按容器大小调整。',
  'network.raise-process':
    '将 {key} 设为 {value}：这是网络内存（{network}）足以容纳作业在最繁忙的 TaskManager 上所需 {needed} 个缓冲区的最小进程大小。',
  'network.pin-network':
    '或把网络内存固定为作业所需的大小：将 {minKey} 和 {maxKey} 都设为 {value}（{needed} 个 {segment} 的缓冲区）；其他内存组成部分会相应变小，或需要增大总量。',
  'network.raise-fraction': '或将 {key} 提高到 {value}，使当前总量中的网络内存份额足以容纳 {needed} 个缓冲区。',
  'network.lower-buffers-per-channel':
    '或将 {key} 从 {from} 降到 {value}：每个远程输入通道预留的独占缓冲区从 {from} 个变为 {value} 个（{zeroNote}）。独占缓冲区越少，反压下单个通道能维持的吞吐越低，也更依赖输入门的浮动缓冲区（Flink 中文文档作“流动缓冲区”）；条件允许时优先增加内存。',
};

/** Extra words for `network.lower-buffers-per-channel`, by whether the value is 0. */
export const zeroNote = {
  en: {
    zero: '0 means no exclusive buffers at all: every channel waits for floating buffers of its gate',
    some: 'the gate keeps its floating buffers',
  },
  zh: { zero: '0 表示完全没有独占缓冲区：每个通道都要等待输入门的浮动缓冲区', some: '输入门的浮动缓冲区保持不变' },
} as const;

function fill(text: string, data: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);
}

/** The sentence for a fix in the reader's language. */
export function fixText(fix: Fix, lang: 'en' | 'zh'): string {
  const data: Record<string, string> = { ...fix.data };
  if (fix.id === 'network.lower-buffers-per-channel')
    data['zeroNote'] = zeroNote[lang][fix.data['value'] === '0' ? 'zero' : 'some'];
  return fill((lang === 'zh' ? fixZh : fixEn)[fix.id], data);
}

/**
 * A derivation note for the UI: every INFO/WARN line Flink logs while deriving (network capped to
 * its max, overhead raised to its min, a fraction ignored, a deprecated key, …) with its id, the
 * model's data, Flink's verbatim text and the reader's-language explanation.
 */
export interface DerivationNote {
  level: 'INFO' | 'WARN';
  id: string;
  /** Flink's log line, verbatim (offer it as "Flink's own text"). */
  flink: string;
  data: Readonly<Record<string, string>>;
  title: string;
  explanation: string;
}

/** Notes for a derivation's `log`, explained in `lang` (the explanation table is keyed by id). */
export function derivationNotes(log: readonly LogEntry[], lang: 'en' | 'zh'): DerivationNote[] {
  return log.map((l) => {
    const x = explain(l.id, lang, l.params);
    return {
      level: l.level,
      id: l.id,
      flink: l.message,
      data: l.params ?? {},
      title: x?.title ?? l.id,
      explanation: x?.explanation ?? '',
    };
  });
}
