/**
 * Links from one calculator to the next question a reader has ("how RocksDB splits this managed
 * memory", "will my shuffles fit"), carrying the state both calculators read: the version, the
 * mode, and the options the reader set that the target calculator also has a field for, on top
 * of the target's own starting preset. What a target reads travels in the island's table
 * (`relatedTargets`, built from the registry), so the page does not load the other definitions.
 */
import { cleanConfig } from './viewmodel';
import type { CalcState, RelatedTarget } from './types';

/** The target calculator's page with the shared part of `state` as its query. */
export function relatedHref(pageHref: string, target: RelatedTarget, state: CalcState): string {
  const keys = new Set(target.keys);
  // The target's own starting options (e.g. the RocksDB backend) stay; the shared keys override them.
  const q = new URLSearchParams(Object.entries(target.preset).filter(([k]) => k !== 'v' && k !== 'mode'));
  q.set('v', state.v);
  if (state.mode !== 'standalone' && target.modes.includes(state.mode)) q.set('mode', state.mode);
  for (const [k, v] of Object.entries(cleanConfig(state.config))) if (keys.has(k)) q.set(k, v);
  return `${pageHref.replace(/calculators\/[^/]+\/$/, `calculators/${target.name}/`)}?${q.toString()}`;
}

/** A short list of links to other calculators with the shared state. */
export function RelatedLinks(props: { pageHref: string; state: CalcState; targets: readonly RelatedTarget[] }) {
  if (props.targets.length === 0) return null;
  return (
    <ul class="calc__related" data-related="">
      {props.targets.map((l) => (
        <li key={l.name}>
          <a href={relatedHref(props.pageHref, l, props.state)} data-related-to={l.name}>
            {l.text} →
          </a>
        </li>
      ))}
    </ul>
  );
}
