import {
  consumerWeights,
  convertToFractionOfSlot,
  fractionRoundedDown,
  validateWeightsNotConflict,
  USE_CASES,
  type ManagedUseCase,
  type Weights,
} from '~/model/managed';
import type { ConformHandler } from './types';
import { caseConfig, caseVersion } from './common';
import { refusalOut } from './network';

function useCase(v: unknown): ManagedUseCase {
  if (!(USE_CASES as readonly unknown[]).includes(v)) throw new Error(`unknown use case '${String(v)}'`);
  return v as ManagedUseCase;
}

/** `kind: managed` → ManagedMemoryUtils (weights, fraction, slot, conflict). */
export const managedHandler: ConformHandler = (c) => {
  const version = caseVersion(c);
  switch (c['op']) {
    case 'weights': {
      const w = consumerWeights(caseConfig(c), version);
      return w.ok ? { ok: true, getManagedMemoryUseCaseWeightsFromConfig: w.value } : refusalOut(w.error);
    }
    case 'fraction': {
      const f = fractionRoundedDown(c['dividend'] as number | bigint, c['divisor'] as number | bigint);
      return f.ok ? { ok: true, getFractionRoundedDown: f.value } : refusalOut(f.error);
    }
    case 'slot': {
      const f = convertToFractionOfSlot({
        useCase: useCase(c['useCase']),
        fractionOfUseCase: Number(c['fractionOfUseCase']),
        allUseCases: (c['allUseCases'] as unknown[]).map(useCase),
        clusterConfig: caseConfig(c),
        stateBackendUsesManagedMemory: c['stateBackendUsesManagedMemory'] === true,
        version,
      });
      return f.ok ? { ok: true, convertToFractionOfSlot: f.value } : refusalOut(f.error);
    }
    case 'conflict': {
      const e = validateWeightsNotConflict(c['weights1'] as Weights, c['weights2'] as Weights);
      return e ? refusalOut(e) : { ok: true, validateUseCaseWeightsNotConflict: 'passed' };
    }
    default:
      throw new Error(`unknown managed op '${String(c['op'])}'`);
  }
};
