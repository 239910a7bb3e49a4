/**
 * Import and export panels. Only the two summaries are in the page's initial JavaScript; the
 * panel bodies, the config parsers (with the `yaml` package) and the exporters load when a reader
 * opens a panel.
 */
import { useState } from 'preact/hooks';
import { importOnce, useLazy } from './lazy';
import type { IoProps } from './types';

const loadPanels = importOnce(() => import('./iopanels'));

export function ImportExport(props: IoProps) {
  const { t } = props;
  const [opened, setOpened] = useState(false);
  const { module: mod, failed } = useLazy(loadPanels, opened);
  const onToggle = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true);
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
