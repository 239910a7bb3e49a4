/**
 * The network-buffer calculator: the TaskManager's buffers, a small job editor, required / wanted
 * buffers per gate, partition and TaskManager, buffer debloating and T = P × (B + F).
 */
import { DEPLOYMENT_MODES } from '~/model/types';
import type { CalculatorDefinition } from '../kit/types';
import { TM_FIELDS } from '../taskmanager/definition';

export const network = {
  name: 'network',
  strings: 'net',
  alsoStrings: ['tm', 'rot'],
  fields: [
    ...TM_FIELDS.filter(([, g]) => g !== 'legacy' && g !== 'slots'),
    ...[
      'taskmanager.network.memory.buffers-per-channel',
      'taskmanager.network.memory.floating-buffers-per-gate',
      'taskmanager.network.memory.max-buffers-per-channel',
      'taskmanager.network.memory.max-overdraft-buffers-per-gate',
      'taskmanager.network.memory.read-buffer.required-per-gate.max',
      'taskmanager.network.sort-shuffle.min-buffers',
      'taskmanager.network.sort-shuffle.min-parallelism',
      'taskmanager.network.memory.buffer-debloat.enabled',
      'taskmanager.network.memory.buffer-debloat.target',
    ].map((k) => [k, 'network'] as const),
  ],
  extras: ['job', 'slots', 'P', 'B', 'F', 'tput', 'inuse'],
  preset: {
    'taskmanager.memory.process.size': '1728m',
    job: 'source*4,sink*4;source>sink:all-to-all:PIPELINED_BOUNDED',
    slots: '4',
  },
  modes: DEPLOYMENT_MODES.filter((m) => m !== 'local'),
  related: ['taskmanager'],
} as const satisfies CalculatorDefinition<'network'>;
