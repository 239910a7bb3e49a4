import { isPartitionType, partitionMinMax } from '~/model/network/pools';
import type { ConformHandler } from './types';
import { caseVersion } from './common';
import { caseArgs } from './network';

/** `kind: partition` → `getMinMaxNetworkBuffersPerResultPartition`. */
export const partitionHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  const a = caseArgs(c);
  if (!a.ok) return a.out;
  const type = c['partitionType'];
  if (!isPartitionType(type)) throw new Error(`unknown partitionType '${String(type)}'`);
  const mm = partitionMinMax(a.args, type, Number(c['numSubpartitions']), version, {
    tieredStorage: c['tieredStorage'] === true,
    tieredStoreExclusiveBuffers: Number(c['tieredStoreExclusiveBuffers'] ?? 0),
  });
  const { buffersPerChannel, floatingBuffersPerGate, sortShuffleMinParallelism, sortShuffleMinBuffers } = a.args;
  return {
    ok: true,
    args: { buffersPerChannel, floatingBuffersPerGate, sortShuffleMinParallelism, sortShuffleMinBuffers },
    getMinMaxNetworkBuffersPerResultPartition: { min: mm.min, max: mm.max },
  };
};
