/**
 * Contracts of config input/output: every parser returns a `ParseResult`, never throws, and
 * speaks in message ids (the words live in `src/i18n/config.ts`).
 */
import type { ConfigMap, DeploymentMode, FlinkVersion } from '../types';

/** The text formats a reader can paste. */
export const CONFIG_FORMATS = ['config-yaml', 'flink-conf', 'dynamic', 'flink-deployment'] as const;
export type ConfigFormat = (typeof CONFIG_FORMATS)[number];

/** Something worth telling the reader about the input; `id` selects the translated text. */
export interface ConfigNote {
  id: ConfigMessageId;
  level: 'info' | 'warn';
  line?: number;
  column?: number;
  key?: string;
  params?: Readonly<Record<string, string>>;
}

/** Why a text could not be read at all. `line`/`column` are 1-based. */
export interface ConfigParseError {
  id: ConfigMessageId;
  line?: number;
  column?: number;
  params: Readonly<Record<string, string>>;
}

/**
 * What the text says about where it runs, beside the options: a FlinkDeployment names its Flink
 * version (`spec.flinkVersion: v1_20`) and runs on Kubernetes with Flink's active resource manager.
 */
export interface DetectedContext {
  version?: FlinkVersion;
  mode?: DeploymentMode;
}

export type ParseResult =
  | { ok: true; format: ConfigFormat; config: ConfigMap; notes: ConfigNote[]; detected?: DetectedContext }
  | { ok: false; format: ConfigFormat | 'unknown'; error: ConfigParseError; notes: ConfigNote[] };

/** Every message id the config layer can return (each has en + zh text in `src/i18n/config.ts`). */
export const CONFIG_MESSAGE_IDS = [
  // whole-input problems
  'config.empty',
  'config.tooLarge',
  'config.binary',
  'config.tooManyKeys',
  'config.tooDeep',
  'config.unknownFormat',
  // config.yaml
  'config.yaml.syntax',
  'config.yaml.duplicateKey',
  'config.yaml.aliasLimit',
  'config.yaml.notMapping',
  'config.yaml.nullValue',
  'config.yaml.complexKey',
  'config.yaml.listStringified',
  'config.yaml.typedValue',
  'config.yaml.keyOverridden',
  'config.yaml.legacyDiffers',
  // flink-conf.yaml
  'config.legacy.noSeparator',
  'config.legacy.emptyKeyOrValue',
  'config.legacy.quotedValue',
  'config.legacy.commentInValue',
  // -D
  'config.dynamic.noEquals',
  'config.dynamic.missingArgument',
  'config.dynamic.ignoredToken',
  'config.dynamic.unclosedQuote',
  'config.dynamic.emptyKey',
  // FlinkDeployment
  'config.k8s.notDeployment',
  'config.k8s.resourceMemory',
  'config.k8s.resourceMemoryOverrides',
  'config.k8s.badMemory',
  'config.k8s.decimalUnit',
  'config.k8s.fractionalBytes',
  'config.k8s.nested',
  'config.k8s.version',
  'config.k8s.unknownVersion',
  // values
  'config.valueTruncated',
  'config.mapFolded',
  'config.unsafeKey',
] as const;
export type ConfigMessageId = (typeof CONFIG_MESSAGE_IDS)[number];
