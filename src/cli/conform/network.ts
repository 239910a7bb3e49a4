import { tmNetworkConfiguration } from '~/model/network/tm';
import { readNetworkOptions, readPageSize, type NetworkArgs } from '~/model/network/config';
import { parseSizeJava } from '~/model/network/java';
import type { FlinkError } from '~/model/types';
import { atLeast } from '~/model/version';
import type { ConformHandler, VectorCase } from './types';
import { caseConfig, caseMode, caseVersion } from './common';

/** A refusal as the vectors print it (`causes` are informational and not compared). */
export function refusalOut(e: FlinkError): Record<string, unknown> {
  return {
    ok: false,
    error: e.className,
    // Java's message can be null (a bare checkState); the model keeps it as ''.
    message: e.message === '' ? null : e.message,
    causes: e.causes.map((x) => ({ error: x.className, message: x.message })),
  };
}

function has(c: VectorCase, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(c, k);
}

/**
 * The pool arguments of a case: from the TaskManager's network configuration (`config`,
 * validated like `NettyShuffleEnvironmentConfiguration`) with explicit fields overriding.
 */
export function caseArgs(
  c: VectorCase,
): { ok: true; args: NetworkArgs; pageSize: number } | { ok: false; out: Record<string, unknown> } {
  const version = caseVersion(c);
  let args: NetworkArgs = {
    buffersPerChannel: 2,
    floatingBuffersPerGate: 8,
    maxRequiredBuffersPerGate: null,
    sortShuffleMinParallelism: atLeast(version, '1.15') ? 1 : 2147483647,
    sortShuffleMinBuffers: atLeast(version, '1.15') ? 512 : 64,
  };
  let pageSize = 32768;
  if (has(c, 'config')) {
    const cfg = caseConfig(c);
    const p = readPageSize(cfg);
    if (!p.ok) return { ok: false, out: refusalOut(p.error) };
    pageSize = p.value;
    const o = readNetworkOptions(cfg, version);
    if (!o.ok) return { ok: false, out: refusalOut(o.error) };
    args = o.value;
  }
  const num = (k: string): number => Number(c[k]);
  if (has(c, 'buffersPerChannel')) args = { ...args, buffersPerChannel: num('buffersPerChannel') };
  if (has(c, 'floatingBuffersPerGate')) args = { ...args, floatingBuffersPerGate: num('floatingBuffersPerGate') };
  if (has(c, 'maxRequiredBuffersPerGate'))
    args = {
      ...args,
      maxRequiredBuffersPerGate: c['maxRequiredBuffersPerGate'] === null ? null : num('maxRequiredBuffersPerGate'),
    };
  if (has(c, 'sortShuffleMinParallelism')) args = { ...args, sortShuffleMinParallelism: num('sortShuffleMinParallelism') };
  if (has(c, 'sortShuffleMinBuffers')) args = { ...args, sortShuffleMinBuffers: num('sortShuffleMinBuffers') };
  return { ok: true, args, pageSize };
}

/** `kind: network` → what `NettyShuffleEnvironmentConfiguration` reports. */
export const networkHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  const opts: { version: typeof version; mode: ReturnType<typeof caseMode>; networkMemory?: bigint } = {
    version,
    mode: caseMode(c),
  };
  if (has(c, 'networkMemory')) {
    const p = parseSizeJava(String(c['networkMemory']));
    if (!p.ok) return { ok: false, error: p.cause.className, message: p.cause.message, causes: [] };
    opts.networkMemory = p.bytes;
  }
  const r = tmNetworkConfiguration(caseConfig(c), opts);
  if (!r.ok) return refusalOut(r.error);
  const n = r.value;
  const out: Record<string, unknown> = {
    ok: true,
    networkMemory: n.networkMemory,
    numNetworkBuffers: n.numNetworkBuffers,
    networkBufferSize: n.networkBufferSize,
  };
  if (n.startingBufferSize !== null) out['startingBufferSize'] = n.startingBufferSize;
  Object.assign(out, {
    networkBuffersPerChannel: n.buffersPerChannel,
    floatingNetworkBuffersPerGate: n.floatingBuffersPerGate,
    maxRequiredBuffersPerGate: n.maxRequiredBuffersPerGate,
    maxBuffersPerChannel: n.maxBuffersPerChannel,
    maxOverdraftBuffersPerGate: n.maxOverdraftBuffersPerGate,
    sortShuffleMinBuffers: n.sortShuffleMinBuffers,
    sortShuffleMinParallelism: n.sortShuffleMinParallelism,
    batchShuffleReadMemoryBytes: n.batchShuffleReadMemoryBytes,
  });
  return out;
};
