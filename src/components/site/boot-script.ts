/**
 * The inline script every page runs first (theme before paint, search hot keys, the language
 * switch keeping the query): `boot.js`, minified at build time. It is inline on every page, so
 * its bytes count in each page's HTML and in a calculator page's JavaScript before interaction.
 */
import source from './boot.js?raw';
import { transformSync } from 'esbuild';

/** The minified boot script (CSP hashes are computed from the built HTML, after this). */
export const BOOT_SCRIPT = transformSync(source, { minify: true, legalComments: 'none' }).code.trim();
