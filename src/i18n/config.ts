/**
 * Words for the config layer: parser errors and notes (`src/model/config/types.ts`), URL state
 * problems (`src/model/urlstate.ts`), the key report (`src/model/config/report.ts`) and the
 * configuration reference. `zh` must have exactly the keys of `en` (a missing translation is a
 * type error). Placeholders are `{name}`, filled by `fillConfigText`.
 */
import type { ConfigMessageId } from '~/model/config/types';
import type { UrlProblemId } from '~/model/urlstate';
import type { KeyStatus } from '~/model/config/report';

type Texts = Record<ConfigMessageId | UrlProblemId | `report.${KeyStatus}` | ReferenceTextId | FormatLabelId, string>;

type ReferenceTextId =
  | 'ref.key'
  | 'ref.type'
  | 'ref.default'
  | 'ref.since'
  | 'ref.removedIn'
  | 'ref.ignoredIn'
  | 'ref.fallbackKeys'
  | 'ref.deprecatedKey'
  | 'ref.fallbackKey'
  | 'ref.noDefault'
  | 'ref.description'
  | 'ref.values'
  | 'ref.onlyIn'
  | 'ref.until'
  | 'ref.count'
  | 'ref.countOne'
  | 'ref.infinite'
  | 'ref.contents'
  | 'ref.type.memory'
  | 'ref.type.float'
  | 'ref.type.double'
  | 'ref.type.int'
  | 'ref.type.long'
  | 'ref.type.boolean'
  | 'ref.type.string'
  | 'ref.type.duration'
  | 'ref.type.map'
  | 'ref.type.enum'
  | 'ref.cat.taskmanager'
  | 'ref.cat.jobmanager'
  | 'ref.cat.network'
  | 'ref.cat.debloat'
  | 'ref.cat.managed'
  | 'ref.cat.rocksdb'
  | 'ref.cat.local'
  | 'ref.cat.legacy'
  | 'ref.cat.general'
  | 'ref.cat.forst'
  | 'ref.cat.batch'
  | 'ref.cat.kubernetes'
  | 'report.didYouMean'
  | 'report.replacedBy'
  | 'report.since'
  | 'report.removedIn';

type FormatLabelId = 'format.config-yaml' | 'format.flink-conf' | 'format.dynamic' | 'format.flink-deployment' | 'format.java';

