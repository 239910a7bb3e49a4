/**
 * Links from one calculator to the next question a reader has ("how RocksDB splits this managed
 * memory", "will my shuffles fit"), carrying the state both calculators read: the version, the
 * mode, and the options the reader set that the target calculator also has a field for, on top
 * of the target's own starting preset.
 */
import { calculator, type CalculatorName } from '../registry';
import { cleanConfig } from './viewmodel';
import type { CalcState } from './types';

/** The target calculator's page with the shared part of `state` as its query. */
export function relatedHref(pageHref: string, target: CalculatorName, state: CalcState): string {
  const keys = new Set(calculator(target).fields.map(([k]) => k));
  // The target's own starting options (e.g. the RocksDB backend) stay; the shared keys override them.
  const q = new URLSearchParams(Object.entries(calculator(target).preset).filter(([k]) => k !== 'v' && k !== 'mode'));
  q.set('v', state.v);
  if (state.mode !== 'standalone' && calculator(target).modes.includes(state.mode)) q.set('mode', state.mode);
  for (const [k, v] of Object.entries(cleanConfig(state.config))) if (keys.has(k)) q.set(k, v);
  return `${pageHref.replace(/calculators\/[^/]+\/$/, `calculators/${target}/`)}?${q.toString()}`;
}

/** A short list of links to other calculators with the shared state. */
export function RelatedLinks(props: {
  pageHref: string;
  state: CalcState;
  links: readonly { target: CalculatorName; text: string }[];
}) {
  return (
    <ul class="calc__related" data-related="">
      {props.links.map((l) => (
        <li key={l.target}>
          <a href={relatedHref(props.pageHref, l.target, props.state)} data-related-to={l.target}>
            {l.text} →
          </a>
        </li>
      ))}
    </ul>
  );
}
