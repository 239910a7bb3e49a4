/** Topology presets and the per-edge "as written in the job" select (see presets.ts). */
import type { CalcStrings } from '~/i18n/calculators';
import type { JobDraft } from './job';
import { EDGE_KIND_NAMES, EDGE_KINDS, edgeKind, TOPOLOGIES, TOPOLOGY_NAMES, type EdgeKind, type Topology } from './presets';

/** Buttons that replace the job with a named topology. */
export function TopologyPresets({ t, onPick }: { t: CalcStrings; onPick: (j: JobDraft) => void }) {
  return (
    <div class="calc__presets" data-topology-presets="">
      <span>{t['net.topologies']}</span>
      {TOPOLOGY_NAMES.map((n: Topology) => (
        <button
          key={n}
          type="button"
          class="calc__btn"
          data-topology={n}
          onClick={() => onPick(JSON.parse(JSON.stringify(TOPOLOGIES[n])) as JobDraft)}
        >
          {t[`net.topology.${n}`]}
        </button>
      ))}
    </div>
  );
}

/** A select naming the edge as the job writes it; choosing one sets pattern and partition type. */
export function EdgeKindSelect(props: {
  t: CalcStrings;
  label: string;
  name: string;
  edge: { pattern: string; partitionType: string };
  onPick: (patch: { pattern: string; partitionType: string }) => void;
}) {
  const { t } = props;
  const kind = edgeKind(props.edge);
  return (
    <select
      aria-label={props.label}
      name={props.name}
      value={kind ?? ''}
      onChange={(ev) => {
        const k = (ev.currentTarget as HTMLSelectElement).value as EdgeKind | '';
        if (k) props.onPick({ ...EDGE_KINDS[k] });
      }}
    >
      {kind === null && <option value="">{t['net.edgeKind.other']}</option>}
      {EDGE_KIND_NAMES.map((k) => (
        <option key={k} value={k}>
          {t[`net.edgeKind.${k}`]}
        </option>
      ))}
    </select>
  );
}