export const en: Texts = {
  'config.empty': 'The text is empty: paste a config.yaml, a flink-conf.yaml, -D flags or a FlinkDeployment.',
  'config.tooLarge':
    'The input is too large ({chars} characters; at most {max} are read). A Flink configuration is a few kilobytes — paste only the configuration.',
  'config.binary': 'This looks like binary data, not a text configuration (line {line}, column {column}).',
  'config.tooManyKeys': 'Too many keys (more than {max}). Paste only the Flink configuration.',
  'config.tooDeep': 'The YAML is nested too deeply (more than {max} levels). Flink keys are at most a few levels deep.',
  'config.unknownFormat':
    'Could not tell the format. Paste a config.yaml (key: value), a flink-conf.yaml, -D key=value flags or a FlinkDeployment.',
  'config.yaml.syntax':
    'YAML syntax error at line {line}, column {column} ({code}). Flink would refuse to start with "Error parsing YAML configuration."',
  'config.yaml.duplicateKey':
    'Duplicate key at line {line}, column {column}. Flink 1.19+ reads config.yaml with duplicate keys forbidden and refuses to start.',
  'config.yaml.aliasLimit':
    'Too many YAML aliases (more than {max}, at line {line}, column {column}). Aliases that expand this much are refused to keep the page responsive.',
  'config.yaml.notMapping': 'The YAML document is not a mapping of keys to values (line {line}, column {column}).',
  'config.yaml.nullValue': '{key} has no value and is ignored here (Flink may refuse an empty value).',
  'config.yaml.complexKey': 'A key that is a list or a mapping is not a Flink key and is ignored.',
  'config.yaml.listStringified': '{key} is a YAML list; Flink keeps it as the text {value}.',
  'config.yaml.typedValue': '{key}: {value} is a YAML number, which Flink reads as {value} bytes. Write a unit, e.g. {value}m.',
  'config.yaml.keyOverridden': '{key} is set more than once; the last value wins.',
  'config.yaml.legacyDiffers':
    'Read as config.yaml, {key} is {yaml}; a legacy flink-conf.yaml (Flink ≤ 1.18, or 1.19/1.20 without config.yaml) would read {legacy}. Choose the format your Flink uses.',
  'config.legacy.noSeparator': 'Line {line} has no ": " between key and value, so Flink skips it with a warning: {text}',
  'config.legacy.emptyKeyOrValue': 'Line {line} has an empty key or value, so Flink skips it with a warning: {text}',
  'config.legacy.quotedValue': 'Line {line}: flink-conf.yaml keeps quotes as part of the value ({value}); remove them.',
  'config.legacy.commentInValue':
    'Line {line}: in flink-conf.yaml "#" starts a comment even inside a value, so the value is cut to {value}.',
  'config.dynamic.noEquals': '-D{key} has no "=": Flink sets {key} to "true".',
  'config.dynamic.missingArgument': '{option} at line {line}, column {column} has no key=value after it.',
  'config.dynamic.ignoredToken': '"{token}" is not a -D option and is ignored.',
  'config.dynamic.unclosedQuote': 'A quote opened at line {line}, column {column} is never closed.',
  'config.dynamic.emptyKey': '-D with an empty key at line {line} is ignored: {arg}',
  'config.k8s.notDeployment': 'No FlinkDeployment found (expected kind: FlinkDeployment with a spec).',
  'config.k8s.resourceMemory': 'spec.{path} = {raw} becomes {key} = {value} (read as a {via} value).',
  'config.k8s.resourceMemoryOverrides':
    'spec.{path} ({value}) replaces {key} = {previous} from flinkConfiguration: the operator applies the resource last.',
  'config.k8s.badMemory':
    'spec.{path} = {value} is neither a Flink size nor a Kubernetes quantity ({reason}); the operator would reject it.',
  'config.k8s.decimalUnit':
    '{raw} uses a decimal Kubernetes unit: {value} bytes, not binary. The operator tries Flink sizes first, so 2G means 2 GiB but 1.5G means 1 500 000 000 bytes. Use Gi/Mi or Flink units (g, m) to be unambiguous.',
  'config.k8s.fractionalBytes':
    '{raw} becomes "{value}", which is not a whole number of bytes: Flink will refuse it. Use a whole number of Mi or a Flink size such as 1536m.',
  'config.k8s.nested': 'flinkConfiguration is nested YAML; its keys were joined with dots.',
  'config.k8s.version':
    'spec.flinkVersion {raw}: the calculator is set to Flink {version} and to Kubernetes (active resource manager), where the operator runs it.',
  'config.k8s.unknownVersion':
    'spec.flinkVersion {raw} is not a Flink version this guide models; the version was left as it was.',
  'config.valueTruncated': 'The value of {key} was cut to {max} characters.',
  'config.mapFolded': '{key} was given as nested keys; Flink reads them as the map {value}.',
  'config.unsafeKey': '"{key}" is not a Flink key; it is kept as plain text and never touches the page.',
  'url.unknownParam': 'The link parameter "{key}" is not an option of this calculator and was ignored.',
  'url.badVersion': 'The link names Flink version "{value}", which this guide does not model; the newest version is used.',
  'url.badMode': 'The link names deployment mode "{value}"; expected one of {allowed}.',
  'url.tooManyParams': 'The link has more than {max} parameters; the rest were ignored.',
  'url.queryTooLong': 'The link is too long ({chars} characters); only the first {max} were read.',
  'url.valueTooLong': 'The value of "{key}" in the link is longer than {max} characters and was ignored.',
  'url.keyTooLong': 'A link parameter name is longer than {max} characters and was ignored.',
  'url.badEncoding': 'The link parameter "{key}" is not valid percent-encoded UTF-8 and was ignored.',
  'url.badValue': 'The link parameter "{key}" contains control characters and was ignored.',
  'url.duplicate': '"{key}" appears more than once in the link; the first value is used.',
  'url.unsafeKey': 'The link parameter "{key}" is not allowed and was ignored.',
  'report.memory': 'read by Flink {version}',
  'report.deprecated': 'deprecated: use {replacement}',
  'report.removed': 'removed in Flink {removedIn}: Flink {version} no longer reads it',
  'report.ignored': 'ignored since Flink {removedIn}: accepted but has no effect',
  'report.notYet': 'not read before Flink {since}',
  'report.unknown': 'not a Flink option known to this guide',
  'report.not-memory': 'a Flink option outside the memory model (no effect on these figures)',
  'report.didYouMean': 'did you mean {suggestion}?',
  'report.replacedBy': 'replaced by {replacement}',
  'report.since': 'since {since}',
  'report.removedIn': 'removed in {removedIn}',
  'ref.key': 'Key',
  'ref.type': 'Type',
  'ref.default': 'Default',
  'ref.since': 'Since',
  'ref.removedIn': 'Removed in',
  'ref.ignoredIn': 'Ignored since',
  'ref.fallbackKeys': 'Fallback keys',
  'ref.deprecatedKey': 'deprecated',
  'ref.fallbackKey': 'fallback',
  'ref.noDefault': 'none',
  'ref.description': 'Description',
  'ref.values': 'Values',
  'ref.onlyIn': 'only {from}–{to}',
  'ref.until': 'until {to}',
  'ref.count': '{n} options',
  'ref.countOne': '1 option',
  'ref.infinite': 'infinite (Long.MAX_VALUE bytes)',
  'ref.contents': 'Categories',
  'ref.type.memory': 'memory size',
  'ref.type.float': 'float',
  'ref.type.double': 'double',
  'ref.type.int': 'integer',
  'ref.type.long': 'long',
  'ref.type.boolean': 'boolean',
  'ref.type.string': 'string',
  'ref.type.duration': 'duration',
  'ref.type.map': 'map',
  'ref.type.enum': 'enum',
  'ref.cat.taskmanager': 'TaskManager memory',
  'ref.cat.jobmanager': 'JobManager memory',
  'ref.cat.network': 'Network memory and buffers',
  'ref.cat.debloat': 'Buffer debloating',
  'ref.cat.managed': 'Managed memory',
  'ref.cat.rocksdb': 'RocksDB memory',
  'ref.cat.forst': 'ForSt memory (2.0+)',
  'ref.cat.batch': 'Batch shuffle and batch SQL',
  'ref.cat.kubernetes': 'Kubernetes pods',
  'ref.cat.local': 'Local execution',
  'ref.cat.legacy': 'Legacy options',
  'ref.cat.general': 'General',
  'format.config-yaml': 'config.yaml (Flink 1.19+)',
  'format.flink-conf': 'flink-conf.yaml (legacy)',
  'format.dynamic': '-D flags',
  'format.flink-deployment': 'FlinkDeployment (Kubernetes Operator)',
  'format.java': 'Java Configuration',
};

