// @ts-check
/**
 * `npm run bench`: TaskManager and JobManager derivations per second (src/model/bench.ts), run
 * through tsx like the CLI. A benchmark, not a test: it reports, it does not assert.
 */
import { spawnSync } from 'node:child_process';

const code = `
import { benchDerivations } from './src/model/bench.ts';
const seconds = Number(process.env.BENCH_SECONDS ?? '2');
for (const r of benchDerivations(seconds)) {
  console.log(r.name.padEnd(12) + String(r.perSecond).padStart(10) + ' /s wall' + (r.perCpuSecond === null ? '' : String(r.perCpuSecond).padStart(10) + ' /s CPU') + '   (' + r.derivations + ' derivations in ' + r.seconds.toFixed(2) + ' s)');
}
`;
const r = spawnSync('npx', ['tsx', '--input-type=module', '-e', code], { stdio: 'inherit' });
process.exit(r.status ?? 1);
