/** Public barrel of the model: import from `~/model` in islands, pages, the CLI and tests. */
export * from './types';
export { deriveTaskManager, TM_KEYS } from './taskmanager';
export { deriveJobManager, JM_KEYS } from './jobmanager';
export { parseMemorySize, memorySizeToString, toHumanReadable } from './memorysize';
export { parseJavaFloat, javaDoubleToString, multiplyBytes } from './float';
export { formatFigure, type FigureFormat } from './format';
export { MESSAGE_IDS, isMessageId, type MessageId } from './messages';
export { OPTIONS, optionFor, optionForFallbackKey, isKnownKey, defaultFor, isReadIn, fallbackKeysIn, optionsIn } from './options';
export { atLeast, toFlinkVersion, versionIndex } from './version';
export { configSizeText } from './suggest';
export { benchDerivations, type BenchResult } from './bench';
export type { JavaResult } from './java';
