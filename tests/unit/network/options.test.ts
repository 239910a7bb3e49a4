import { describe, expect, it } from 'vitest';
import { defaultFor, isReadIn, optionFor } from '~/model/options';
import { NETWORK_OPTIONS } from '~/model/options/network';
import { ROCKSDB_OPTIONS } from '~/model/options/rocksdb';

describe('network / RocksDB option registry', () => {
  it('defaults per version', () => {
    expect(defaultFor('taskmanager.network.sort-shuffle.min-buffers', '1.14')).toBe('64');
    expect(defaultFor('taskmanager.network.sort-shuffle.min-buffers', '1.15')).toBe('512');
    expect(defaultFor('taskmanager.network.memory.buffer-debloat.period', '1.14')).toBe('500 ms');
    expect(defaultFor('taskmanager.network.memory.buffer-debloat.period', '1.15')).toBe('200 ms');
    expect(defaultFor('taskmanager.memory.managed.consumer-weights', '1.12')).toBe('DATAPROC:70,PYTHON:30');
    expect(defaultFor('taskmanager.memory.managed.consumer-weights', '2.0')).toBe('OPERATOR:70,STATE_BACKEND:70,PYTHON:30');
    expect(defaultFor('state.backend.rocksdb.memory.write-buffer-ratio', '2.3')).toBe('0.5');
  });
  it('2.0 no longer reads B, F, max-per-channel, overdraft, sort-shuffle min parallelism (hard-coded)', () => {
    for (const k of [
      'taskmanager.network.memory.buffers-per-channel',
      'taskmanager.network.memory.floating-buffers-per-gate',
      'taskmanager.network.memory.max-buffers-per-channel',
      'taskmanager.network.memory.max-overdraft-buffers-per-gate',
      'taskmanager.network.sort-shuffle.min-parallelism',
    ]) {
      expect(isReadIn(k, '1.20'), k).toBe(true);
      expect(isReadIn(k, '2.0'), k).toBe(false);
      expect(optionFor(k)?.removal).toBe('ignored');
    }
    expect(isReadIn('taskmanager.network.memory.read-buffer.required-per-gate.max', '1.16')).toBe(false);
    expect(isReadIn('state.backend.rocksdb.memory.fixed-per-tm', '1.16')).toBe(false);
    expect(isReadIn('state.backend.rocksdb.memory.fixed-per-tm', '1.17')).toBe(true);
  });
  it('every option has en and zh descriptions', () => {
    for (const o of [...NETWORK_OPTIONS, ...ROCKSDB_OPTIONS]) {
      expect(o.description.en.length, o.key).toBeGreaterThan(10);
      expect(o.description.zh, o.key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
