/**
 * The model as a package (`import … from 'flink-memory-guide/model'`): the derivations, the config
 * parsers, the option registry and the network and RocksDB estimates. Pure TypeScript, no DOM.
 * Built by scripts/build-package.mjs; a test installs the packed tarball and imports this.
 */
export * from './index';
export * from './config';
export { estimateJob, singleShuffleJob, insufficientBuffersMessage, DISTRIBUTION_PATTERNS } from './network/job';
export type { JobDescription, JobEdge, JobVertex, JobEstimate, JobEstimateResult, TmNetwork } from './network/job';
export { tmNetworkConfiguration, estimateJobOnTm } from './network/tm';
export { debloatSettings } from './network/debloat';
export { compareRuleOfThumb } from './network/rule-of-thumb';
export { rocksDbMemoryConfiguration, rocksDbSlot, sharedResources, cacheCapacity, writeBufferManagerCapacity } from './rocksdb';
export { consumerWeights, defaultWeights, USE_CASES } from './managed';
