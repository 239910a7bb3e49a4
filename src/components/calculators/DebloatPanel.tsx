/**
 * Where the network calculator shows its buffer-debloating panel. The panel's view
 * (`DebloatPanelView`) travels with the lazily loaded model chunk, which registers it on import
 * (on the server at once), so the panel adds next to nothing to the JavaScript before
 * interaction. Until then this slot shows the server-rendered panel, captured before the island
 * renders over it; the view takes over what a reader may already have typed into it.
 */
import type { ComponentType } from 'preact';
import type { CalcStrings } from '~/i18n/calculators';
import type { DebloatView } from './compute-network';
import type { CalcStateApi } from './useCalcState';

export interface DebloatPanelProps {
  t: CalcStrings;
  uid: string;
  /** The model's figures; absent until the model chunk has loaded (see `NetworkView`). */
  d: DebloatView | undefined;
  hr: (b: bigint) => string;
  /** The calculator's state: version and the link extras `tput`, `inuse`. */
  st: Pick<CalcStateApi, 'state' | 'setExtra'>;
}

/**
 * The registered view. A global, not an import: importing from the lazy chunk back into the
 * island's entry chunk makes the bundler add a facade file to every page.
 */
export interface DebloatRegistry {
  __fmgDebloatPanel?: ComponentType<DebloatPanelProps & { d: DebloatView }>;
}

// The server's panels, by slot id, read before any island renders (and may replace) them.
const ssr: Record<string, string> = {};
if (typeof document !== 'undefined') for (const e of document.querySelectorAll('[data-debloat-slot]')) ssr[e.id] = e.innerHTML;

export function DebloatPanel(props: DebloatPanelProps) {
  const View = (globalThis as DebloatRegistry).__fmgDebloatPanel;
  const id = `${props.uid}-debloat-slot`;
  return View && props.d ? (
    <div id={id} data-debloat-slot="">
      <View {...props} d={props.d} />
    </div>
  ) : (
    <div id={id} data-debloat-slot="" dangerouslySetInnerHTML={{ __html: ssr[id] ?? '' }} />
  );
}
