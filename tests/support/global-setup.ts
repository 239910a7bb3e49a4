/** Builds the CLI bundle once, before the test files that spawn it run in parallel. */
export default async function setup(): Promise<void> {
  const { buildCli } = await import('../../scripts/build-package.mjs');
  await buildCli();
}
