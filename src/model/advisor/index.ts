/** The advisor: describe the cluster and the job, get a configuration with a reason per key. */
export * from './types';
export { advise, ADVISOR_RULES, KEY_ORDER, managedUseCases, fractionText } from './advise';
export { normalizeInput, parsePlatformMemory, DEFAULT_TM_MEMORY } from './input';
export { exchangeJob, encodeExchangeJob, partitionTypeFor } from './jobs';
export { helmValues } from './helm';
