/** Config input and output: parsers into a flat ConfigMap, the key report, exporters. */
export * from './types';
export { parseConfigYaml } from './configyaml';
export { parseFlinkConf } from './legacy';
export { parseDynamicProperties, shellWords } from './dynamic';
export { parseFlinkDeployment, RESOURCE_MEMORY_KEYS } from './k8s';
export { parseResourceMemoryString, flinkSizeToString } from './quantity';
export { detectFormat, parseConfigText, foldMapOptions, type ParseConfigOptions } from './detect';
export {
  reportKeys,
  suggestKey,
  editDistance,
  KEY_STATUSES,
  NOT_MEMORY_KEYS,
  NOT_MEMORY_PREFIXES,
  type KeyStatus,
  type KeyReportEntry,
} from './report';
export * from './export';
export { JAVA_CONSTANTS, type JavaConstant } from './javaconstants';
export {
  buildReference,
  defaultSpans,
  REFERENCE_CATEGORIES,
  INFINITE_SIZE,
  type ReferenceSection,
  type ReferenceEntry,
  type DefaultSpan,
} from './reference';
