/**
 * Import and export panels. Their code (the config parsers, the `yaml` package, the exporters)
 * is loaded with a dynamic `import()` only when a reader opens a panel, so it is not part of the
 * JavaScript a calculator page ships before interaction.
 */
import { useState } from 'preact/hooks';
import type { DeploymentMode, FlinkVersion } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import { CopyBlock } from './Shell';
import { fill } from './viewmodel';
import type { CalculatorKind, ExportBlock, ImportOutcome } from './importexport';

type Lazy = typeof import('./importexport');
let lazy: Promise<Lazy> | null = null;
function load(): Promise<Lazy> {
  lazy ??= import('./importexport').catch((e: unknown) => {
    lazy = null;
    throw e;
  });
  return lazy;
}

interface Props {
  t: CalcStrings;
  lang: 'en' | 'zh';
  kind: CalculatorKind;
  v: FlinkVersion;
  mode: DeploymentMode;
  config: Readonly<Record<string, string>>;
  allowedKeys: readonly string[];
  onImport: (config: Record<string, string>) => void;
}

export function ImportExport(props: Props) {
  return (
    <div class="calc__io">
      <ImportPanel {...props} />
      <ExportPanel {...props} />
    </div>
  );
}

function ImportPanel({ t, lang, v, allowedKeys, onImport, kind }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [out, setOut] = useState<ImportOutcome | null>(null);
  const [failed, setFailed] = useState(false);
  const id = `import-${kind}`;
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const m = await load();
      const r = m.importConfig(text, { lang, v, allowedKeys, kind });
      setOut(r);
      if (r.ok && Object.keys(r.config).length > 0) onImport(r.config);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="calc__panel" data-panel="import" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void load().catch(() => setFailed(true))}>
      <summary>{t.import}</summary>
      <p class="calc__hint">{t.importHint}</p>
      <label for={id} class="calc__textarea-label">
        {t.importText}
      </label>
      <textarea
        id={id}
        class="calc__textarea"
        rows={8}
        spellcheck={false}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <button type="button" class="calc__btn" data-action="import" disabled={busy} onClick={() => void run()}>
        {busy ? t.loading : t.importButton}
      </button>
      <div class="calc__import-result" role="status" data-import-result={out ? (out.ok ? 'ok' : 'error') : ''}>
        {failed && <p class="calc__field-error">{t.loadFailed}</p>}
        {out && !out.ok && <p class="calc__field-error">{fill(t.importFailed, { msg: out.error ?? '' })}</p>}
        {out && out.ok && (
          <>
            <p>{Object.keys(out.config).length === 0 ? t.importEmpty : fill(t.imported, { n: Object.keys(out.config).length })}</p>
            {out.ignored.length > 0 && (
              <>
                <p>{t.importIgnored}</p>
                <ul class="calc__ignored">
                  {out.ignored.map((i) => (
                    <li key={i.key} data-ignored={i.key}>
                      <code>{i.key}</code>: {i.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        {out && out.notes.length > 0 && (
          <ul class="calc__notes">
            {out.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

function ExportPanel({ t, v, mode, config, kind, lang }: Props) {
  const [mod, setMod] = useState<Lazy | null>(null);
  const [failed, setFailed] = useState(false);
  let blocks: ExportBlock[] = [];
  if (mod) {
    try {
      blocks = mod.exportConfig(config, { v, mode, kind, lang });
    } catch {
      blocks = [];
    }
  }
  return (
    <details
      class="calc__panel"
      data-panel="export"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !mod)
          load().then(setMod, () => setFailed(true));
      }}
    >
      <summary>{t.export}</summary>
      <p class="calc__hint">{t.exportHint}</p>
      {failed && <p class="calc__field-error">{t.loadFailed}</p>}
      {!mod && !failed && <p>{t.loading}</p>}
      {blocks.map((b) => (
        <div data-export={b.format} key={b.format}>
          <CopyBlock t={t} label={t[`export.${b.format}`]} text={b.text} />
        </div>
      ))}
    </details>
  );
}
