// @ts-check
/**
 * Builds what `npm pack` ships, into `dist-pkg/` (git-ignored):
 *   dist-pkg/bin/flink-memory.mjs   the command line, one plain-JavaScript file (no tsx at run time)
 *   dist-pkg/model/index.mjs        the model (`<package>/model`): derivations, parsers, option registry
 *   dist-pkg/model/types/**.d.ts    its type declarations
 * Both bundles inline their few dependencies (`yaml`), so the packed package installs with no
 * dependencies at all, offline. `node scripts/build-package.mjs [--cli-only]`.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'dist-pkg');
export const CLI_BUNDLE = join(OUT, 'bin', 'flink-memory.mjs');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * @param {string} entry @param {string} outfile
 * @param {'node' | 'neutral'} platform neutral: no Node built-ins, so the model also runs in a browser
 * @param {string} [banner]
 */
async function bundle(entry, outfile, platform, banner) {
  // Written beside and renamed: test files spawning the CLI never see half a file.
  const tmp = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: tmp,
    bundle: true,
    platform,
    // `yaml` resolves to its ES module build (its "default" export), not its CommonJS one.
    mainFields: ['module', 'main'],
    conditions: ['module'],
    external: ['node:*'],
    format: 'esm',
    target: 'node22',
    alias: { '~': join(ROOT, 'src') },
    define: { __FMG_VERSION__: JSON.stringify(pkg.version) },
    ...(banner ? { banner: { js: banner } } : {}),
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(tmp, outfile);
}

/** The command line only: what `npm run flink-memory` and the tests run. */
export async function buildCli() {
  await bundle('src/cli/flink-memory.ts', CLI_BUNDLE, 'neutral', '#!/usr/bin/env node');
}

/** Everything the package ships: CLI, model bundle, model type declarations. */
export async function buildPackage() {
  // Only the model's folder is cleared: other processes (tests) may be running the CLI bundle now.
  rmSync(join(OUT, 'model'), { recursive: true, force: true });
  await buildCli();
  await bundle('src/model/package.ts', join(OUT, 'model', 'index.mjs'), 'neutral');
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.model.json')],
    {
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) throw new Error('build-package: tsc could not write the model declarations');
  addDeclarationExtensions(join(OUT, 'model', 'types'));
}

/**
 * The model imports `./config` and `./types`; a consumer on `moduleResolution: nodenext` needs
 * `./config/index.js` and `./types.js` in the declarations, so each relative specifier is spelled out.
 * @param {string} dir
 */
function addDeclarationExtensions(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, e.name);
    if (e.isDirectory()) {
      addDeclarationExtensions(file);
      continue;
    }
    if (!e.name.endsWith('.d.ts')) continue;
    const text = readFileSync(file, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (m, pre, q, spec) => {
      if (/\.(m?js|json)$/.test(spec)) return m;
      if (existsSync(join(dir, `${spec}.d.ts`))) return `${pre}${q}${spec}.js${q}`;
      if (existsSync(join(dir, spec, 'index.d.ts'))) return `${pre}${q}${spec}/index.js${q}`;
      throw new Error(`build-package: cannot resolve '${spec}' in ${file}`);
    });
    writeFileSync(file, text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await (process.argv.includes('--cli-only') ? buildCli() : buildPackage());
}
