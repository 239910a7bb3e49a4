/**
 * The texts an island needs (UI strings, input specs, link-problem texts) travel as a static
 * JSON file per calculator and language instead of as serialised island props: the page's HTML
 * stays small, and a reader who opens several calculators fetches each table once (HTTP cache).
 *
 * On the server the page hands the table over in-process (`provideIslandData`), so the HTML is
 * rendered in full. In the browser the island first keeps the server's DOM untouched (an empty
 * `dangerouslySetInnerHTML` is not applied while hydrating), fetches the table, then renders the
 * live calculator in its place — same markup, so nothing moves. The live root carries
 * `data-live`; until then the figures are the server's and stay readable if the fetch fails.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { h, render, type ComponentType } from 'preact';
import { stateFromPreset } from './state';
import type { Lazy } from './lazy';
import type { IslandData, IslandDataRef, IslandOwnProps, ModelModule, MountIn, WithHuman } from './types';

const tables = new Map<string, IslandData>();
const inFlight = new Map<string, Promise<IslandData>>();

/** Server side: makes `data` available to islands rendered with `dataUrl` in this process. */
export function provideIslandData(dataUrl: string, data: IslandData): void {
  tables.set(dataUrl, data);
}

function isIslandData(x: unknown): x is IslandData {
  const o = x as Partial<IslandData> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.t === 'object' &&
    Array.isArray(o.fields) &&
    typeof o.urlTexts === 'object' &&
    Array.isArray(o.related)
  );
}

/** Browser side: one request per table and page, shared by every island that needs it. */
export function fetchIslandData(dataUrl: string): Promise<IslandData> {
  const known = tables.get(dataUrl);
  if (known) return Promise.resolve(known);
  let p = inFlight.get(dataUrl);
  if (!p) {
    p = fetch(dataUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${dataUrl}: HTTP ${r.status}`))))
      .then((d: unknown) => {
        if (!isIslandData(d)) throw new Error(`${dataUrl}: not a calculator table`);
        tables.set(dataUrl, d);
        return d;
      });
    p.catch(() => inFlight.delete(dataUrl));
    inFlight.set(dataUrl, p);
  }
  return p;
}

/**
 * Wraps a calculator so that it is server-rendered from the in-process table and, in the
 * browser, goes live once its table has arrived. `live` is false only on the server. The wrapper
 * also carries `mount`, with which a chapter mounts the calculator on a click (`embed.ts`): a
 * property, not a second export, so the island's chunk stays the island's entry.
 */
export function withIslandData<P extends object, R>(
  Inner: ComponentType<P & IslandData & { live: boolean; typed?: Readonly<Record<string, string>> | undefined }>,
  load: Lazy<ModelModule<R>>,
) {
  const server = typeof window === 'undefined';
  function Island(props: P & IslandDataRef) {
    // A table already here (the server's, or fetched before an embed was mounted) renders at once.
    const [data, setData] = useState<IslandData | null>(() => tables.get(props.dataUrl) ?? null);
    const shell = useRef<HTMLDivElement>(null);
    const [typed, setTyped] = useState<Record<string, string>>({});
    const [tableFailed, setTableFailed] = useState(false);
    useEffect(() => {
      let on = true;
      fetchIslandData(props.dataUrl).then(
        (d) => {
          if (!on) return;
          // What the reader typed into the server's form before it went live is kept.
          if (shell.current) setTyped(typedIn(shell.current));
          setData(d);
        },
        // The server's figures stay on the page, marked (CSS) as not a link's own, and the page's
        // "could not load" note shows (Calculator.astro); the URL keeps the link's state.
        () => on && setTableFailed(true),
      );
      return () => {
        on = false;
      };
    }, [props.dataUrl]);
    if (!data) {
      if (server) throw new Error(`calculator table ${props.dataUrl} was not provided`);
      return (
        <div ref={shell} class="calc" dangerouslySetInnerHTML={{ __html: '' }} data-table-failed={tableFailed ? '' : undefined} />
      );
    }
    return <Inner {...props} {...data} live={!server} typed={typed} />;
  }
  Island.displayName = `WithIslandData(${Inner.displayName ?? Inner.name})`;
  /**
   * Mounts the calculator outside Astro's islands: its table and its model load side by side, so
   * the first render is the whole calculator with the preset's figures (which the server computes
   * for an island).
   */
  Island.mount = (async (props, slot, extras) => {
    const [model] = await Promise.all([load(), fetchIslandData(props.dataUrl)]);
    const initial = model.compute(stateFromPreset(props.preset, extras));
    render(
      h(Island as unknown as ComponentType<IslandOwnProps & IslandDataRef & { initial: WithHuman<R> }>, { ...props, initial }),
      slot,
    );
  }) as MountIn;
  return Island;
}

/** Values the reader changed in the server-rendered form (by input name), before it went live. */
export function typedIn(root: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (el instanceof HTMLSelectElement) {
      const changed = [...el.options].some((o) => o.selected !== o.defaultSelected);
      if (changed) out[el.name] = el.value;
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      continue;
    } else if (el.value !== el.defaultValue) {
      out[el.name] = el.value;
    }
  }
  return out;
}