export const zh: Texts = {
  'config.empty': '内容为空：请粘贴 config.yaml、flink-conf.yaml、-D 参数或 FlinkDeployment。',
  'config.tooLarge': '输入过大（{chars} 个字符，最多读取 {max} 个）。Flink 配置通常只有几 KB，请只粘贴配置本身。',
  'config.binary': '这看起来是二进制数据，而不是文本配置（第 {line} 行，第 {column} 列）。',
  'config.tooManyKeys': '配置项过多（超过 {max} 个）。请只粘贴 Flink 配置。',
  'config.tooDeep': 'YAML 嵌套过深（超过 {max} 层）。Flink 配置项最多只有几层。',
  'config.unknownFormat':
    '无法识别格式。请粘贴 config.yaml（key: value）、flink-conf.yaml、-D key=value 参数或 FlinkDeployment。',
  'config.yaml.syntax':
    'YAML 语法错误，位于第 {line} 行第 {column} 列（{code}）。Flink 会以 "Error parsing YAML configuration." 拒绝启动。',
  'config.yaml.duplicateKey': '第 {line} 行第 {column} 列出现重复的键。Flink 1.19+ 读取 config.yaml 时禁止重复键，会拒绝启动。',
  'config.yaml.aliasLimit':
    'YAML 别名过多（超过 {max} 个，位于第 {line} 行第 {column} 列）。为保持页面响应，拒绝如此大量展开的别名。',
  'config.yaml.notMapping': 'YAML 文档不是“键: 值”的映射（第 {line} 行，第 {column} 列）。',
  'config.yaml.nullValue': '{key} 没有值，此处忽略（Flink 可能拒绝空值）。',
  'config.yaml.complexKey': '键为列表或映射的条目不是 Flink 配置项，已忽略。',
  'config.yaml.listStringified': '{key} 是 YAML 列表；Flink 将其保存为文本 {value}。',
  'config.yaml.typedValue': '{key}: {value} 是 YAML 数字，Flink 会将其读作 {value} 字节。请写上单位，例如 {value}m。',
  'config.yaml.keyOverridden': '{key} 被设置了多次，以最后一个值为准。',
  'config.yaml.legacyDiffers':
    '按 config.yaml 读取时，{key} 为 {yaml}；若按旧版 flink-conf.yaml 读取（Flink ≤ 1.18，或没有 config.yaml 的 1.19/1.20），则为 {legacy}。请选择你的 Flink 实际使用的格式。',
  'config.legacy.noSeparator': '第 {line} 行的键和值之间没有 ": "，Flink 会记录警告并跳过该行：{text}',
  'config.legacy.emptyKeyOrValue': '第 {line} 行的键或值为空，Flink 会记录警告并跳过该行：{text}',
  'config.legacy.quotedValue': '第 {line} 行：flink-conf.yaml 会把引号当作值的一部分（{value}），请去掉引号。',
  'config.legacy.commentInValue': '第 {line} 行：在 flink-conf.yaml 中 "#" 即使位于值内部也会开始注释，因此值被截为 {value}。',
  'config.dynamic.noEquals': '-D{key} 没有 "="：Flink 会把 {key} 设为 "true"。',
  'config.dynamic.missingArgument': '第 {line} 行第 {column} 列的 {option} 后面缺少 key=value。',
  'config.dynamic.ignoredToken': '"{token}" 不是 -D 参数，已忽略。',
  'config.dynamic.unclosedQuote': '第 {line} 行第 {column} 列开始的引号没有闭合。',
  'config.dynamic.emptyKey': '第 {line} 行的 -D 键为空，已忽略：{arg}',
  'config.k8s.notDeployment': '未找到 FlinkDeployment（应包含 kind: FlinkDeployment 以及 spec）。',
  'config.k8s.resourceMemory': 'spec.{path} = {raw} 变为 {key} = {value}（按 {via} 格式读取）。',
  'config.k8s.resourceMemoryOverrides':
    'spec.{path}（{value}）覆盖了 flinkConfiguration 中的 {key} = {previous}：Operator 最后应用资源设置。',
  'config.k8s.badMemory': 'spec.{path} = {value} 既不是 Flink 大小也不是 Kubernetes 数量（{reason}），Operator 会拒绝它。',
  'config.k8s.decimalUnit':
    '{raw} 使用了十进制的 Kubernetes 单位：{value} 字节，而非二进制。Operator 会先按 Flink 大小解析，所以 2G 表示 2 GiB，而 1.5G 表示 1 500 000 000 字节。请使用 Gi/Mi 或 Flink 单位（g、m）以避免歧义。',
  'config.k8s.fractionalBytes': '{raw} 变为 "{value}"，不是整数字节，Flink 会拒绝它。请使用整数个 Mi 或 Flink 大小，例如 1536m。',
  'config.k8s.nested': 'flinkConfiguration 是嵌套的 YAML，其键已用点号连接。',
  'config.k8s.version':
    'spec.flinkVersion {raw}：计算器已设为 Flink {version}，部署方式设为 Kubernetes（主动资源管理），即 operator 运行它的方式。',
  'config.k8s.unknownVersion': 'spec.flinkVersion {raw} 不是本指南建模的 Flink 版本，版本保持不变。',
  'config.valueTruncated': '{key} 的值被截断为 {max} 个字符。',
  'config.mapFolded': '{key} 以嵌套键的形式给出；Flink 将其读作映射 {value}。',
  'config.unsafeKey': '"{key}" 不是 Flink 配置项；它仅作为纯文本保留，不会影响页面。',
  'url.unknownParam': '链接参数 "{key}" 不是此计算器的选项，已忽略。',
  'url.badVersion': '链接指定的 Flink 版本 "{value}" 不在本指南的模型范围内，已改用最新版本。',
  'url.badMode': '链接指定的部署模式 "{value}" 无效，应为 {allowed} 之一。',
  'url.tooManyParams': '链接参数超过 {max} 个，其余已忽略。',
  'url.queryTooLong': '链接过长（{chars} 个字符），只读取了前 {max} 个。',
  'url.valueTooLong': '链接中 "{key}" 的值超过 {max} 个字符，已忽略。',
  'url.keyTooLong': '某个链接参数名超过 {max} 个字符，已忽略。',
  'url.badEncoding': '链接参数 "{key}" 不是有效的百分号编码 UTF-8，已忽略。',
  'url.badValue': '链接参数 "{key}" 含有控制字符，已忽略。',
  'url.duplicate': '"{key}" 在链接中出现多次，使用第一个值。',
  'url.unsafeKey': '链接参数 "{key}" 不被允许，已忽略。',
  'report.memory': '由 Flink {version} 读取',
  'report.deprecated': '已弃用：请改用 {replacement}',
  'report.removed': '已在 Flink {removedIn} 中移除：Flink {version} 不再读取',
  'report.ignored': '自 Flink {removedIn} 起被忽略：可以设置，但不起作用',
  'report.notYet': 'Flink {since} 之前不读取',
  'report.unknown': '不是本指南已知的 Flink 配置项',
  'report.not-memory': '内存模型之外的 Flink 配置项（不影响这些数值）',
  'report.didYouMean': '是否想写 {suggestion}？',
  'report.replacedBy': '由 {replacement} 取代',
  'report.since': '自 {since} 起',
  'report.removedIn': '在 {removedIn} 中移除',
  'ref.key': '配置项',
  'ref.type': '类型',
  'ref.default': '默认值',
  'ref.since': '引入版本',
  'ref.removedIn': '移除版本',
  'ref.ignoredIn': '忽略起始版本',
  'ref.fallbackKeys': '回退键',
  'ref.deprecatedKey': '已弃用',
  'ref.fallbackKey': '回退',
  'ref.noDefault': '无',
  'ref.description': '说明',
  'ref.values': '取值',
  'ref.onlyIn': '仅 {from}–{to}',
  'ref.until': '至 {to}',
  'ref.count': '{n} 个配置项',
  'ref.countOne': '1 个配置项',
  'ref.infinite': '无限（Long.MAX_VALUE 字节）',
  'ref.contents': '分类',
  'ref.type.memory': '内存大小',
  'ref.type.float': '浮点数（float）',
  'ref.type.double': '浮点数（double）',
  'ref.type.int': '整数',
  'ref.type.long': '长整数',
  'ref.type.boolean': '布尔值',
  'ref.type.string': '字符串',
  'ref.type.duration': '时长',
  'ref.type.map': '映射',
  'ref.type.enum': '枚举',
  'ref.cat.taskmanager': 'TaskManager 内存',
  'ref.cat.jobmanager': 'JobManager 内存',
  'ref.cat.network': '网络内存与网络缓冲区',
  'ref.cat.debloat': '缓冲消胀（Buffer Debloating）',
  'ref.cat.managed': '托管内存',
  'ref.cat.rocksdb': 'RocksDB 内存',
  'ref.cat.forst': 'ForSt 内存（2.0+）',
  'ref.cat.batch': '批处理 shuffle 与批 SQL',
  'ref.cat.kubernetes': 'Kubernetes Pod 资源',
  'ref.cat.local': '本地执行',
  'ref.cat.legacy': '旧版配置项',
  'ref.cat.general': '通用',
  'format.config-yaml': 'config.yaml（Flink 1.19+）',
  'format.flink-conf': 'flink-conf.yaml（旧版）',
  'format.dynamic': '-D 参数',
  'format.flink-deployment': 'FlinkDeployment（Kubernetes Operator）',
  'format.java': 'Java Configuration',
};

/** The table for a page language. */
export function configTexts(lang: 'en' | 'zh'): Texts {
  return lang === 'zh' ? zh : en;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than turning into "undefined". */
export function fillConfigText(template: string, params?: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return v === undefined ? m : v;
  });
}

/** The text of a config/URL/report message id in `lang`, placeholders filled (unknown id → the id itself). */
export function configMessage(lang: 'en' | 'zh', id: string, params?: Readonly<Record<string, string>>): string {
  const table = configTexts(lang) as Readonly<Record<string, string>>;
  const template = Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
  return template === undefined ? id : fillConfigText(template, params);
}
