import { announceBuffers, isPartitionType, type AnnounceInput, type AnnounceOutput } from '~/model/network/pools';
import type { ConformHandler } from './types';
import { caseVersion } from './common';
import { caseArgs, refusalOut } from './network';

function type(v: unknown): AnnounceInput['type'] {
  if (!isPartitionType(v)) throw new Error(`unknown partition type '${String(v)}'`);
  return v;
}

/** `kind: announce` → `NettyShuffleUtils.computeNetworkBuffersForAnnouncing`. */
export const announceHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  const a = caseArgs(c);
  if (!a.ok) return a.out;
  const inputs: AnnounceInput[] = ((c['inputs'] as Record<string, unknown>[] | undefined) ?? []).map((i) => {
    const x: AnnounceInput = { channels: Number(i['channels']), type: type(i['type']) };
    if (Object.prototype.hasOwnProperty.call(i, 'reuse')) x.reuse = i['reuse'] === null ? null : Number(i['reuse']);
    return x;
  });
  const outputs: AnnounceOutput[] = ((c['outputs'] as Record<string, unknown>[] | undefined) ?? []).map((o) => ({
    subpartitions: Number(o['subpartitions']),
    type: type(o['type']),
  }));
  const r = announceBuffers(a.args, inputs, outputs, version);
  if (!r.ok) return refusalOut(r.error);
  const {
    buffersPerChannel,
    floatingBuffersPerGate,
    maxRequiredBuffersPerGate,
    sortShuffleMinParallelism,
    sortShuffleMinBuffers,
  } = a.args;
  return {
    ok: true,
    args: {
      buffersPerChannel,
      floatingBuffersPerGate,
      maxRequiredBuffersPerGate,
      sortShuffleMinParallelism,
      sortShuffleMinBuffers,
    },
    computeNetworkBuffersForAnnouncing: r.value,
    networkBufferSize: a.pageSize,
  };
};
