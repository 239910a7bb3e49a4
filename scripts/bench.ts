/**
 * `npm run bench`: builds the site into bench/out/dist and writes bench/report.md + report.json.
 *
 *  1. build: `astro build`, pagefind and total wall time, pages built (BENCH_BUILDS runs, default 3);
 *  2. model throughput: TaskManager, JobManager and network-estimate derivations, advise and diff per second (3 runs);
 *     CLI start-up: the built bundle's `--version` and a `tm` run beside a bare `node -e 0` (ratio);
 *  3. weight per page type (landing, prose chapter, calculator, search opened), en + zh, in Chromium:
 *     HTML, CSS, JS before interaction (load + scroll, no clicks), JS after opening search, fonts —
 *     raw and gzip (tests/browser/budgets-measure.ts);
 *  4. in Chromium: keystroke → updated figures per calculator (performance marks `fmg:input` →
 *     `fmg:rendered`), a chapter's "calculate here" click → live calculator and the JavaScript that
 *     click loads, query typed → first search result and bytes the first search transferred,
 *     per language (BENCH_RUNS runs, default 3);
 *  5. Lighthouse 13 (Debian's Chromium via chrome-launcher, mobile preset, simulated
 *     throttling) on landing, chapter and calculator pages in both languages: the four category
 *     scores and LCP / TBT / CLS (BENCH_LIGHTHOUSE=0 skips it).
 * Timings are reported as median and spread (min–max). Everything is same-origin, no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.env['BENCH_OUT'] ?? join(ROOT, 'bench', 'out', 'dist'));
// BENCH_BUILDS=0 measures an existing build in BENCH_OUT (quicker while iterating).
const BUILDS = Math.max(0, Number(process.env['BENCH_BUILDS'] ?? 3));
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const LIGHTHOUSE = process.env['BENCH_LIGHTHOUSE'] !== '0';
const CHAPTER = process.env['BENCH_CHAPTER'] ?? 'taskmanager-memory';
/** A chapter without a calculator card (prose, formulas, figures). */
const PROSE_CHAPTER = process.env['BENCH_PROSE_CHAPTER'] ?? 'concepts';
const LANGS = ['en', 'zh'] as const;
process.env['FMG_TEST_DIST'] = OUT;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, runs: s.length };
}
const r1 = (n: number) => Math.round(n * 10) / 10;
const fmtStat = (s: Stat, unit: string, digits = 1) =>
  s.runs === 0 ? 'n/a' : `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)}, n=${s.runs})`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const log = (m: string) => console.log(`bench: ${m}`);

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadavgAtStart: loadavg().map(r1), node: process.version },
  settings: { builds: BUILDS, runs: RUNS, chapter: CHAPTER, lighthouse: LIGHTHOUSE },
};
const t0 = performance.now();

// 1. Builds ------------------------------------------------------------------------------------
const astroT: number[] = [];
const pagefindT: number[] = [];
const totalT: number[] = [];
let pagesBuilt = 0;
let pagesIndexed = 0;
for (let i = 0; i < BUILDS; i++) {
  log(`build ${i + 1}/${BUILDS} → ${OUT}`);
  const s = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, FMG_OUT_DIR: OUT },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - s) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-4000), r.stderr.slice(-4000));
    throw new Error(`bench: build failed (exit ${r.status})`);
  }
  const m = /build: astro ([\d.]+) s, pagefind ([\d.]+) s \((\d+) pages indexed\)/.exec(r.stdout);
  if (m) {
    astroT.push(Number(m[1]));
    pagefindT.push(Number(m[2]));
    pagesIndexed = Number(m[3]);
  }
  const built = /(\d+) page\(s\) built in/.exec(r.stdout);
  if (built) pagesBuilt = Number(built[1]);
  totalT.push(wall);
}
if (BUILDS === 0 && !existsSync(join(OUT, 'index.html'))) throw new Error(`bench: BENCH_BUILDS=0 but no build in ${OUT}`);
report['build'] = { astro: stat(astroT), pagefind: stat(pagefindT), total: stat(totalT), pagesBuilt, pagesIndexed };

