import { effectiveMaxRequiredBuffersPerGate, gateSpec, isPartitionType } from '~/model/network/pools';
import type { ConformHandler } from './types';
import { caseVersion } from './common';
import { caseArgs, refusalOut } from './network';

/** `kind: gate` → what `SingleInputGateFactory` / `InputGateSpecUtils` size for one gate. */
export const gateHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  const a = caseArgs(c);
  if (!a.ok) return a.out;
  const type = c['partitionType'];
  if (!isPartitionType(type)) throw new Error(`unknown partitionType '${String(type)}'`);
  const tiered = c['tieredStorage'] === true;
  const { buffersPerChannel: b, floatingBuffersPerGate: f, maxRequiredBuffersPerGate: m } = a.args;
  const g = gateSpec(a.args, type, Number(c['numChannels']), tiered, version);
  if (!g.ok) return refusalOut(g.error);
  return {
    ok: true,
    args: { buffersPerChannel: b, floatingBuffersPerGate: f, maxRequiredBuffersPerGate: m },
    getNetworkBuffersPerInputChannel: b,
    getMinMaxFloatingBuffersPerInputGate: { min: 1, max: f },
    getEffectiveMaxRequiredBuffersPerGate: effectiveMaxRequiredBuffersPerGate(type, m, tiered, version),
    createGateBuffersSpec: {
      effectiveExclusiveBuffersPerChannel: g.value.effectiveExclusiveBuffersPerChannel,
      requiredFloatingBuffers: g.value.requiredFloatingBuffers,
      totalFloatingBuffers: g.value.totalFloatingBuffers,
      targetTotalBuffersPerGate: g.value.targetTotalBuffersPerGate,
    },
  };
};
