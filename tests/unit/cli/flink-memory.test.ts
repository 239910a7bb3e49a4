/** The command line end to end: output layout, exit codes, --json, --config, --lang. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExact } from '~/cli/json';
import { FLINK_VERSIONS, NEWEST_VERSION } from '~/model/types';
import PKG from '../../../package.json';

const cli = (args: string[], input?: string) => runCli(args, input);

describe('flink-memory CLI', { timeout: 90_000 }, () => {
  it("tm prints Flink's log block, the JVM flags and the -D string", () => {
    const r = cli(['tm', '-D', 'taskmanager.memory.process.size=1728m', '--flink-version', '1.20.1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      [
        'Final TaskExecutor Memory configuration:',
        '  Total Process Memory:          1.688gb (1811939328 bytes)',
        '    Total Flink Memory:          1.250gb (1342177280 bytes)',
        '      Total JVM Heap Memory:     512.000mb (536870902 bytes)',
        '        Framework:               128.000mb (134217728 bytes)',
        '        Task:                    384.000mb (402653174 bytes)',
        '      Total Off-heap Memory:     768.000mb (805306378 bytes)',
        '        Managed:                 512.000mb (536870920 bytes)',
        '        Total JVM Direct Memory: 256.000mb (268435458 bytes)',
        '          Framework:             128.000mb (134217728 bytes)',
        '          Task:                  0 bytes',
        '          Network:               128.000mb (134217730 bytes)',
        '    JVM Metaspace:               256.000mb (268435456 bytes)',
        '    JVM Overhead:                192.000mb (201326592 bytes)',
      ].join('\n'),
    );
    expect(r.stdout).toContain('-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456');
    expect(r.stdout).toContain('-D taskmanager.memory.network.min=134217730b -D taskmanager.cpu.cores=1.0');
  });

  it("jm refusal: Flink's message then the explanation, exit 1; Chinese with --lang zh", () => {
    const en = cli(['jm', '-Djobmanager.memory.process.size=500m', '--flink-version', '2.0']);
    expect(en.status).toBe(1);
    expect(en.stdout).toContain(
      'IllegalConfigurationException: The configured Total Flink Memory (52.000mb (54525952 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    );
    expect(en.stdout).toContain('Fix: ');
    const zh = cli(['jm', '-Djobmanager.memory.process.size=500m', '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain('修复：');
  });

  it('--json keeps exact integers and carries the explanation on refusal', () => {
    const ok = cli(['tm', '-D', 'taskmanager.memory.process.size=9223372036854775807', '--json']);
    expect(ok.status).toBe(0);
    const body = parseExact(ok.stdout) as { result: { ok: boolean; totalProcess: bigint } };
    expect(body.result.totalProcess).toBe(9223372036854775807n);
    const bad = cli(['tm', '--json']);
    expect(bad.status).toBe(1);
    expect((parseExact(bad.stdout) as { result: { explanation: { title: string } } }).result.explanation.title).toBe(
      'No TaskManager memory size is set',
    );
  });

  it('--config reads a config.yaml (and -D wins over it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmg-cli-'));
    const file = join(dir, 'config.yaml');
    writeFileSync(file, 'taskmanager:\n  memory:\n    process:\n      size: 4g\n  numberOfTaskSlots: 2\n');
    const r = cli(['tm', '--config', file, '--json']);
    expect(r.status).toBe(0);
    const body = parseExact(r.stdout) as { result: { totalProcess: number; numSlots: number } };
    expect([body.result.totalProcess, body.result.numSlots]).toEqual([4294967296, 2]);
    const over = parseExact(cli(['tm', '--config', file, '-D', 'taskmanager.memory.process.size=2g', '--json']).stdout) as {
      result: { totalProcess: number };
    };
    expect(over.result.totalProcess).toBe(2147483648);
  });

  it('size parses like MemorySize.parse', () => {
    const r = cli(['size', '1728m']);
    expect([r.status, r.stdout]).toEqual([0, '1811939328\n1728 mb\n1.688gb (1811939328 bytes)\n']);
    const bad = cli(['size', '1.5g']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("IllegalArgumentException: Memory size unit '.5g' does not match any of the recognized units");
  });

  it('usage errors exit 2 with a message', () => {
    const r = cli(['tm', '--flink-version', '1.9']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown Flink version '1.9'");
    expect(cli(['frobnicate']).status).toBe(2);
  });

  it('conform answers unknown kinds and broken lines without crashing', () => {
    const r = cli(['conform'], '{"id":"a","kind":"nope","flinkVersion":"2.0"}\nnot json\n');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '{"id":"a","actual":{"error":"unknown kind \'nope\'"}}',
      '{"id":null,"actual":{"error":"invalid JSON line"}}',
    ]);
  });
});

describe('flink-memory --help and --version', () => {
  it.each([['--help'], ['-h'], ['help'], ['tm', '--help']])('%s prints the usage and exits 0', (...args) => {
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: flink-memory <command>/);
    expect(r.stderr).toBe('');
  });

  it('--version prints the tool version and the newest Flink version it models', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`flink-memory ${PKG.version} (models Flink ${FLINK_VERSIONS[0]} to ${NEWEST_VERSION})`);
  });

  it.each([[['--frobnicate']], [['tm', '--frobnicate']]])('an unknown option is a usage error (exit 2): %j', (args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --frobnicate');
  });
});
