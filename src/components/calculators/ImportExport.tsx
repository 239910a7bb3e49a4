/**
 * Import and export panels. Only the two summaries are in the page's initial JavaScript; the
 * panel bodies, the config parsers (with the `yaml` package) and the exporters load with a
 * dynamic `import()` when a reader opens a panel.
 */
import { useState } from 'preact/hooks';
import type { DeploymentMode, FlinkVersion } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import type { CalculatorKind } from './importexport';
import { importOnce } from './lazy';

/** What both panels receive. */
export interface IoProps {
  t: CalcStrings;
  lang: 'en' | 'zh';
  kind: CalculatorKind;
  v: FlinkVersion;
  mode: DeploymentMode;
  config: Readonly<Record<string, string>>;
  allowedKeys: readonly string[];
  onImport: (config: Record<string, string>) => void;
}

type Lazy = typeof import('./iopanels');
const load = importOnce(() => import('./iopanels'));

export function ImportExport(props: IoProps) {
  const { t } = props;
  const [mod, setMod] = useState<Lazy | null>(null);
  const [failed, setFailed] = useState(false);
  const onToggle = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && !mod) {
      setFailed(false);
      load().then(setMod, () => setFailed(true));
    }
  };
  const pending = <p role="status">{failed ? t.loadFailed : t.loading}</p>;
  return (
    <div class="calc__io">
      <details class="calc__panel" data-panel="import" onToggle={onToggle}>
        <summary>{t.import}</summary>
        {mod ? <mod.ImportBody {...props} /> : pending}
      </details>
      <details class="calc__panel" data-panel="export" onToggle={onToggle}>
        <summary>{t.export}</summary>
        {mod ? <mod.ExportBody {...props} /> : pending}
      </details>
    </div>
  );
}