// 2. Model throughput ---------------------------------------------------------------------------
log('model throughput');
const { benchDerivations } = await import('../src/model/bench');
const { estimateJobOnTm } = await import('../src/model/network/tm');
const { singleShuffleJob } = await import('../src/model/network/job');
const { benchAdvisor } = await import('../src/model/advisor/bench');
const tput: Record<string, number[]> = { TaskManager: [], JobManager: [], 'Network estimate': [], Advise: [], Diff: [] };
const NET_MIX = [
  { config: { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' }, p: 4 },
  { config: { 'taskmanager.memory.process.size': '1728m' }, p: 1 },
  { config: { 'taskmanager.memory.process.size': '16g', 'taskmanager.numberOfTaskSlots': '8' }, p: 64 },
] as const;
const netJobs = NET_MIX.map((x) => ({ job: singleShuffleJob(x.p, Math.max(1, Math.ceil(x.p / 8))), config: x.config }));
for (let run = 0; run < 3; run++) {
  for (const b of benchDerivations(1, '2.0')) tput[b.name]?.push(b.perSecond);
  for (let i = 0; i < 200; i++) estimateJobOnTm(netJobs[i % 3]!.job, netJobs[i % 3]!.config, { version: '2.0' });
  let n = 0;
  const s = performance.now();
  while (performance.now() - s < 1000) {
    for (let i = 0; i < 100; i++, n++) estimateJobOnTm(netJobs[n % 3]!.job, netJobs[n % 3]!.config, { version: '2.0' });
  }
  tput['Network estimate']!.push(Math.round(n / ((performance.now() - s) / 1000)));
  for (const b of benchAdvisor(1)) tput[b.name]?.push(b.perSecond);
}
report['throughput'] = Object.fromEntries(Object.entries(tput).map(([k, v]) => [k, stat(v)]));

// 2b. CLI start-up: the built bundle (as installed) beside a bare `node -e 0`, interleaved so that
// the machine's load hits both alike; the ratio is what the CLI itself costs.
log('CLI start-up');
const { buildCli, CLI_BUNDLE } = await import('./build-package.mjs');
await buildCli();
const wall = (args: string[]): number => {
  const s = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${r.status}`);
  return performance.now() - s;
};
const bareT: number[] = [];
const cliT: number[] = [];
const tmT: number[] = [];
// Warm the file cache first.
for (let i = 0; i < 3; i++) {
  wall(['-e', '0']);
  wall([CLI_BUNDLE, '--version']);
}
for (let i = 0; i < 15; i++) {
  bareT.push(wall(['-e', '0']));
  cliT.push(wall([CLI_BUNDLE, '--version']));
  tmT.push(wall([CLI_BUNDLE, 'tm', '-D', 'taskmanager.memory.process.size=4g', '--json']));
}
report['cliStartup'] = {
  bareNode: stat(bareT),
  version: stat(cliT),
  tm: stat(tmT),
  ratio: r1((stat(cliT).median / stat(bareT).median) * 100) / 100,
};

// 3. + 4. Chromium ------------------------------------------------------------------------------
const { startSite, listPages, calculatorsLive } = await import('../tests/browser/harness');
const { weighPage, recordRequests, searchOnce, sum } = await import('../tests/browser/budgets-measure');
const site = await startSite();
// Measuring an existing build (BENCH_BUILDS=0): count its pages for the report.
if (!pagesBuilt) (report['build'] as { pagesBuilt: number }).pagesBuilt = listPages().length;
type W = { raw: number; gzip: number };
const weights: Record<string, Record<string, Record<string, W>>> = {};
const searchWeights: Record<string, { jsAfterSearch: W; transferred: number; requests: number }> = {};
const { CALCULATOR_NAMES } = await import('../src/components/calculators/registry');
const { TOOL_PAGES } = await import('../src/components/site/routes');
/** Every page type the reader meets, from the site's own registries (calculators, tool pages). */
const PAGES: Record<string, (l: string) => string> = {
  landing: (l) => `/${l}/`,
  chapter: (l) => `/${l}/${PROSE_CHAPTER}/`,
  'chapter + calculator card': (l) => `/${l}/${CHAPTER}/`,
  'calculators index': (l) => `/${l}/calculators/`,
  ...Object.fromEntries(CALCULATOR_NAMES.map((n) => [`${n} calculator`, (l: string) => `/${l}/calculators/${n}/`])),
  ...Object.fromEntries(TOOL_PAGES.map((t) => [t, (l: string) => `/${l}/${t}/`])),
};
try {
  log('page weights');
  for (const lang of LANGS) {
    weights[lang] = {};
    for (const [type, path] of Object.entries(PAGES)) {
      const w = await weighPage(site, path(lang));
      const pick = (x: { raw: number; gzip: number }) => ({ raw: x.raw, gzip: x.gzip });
      weights[lang]![type] = {
        html: pick(w.html),
        css: pick(w.css),
        js: { raw: w.js.raw + w.inlineJs.raw, gzip: w.js.gzip + w.inlineJs.gzip },
        fonts: pick(w.fonts),
        images: pick(w.images),
      };
      if (type === 'chapter') {
        const rec = recordRequests(w.page);
        await searchOnce(w.page, lang === 'zh' ? '内存' : 'memory');
        const after = await rec.settle();
        const js = sum(after, 'js');
        searchWeights[lang] = {
          jsAfterSearch: { raw: js.raw, gzip: js.gzip },
          transferred: after.reduce((a, r) => a + r.transferred, 0),
          requests: after.length,
        };
      }
      await w.page.close();
    }
  }
  report['weight'] = weights;
  report['searchWeight'] = searchWeights;

  log('keystroke → figures');
  const calcPages = listPages().filter((p) => /^\/(en|zh)\/calculators\/[^/]+\/$/.test(p.path));
  const keystroke: Record<string, Stat> = {};
  for (const p of calcPages) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await site.newContext();
      const page = await ctx.newPage();
      await page.goto(site.url(p.path), { waitUntil: 'load' });
      // Live: hydrated and its texts arrived (the keystroke must reach the interactive island).
      await calculatorsLive(page, 20000);
      // A field that re-derives on every keystroke: the process size, else the first parallelism.
      const sized = page.locator(
        '[data-calculator] input[name$="memory.process.size"], [data-calculator] input[name$="-parallelism"]',
      );
      const input =
        (await sized.count()) > 0
          ? sized.first()
          : page.locator('[data-calculator] input[type="text"], [data-calculator] input:not([type])').first();
      await input.click();
      await page.keyboard.press('End');
      for (const key of ['1', 'Backspace', '2', 'Backspace', '3', 'Backspace']) {
        await page.evaluate(() => performance.clearMarks());
        await page.keyboard.press(key);
        const d = await page
          .waitForFunction(
            () => {
              const i = performance.getEntriesByName('fmg:input')[0];
              const r = performance.getEntriesByName('fmg:rendered').at(-1);
              return i && r && r.startTime >= i.startTime ? r.startTime - i.startTime : null;
            },
            null,
            { timeout: 5000 },
          )
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => null);
        if (d !== null) samples.push(d);
      }
      await ctx.close();
    }
    keystroke[p.path] = stat(samples);
  }
  report['keystroke'] = keystroke;

  log('embed: click → live calculator');
  // A chapter's calculator loads on the reader's click: the wait, and the JavaScript it brings.
  const embed: Record<string, { clickMs: Stat; js: W }> = {};
  for (const lang of LANGS) {
    const samples: number[] = [];
    let js: W = { raw: 0, gzip: 0 };
    for (let run = 0; run < RUNS; run++) {
      const ctx = await site.newContext();
      const page = await ctx.newPage();
      await page.goto(site.url(`/${lang}/${CHAPTER}/`), { waitUntil: 'load' });
      const rec = recordRequests(page);
      const s = performance.now();
      await page.click('[data-embed-open]');
      await page.waitForSelector('[data-embed] [data-calculator][data-live]', { timeout: 20000 });
      samples.push(performance.now() - s);
      const after = await rec.settle();
      const j = sum(after, 'js');
      js = { raw: j.raw, gzip: j.gzip };
      await ctx.close();
    }
    embed[lang] = { clickMs: stat(samples), js };
  }
  report['embed'] = embed;

  log('query → first result');
  const searchTime: Record<string, Stat> = {};
  for (const lang of LANGS) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await site.newContext();
      const page = await ctx.newPage();
      await page.goto(site.url(`/${lang}/${CHAPTER}/`), { waitUntil: 'load' });
      await page.click('button[data-search-open]');
      const box = page.locator('dialog.search-dialog input[type=search]');
      await box.waitFor();
      const s = performance.now();
      await box.fill(lang === 'zh' ? '托管内存' : 'managed memory');
      await page.waitForSelector('.search-results a', { timeout: 30000 });
      samples.push(performance.now() - s);
      await ctx.close();
    }
    searchTime[lang] = stat(samples);
  }
  report['searchTime'] = searchTime;

  log('diagnose: 20 MB paste');
  // Time to the result, and the longest gap between animation frames while the worker reads the
  // paste: a gap near 16 ms means the page stayed responsive.
  const diagnose: Record<string, { totalMs: Stat; longestFrameMs: Stat }> = {};
  for (const lang of LANGS) {
    const total: number[] = [];
    const frames: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await site.newContext();
      const page = await ctx.newPage();
      await page.goto(site.url(`/${lang}/diagnose/`), { waitUntil: 'load' });
      await page.waitForSelector('astro-island:not([ssr]) [data-diagnose]');
      // A string, not a function: tsx would wrap named helpers in `__name`, unknown in the page.
      const r = (await page.evaluate(`(async () => {
        const line = '2024-05-01 12:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint 42 (1234 bytes).\\n';
        const dt = new DataTransfer();
        dt.setData('text/plain', line.repeat(Math.ceil(20000000 / line.length)) + 'java.lang.OutOfMemoryError: Metaspace\\n');
        let last = performance.now(), longest = 0, done = false;
        requestAnimationFrame(function tick() {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (!done) requestAnimationFrame(tick);
        });
        const t0 = performance.now();
        document.querySelector('#diagnose-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        while (!document.querySelector('[data-diagnosis="metaspace"]')) await new Promise((res) => setTimeout(res, 20));
        done = true;
        return { totalMs: performance.now() - t0, longestFrameMs: longest };
      })()`)) as { totalMs: number; longestFrameMs: number };
      total.push(r.totalMs);
      frames.push(r.longestFrameMs);
      await ctx.close();
    }
    diagnose[lang] = { totalMs: stat(total), longestFrameMs: stat(frames) };
  }
  report['diagnose20mb'] = diagnose;

  log('calculator import: 1 MB and 5 MB paste');
  // Paste → message in the TaskManager calculator's import panel, and the longest main-thread
  // task meanwhile (PerformanceObserver 'longtask'): the parse runs in a worker, 5 MB is refused.
  const imports: Record<string, { totalMs: Stat; longestTaskMs: Stat }> = {};
  for (const size of [1, 5] as const) {
    const total: number[] = [];
    const tasks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await site.newContext();
      const page = await ctx.newPage();
      await page.goto(site.url('/en/calculators/taskmanager/'), { waitUntil: 'load' });
      await calculatorsLive(page);
      await page.click('[data-calculator="taskmanager"] [data-panel="import"] summary');
      await page.waitForSelector('[data-calculator="taskmanager"] [data-panel="import"] textarea');
      const r = (await page.evaluate(`(async () => {
        const lines = [];
        for (let i = 0; i < 4900; i++) lines.push('some.unrelated.option.number' + i + ': ' + 'v'.repeat(170));
        let text = 'taskmanager.memory.process.size: 3g\\n' + lines.join('\\n') + '\\n';
        text = ${size} === 1 ? text.slice(0, 990000) : text.repeat(Math.ceil(5000000 / text.length));
        let longest = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
        const dt = new DataTransfer();
        dt.setData('text/plain', text);
        const t0 = performance.now();
        document.querySelector('[data-calculator="taskmanager"] [data-panel="import"] textarea')
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        const sel = '[data-calculator="taskmanager"] [data-import-result="ok"], [data-calculator="taskmanager"] [data-import-result="error"]';
        while (!document.querySelector(sel)) await new Promise((res) => setTimeout(res, 20));
        const totalMs = performance.now() - t0;
        await new Promise((res) => setTimeout(res, 100));
        return { totalMs, longestTaskMs: longest };
      })()`)) as { totalMs: number; longestTaskMs: number };
      total.push(r.totalMs);
      tasks.push(r.longestTaskMs);
      await ctx.close();
    }
    imports[`${size} MB`] = { totalMs: stat(total), longestTaskMs: stat(tasks) };
  }
  report['calculatorImport'] = imports;
} finally {
  await site.close();
}

// 5. Lighthouse ---------------------------------------------------------------------------------
interface LhResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits below full score in accessibility, best practices and SEO (what keeps them under 100). */
  failing: string[];
}
const lighthouse: Record<string, LhResult | { error: string }> = {};
if (LIGHTHOUSE) {
  log('Lighthouse');
  const { startServer } = await import('./serve.mjs');
  const { launch } = await import('chrome-launcher');
  const lh = (await import('lighthouse')).default;
  const { CHROMIUM, CHROMIUM_ARGS } = await import('../tests/browser/harness');
  const server = await startServer({ root: OUT, port: 0 });
  const userDataDir = join(ROOT, 'bench', 'out', 'lh-profile');
  mkdirSync(userDataDir, { recursive: true });
  const chrome = await launch({
    chromePath: process.env['CHROME_PATH'] ?? CHROMIUM,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    userDataDir,
  });
  try {
    for (const lang of LANGS) {
      for (const [type, path] of Object.entries(PAGES)) {
        const url = server.url + path(lang).slice(1);
        try {
          const r = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error' });
          const lhr = r?.lhr;
          if (!lhr) throw new Error('no result');
          const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
          const num = (k: string) => Number(lhr.audits[k]?.numericValue ?? NaN);
          lighthouse[`${lang} ${type}`] = {
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: Math.round(num('largest-contentful-paint')),
            tbtMs: Math.round(num('total-blocking-time')),
            cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
            failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
              (lhr.categories[c]?.auditRefs ?? [])
                .filter((a) => a.weight > 0 && (lhr.audits[a.id]?.score ?? 1) < 1)
                .map((a) => `${c}:${a.id}`),
            ),
          };
          log(`Lighthouse ${lang} ${type}: ${JSON.stringify(lighthouse[`${lang} ${type}`])}`);
        } catch (e) {
          lighthouse[`${lang} ${type}`] = { error: String(e) };
        }
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}
report['lighthouse'] = lighthouse;
report['benchSeconds'] = r1((performance.now() - t0) / 1000);

// Report ----------------------------------------------------------------------------------------
const b = report['build'] as { astro: Stat; pagefind: Stat; total: Stat; pagesBuilt: number; pagesIndexed: number };
const cli = report['cliStartup'] as { bareNode: Stat; version: Stat; tm: Stat; ratio: number };
const md: string[] = [
  `# Bench report`,
  '',
  `${report['date']} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · Node ${process.version} · load average at start ${loadavg().map(r1).join(' / ')}`,
  `Median (min–max, n runs). Sizes from the built files: raw / gzip -9. Reproduce: \`npm run bench\`.`,
  '',
  '## Build',
  '',
  '| step | time |',
  '|---|---|',
  `| astro build | ${fmtStat(b.astro, 's')} |`,
  `| pagefind | ${fmtStat(b.pagefind, 's')} |`,
  `| total (npm run build) | ${fmtStat(b.total, 's')} |`,
  `| pages built / indexed | ${b.pagesBuilt} / ${b.pagesIndexed} |`,
  '',
  '## Model throughput (derivations per second, one thread)',
  '',
  '| derivation | per second |',
  '|---|---|',
  ...Object.entries(report['throughput'] as Record<string, Stat>).map(([k, s]) => `| ${k} | ${fmtStat(s, '/s', 0)} |`),
  '',
  '## Command line start-up (built bundle, 15 runs each, interleaved)',
  '',
  '| command | wall time |',
  '|---|---|',
  `| node -e 0 | ${fmtStat(cli.bareNode, 'ms', 0)} |`,
  `| flink-memory --version | ${fmtStat(cli.version, 'ms', 0)} (${cli.ratio}× node -e 0) |`,
  `| flink-memory tm … --json | ${fmtStat(cli.tm, 'ms', 0)} |`,
  '',
  '## Weight per page type (before interaction: load + scroll, no clicks)',
  '',
  '| page | HTML | CSS | JS | fonts |',
  '|---|---|---|---|---|',
];
for (const lang of LANGS) {
  for (const [type, w] of Object.entries(weights[lang] ?? {})) {
    const c = (x: W) => `${kb(x.raw)} / ${kb(x.gzip)}`;
    md.push(
      `| ${lang} ${type} (${PAGES[type]!(lang)}) | ${c(w['html']!)} | ${c(w['css']!)} | ${c(w['js']!)} | ${c(w['fonts']!)} |`,
    );
  }
}
md.push(
  '',
  '## Search (opened on the chapter page, first query)',
  '',
  '| language | JS after opening | transferred by the first search | requests | query → first result |',
  '|---|---|---|---|---|',
);
for (const lang of LANGS) {
  const s = searchWeights[lang];
  const t = (report['searchTime'] as Record<string, Stat>)[lang];
  if (s && t)
    md.push(
      `| ${lang} | ${kb(s.jsAfterSearch.raw)} / ${kb(s.jsAfterSearch.gzip)} | ${kb(s.transferred)} | ${s.requests} | ${fmtStat(t, 'ms', 0)} |`,
    );
}
md.push('', '## Diagnose: a 20 MB paste', '', '| language | paste → result | longest frame while reading |', '|---|---|---|');
for (const [l, d] of Object.entries(report['diagnose20mb'] as Record<string, { totalMs: Stat; longestFrameMs: Stat }>)) {
  md.push(`| ${l} | ${fmtStat(d.totalMs, 'ms', 0)} | ${fmtStat(d.longestFrameMs, 'ms', 0)} |`);
}
md.push(
  '',
  '## Calculator import: a pasted configuration',
  '',
  '| paste | paste → message | longest main-thread task |',
  '|---|---|---|',
);
for (const [k, d] of Object.entries(
  (report['calculatorImport'] ?? {}) as Record<string, { totalMs: Stat; longestTaskMs: Stat }>,
)) {
  md.push(`| ${k} | ${fmtStat(d.totalMs, 'ms', 0)} | ${fmtStat(d.longestTaskMs, 'ms', 0)} |`);
}
md.push(
  '',
  `## A chapter's calculator: click → live calculator (${CHAPTER})`,
  '',
  '| language | click → live | JS it loads (raw / gzip) |',
  '|---|---|---|',
);
for (const [l, e] of Object.entries(report['embed'] as Record<string, { clickMs: Stat; js: W }>)) {
  md.push(`| ${l} | ${fmtStat(e.clickMs, 'ms', 0)} | ${kb(e.js.raw)} / ${kb(e.js.gzip)} |`);
}
md.push('', '## Keystroke → updated figures (performance marks)', '', '| calculator page | time |', '|---|---|');
for (const [p, s] of Object.entries(report['keystroke'] as Record<string, Stat>)) md.push(`| ${p} | ${fmtStat(s, 'ms')} |`);
md.push('', '## Lighthouse 13 (mobile, simulated throttling)', '');
if (!LIGHTHOUSE) md.push('Skipped (BENCH_LIGHTHOUSE=0).');
else {
  md.push(
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | below 100 because |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const [k, v] of Object.entries(lighthouse)) {
    if ('error' in v) md.push(`| ${k} | error: ${v.error.slice(0, 80)} | | | | | | | |`);
    else
      md.push(
        `| ${k} | ${v.performance} | ${v.accessibility} | ${v.bestPractices} | ${v.seo} | ${v.lcpMs} ms | ${v.tbtMs} ms | ${v.cls} | ${v.failing.join(', ')} |`,
      );
  }
}
md.push('', `Bench took ${report['benchSeconds']} s.`, '');
const dir = join(ROOT, 'bench');
if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(dir, 'report.md'), md.join('\n'));
console.log(md.join('\n'));

// The README keeps a short table of the latest figures (`npm run bench -- --readme`, or BENCH_README=1).
if (process.argv.includes('--readme') || process.env['BENCH_README'] === '1') {
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:table -->';
  const end = '<!-- /bench:table -->';
  if (text.includes(start) && text.includes(end)) {
    const g = (x: W | undefined) => (x ? kb(x.gzip) : 'n/a');
    const lhCell = (k: string) => {
      const v = lighthouse[k];
      return !v ? 'n/a' : 'error' in v ? 'error' : `${v.performance} / ${v.accessibility} / ${v.bestPractices} / ${v.seo}`;
    };
    const ks = Object.values(report['keystroke'] as Record<string, Stat>).map((x) => x.median);
    const st = report['searchTime'] as Record<string, Stat>;
    const tp = report['throughput'] as Record<string, Stat>;
    const rows = [
      `Measured ${String(report['date']).slice(0, 10)} on ${cpus().length} cores (load average ${loadavg().map(r1).join(' / ')} — a shared, busy machine).`,
      '',
      '| page (gzip) | HTML | CSS | JS before interaction | Lighthouse perf / a11y / best practices / SEO |',
      '|---|---|---|---|---|',
      ...LANGS.flatMap((l) =>
        Object.keys(PAGES).map((t) => {
          const w = weights[l]?.[t];
          return `| ${l} ${t} | ${g(w?.['html'])} | ${g(w?.['css'])} | ${g(w?.['js'])} | ${lhCell(`${l} ${t}`)} |`;
        }),
      ),
      '',
      '| figure | median (min–max) |',
      '|---|---|',
      `| build (astro + pagefind), ${b.pagesBuilt} pages | ${fmtStat(b.total, 's')} |`,
      ...Object.entries(tp).map(([k, x]) => `| ${k} derivations | ${fmtStat(x, '/s', 0)} |`),
      `| CLI start-up (\`flink-memory --version\`) | ${fmtStat(cli.version, 'ms', 0)}, ${cli.ratio}× a bare \`node -e 0\` (${fmtStat(cli.bareNode, 'ms', 0)}) |`,
      `| keystroke → figures (all calculators) | ${ks.length ? fmtStat(stat(ks), 'ms') : 'n/a'} |`,
      ...LANGS.map((l) => {
        const e = (report['embed'] as Record<string, { clickMs: Stat; js: W }>)[l];
        return `| ${l} chapter: "calculate here" → live calculator | ${e ? `${fmtStat(e.clickMs, 'ms', 0)}, ${kb(e.js.gzip)} JS` : 'n/a'} |`;
      }),
      ...LANGS.map((l) => `| ${l} query → first result (cold) | ${st?.[l] ? fmtStat(st[l]!, 'ms', 0) : 'n/a'} |`),
      ...LANGS.map((l) => `| ${l} first search transferred | ${searchWeights[l] ? kb(searchWeights[l]!.transferred) : 'n/a'} |`),
    ];
    writeFileSync(
      readme,
      text.slice(0, text.indexOf(start) + start.length) + '\n' + rows.join('\n') + '\n' + text.slice(text.indexOf(end)),
    );
    log('updated the table in README.md');
  }
}
log(`wrote bench/report.md and bench/report.json in ${report['benchSeconds']} s`);
