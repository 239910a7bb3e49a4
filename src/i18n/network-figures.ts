/**
 * Labels of the build-time network / RocksDB figures and the rule-of-thumb table.
 * `zh` must have exactly the keys of `en` (a missing translation is a type error).
 */
export const en = {
  'rot.caption':
    'T = P × (B + F) with P = {P}, B = {B}, F = {F}, beside what Flink does for the same job (one all-to-all shuffle, parallelism {P})',
  'rot.formulaRow': 'The formula as written',
  'rot.scenario': 'Scenario',
  'rot.required': 'Required (reserved, must fit)',
  'rot.target': 'Target (pools at most)',
  'rot.overdraft': 'Overdraft (best effort)',
  'rot.announced': 'Announced (fine-grained)',
  'rot.perTm': 'network buffers per TaskManager',
  'rot.scenario.articleValues': 'Flink {version}, B = {B}, F = {F}, 1 TaskManager × {P} slots',
  'rot.scenario.defaults': 'Flink {version}, defaults B = 2, F = 8, 1 TaskManager × {P} slots',
  'rot.scenario.twoTaskManagers': 'Flink {version}, defaults, {tms} TaskManagers (remote channels)',
  'rot.scenario.flink2': 'Flink {version}: B = 2, F = 8 hard-coded, overdraft 20',
  'rot.notApplicable': '—',
  'rot.badInput': 'P, B and F must be whole numbers (P ≥ 1, B and F ≥ 0).',
  'rot.reasons': 'Why they differ',
  'figure.error': 'The model refused this input: {message}',
};

export const zh: Record<keyof typeof en, string> = {
  'rot.caption':
    'T = P × (B + F)，其中 P = {P}、B = {B}、F = {F}；旁边是 Flink 对同一作业（一次 all-to-all 数据交换，并行度 {P}）的实际数字',
  'rot.formulaRow': '按公式原样计算',
  'rot.scenario': '场景',
  'rot.required': '必需（预留，必须满足）',
  'rot.target': '目标（缓冲池上限）',
  'rot.overdraft': '超额（尽力而为）',
  'rot.announced': '声明值（细粒度资源管理）',
  'rot.perTm': '每个 TaskManager 的网络缓冲区数',
  'rot.scenario.articleValues': 'Flink {version}，B = {B}，F = {F}，1 个 TaskManager × {P} 个槽位（slot）',
  'rot.scenario.defaults': 'Flink {version}，默认值 B = 2、F = 8，1 个 TaskManager × {P} 个槽位（slot）',
  'rot.scenario.twoTaskManagers': 'Flink {version}，默认值，{tms} 个 TaskManager（存在远程输入通道）',
  'rot.scenario.flink2': 'Flink {version}：B = 2、F = 8 为硬编码，超额缓冲区 20',
  'rot.notApplicable': '—',
  'rot.badInput': 'P、B、F 必须是整数（P ≥ 1，B 与 F ≥ 0）。',
  'rot.reasons': '差异从何而来',
  'figure.error': '模型拒绝了该输入：{message}',
};

/** Replaces `{name}` placeholders. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}
