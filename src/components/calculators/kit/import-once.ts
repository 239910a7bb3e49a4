/**
 * A shared dynamic import, dependency-free so that a chapter's click handler (`embed.ts`) can use
 * it without bringing Preact along. `lazy.ts` builds the rendering side on it.
 */

/** A shared dynamic import; `value` is the module once it has arrived. */
export interface Lazy<T> {
  (): Promise<T>;
  readonly value: T | undefined;
}

/** A dynamic import made once per page and shared; after a failure the next call tries again. */
export function importOnce<T>(load: () => Promise<T>): Lazy<T> {
  let p: Promise<T> | null = null;
  const state: { value: T | undefined } = { value: undefined };
  const get = () =>
    (p ??= load().then(
      (m) => (state.value = m),
      (e: unknown) => {
        p = null;
        throw e;
      },
    ));
  return Object.defineProperty(get, 'value', { get: () => state.value }) as Lazy<T>;
}
