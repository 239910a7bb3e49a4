/** A JSON object is a config map for every version (it is YAML; no flink-conf.yaml line starts with `{`). */
import { describe, expect, it } from 'vitest';
import { detectFormat, parseConfigText } from '~/model/config';
import { FLINK_VERSIONS } from '~/model/types';

describe('JSON config maps', () => {
  const compact = '{"taskmanager.memory.process.size":"4g","taskmanager.numberOfTaskSlots":4}';
  it.each([...FLINK_VERSIONS, undefined])('compact JSON is read as a map (version %s)', (version) => {
    const r = parseConfigText(compact, version === undefined ? {} : { version });
    expect(r.ok && r.format).toBe('config-yaml');
    expect(r.ok && { ...r.config }).toEqual({ 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' });
    // No "flink-conf.yaml would read this differently" notes: a JSON map is not a flink-conf.yaml.
    expect(r.notes).toEqual([]);
  });
  it('nested and pretty JSON flatten like config.yaml; a JSON FlinkDeployment is a FlinkDeployment', () => {
    const r = parseConfigText('{\n  "taskmanager": {"memory": {"process.size": "2g"}}\n}\n', { version: '2.0' });
    expect(r.ok && { ...r.config }).toEqual({ 'taskmanager.memory.process.size': '2g' });
    expect(detectFormat('{"apiVersion":"flink.apache.org/v1beta1","kind":"FlinkDeployment","spec":{}}')).toBe('flink-deployment');
  });
  it('broken JSON gets the YAML syntax message, not "format unknown"', () => {
    const r = parseConfigText('{"taskmanager.memory.process.size":"4g"', { version: '2.0' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.id).not.toBe('config.unknownFormat');
  });
});
