/** The advice layer: verified fixes for refused configurations and failing jobs. */
export type { Advice, Fix, FixId } from './types';
export { fixesFor, accepted } from './process';
export { configSize, parsesAsSize } from './size';
export { networkFixesFor, jobFits } from './network';
