/**
 * Bodies of the import and export panels, loaded with `import()` only when a reader opens one
 * (together with the config parsers and the `yaml` package).
 */
import { useState } from 'preact/hooks';
import { CopyBlock } from './copy';
import { fill } from './viewmodel';
import {
  exportConfig,
  importConfigOffThread,
  mergeImported,
  MAX_TEXT_CHARS,
  type ExportBlock,
  type ImportOutcome,
} from './importexport';
import type { IoProps } from './types';

/** Pastes longer than this stay out of the textarea: laying out megabytes of text stalls the page. */
const LARGE_PASTE = 100_000;
/** Ignored keys and notes listed at most (a pasted 1 MB file may name tens of thousands). */
const SHOWN = 200;

/** Paste box → fills the form; lists ignored keys and why. Parsing runs off the main thread. */
export function ImportBody({ t, lang, v, config, allowedKeys, onImport, kind }: IoProps) {
  const [text, setText] = useState('');
  const [large, setLarge] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [out, setOut] = useState<ImportOutcome | null>(null);
  const id = `import-${kind}`;
  const run = (input: string) => {
    if (input.length > MAX_TEXT_CHARS) {
      setOut({
        ok: false,
        config: {},
        ignored: [],
        notes: [],
        error: fill(t.importTooLarge, { chars: input.length, max: MAX_TEXT_CHARS }),
      });
      return;
    }
    setBusy(true);
    setOut(null);
    void importConfigOffThread({ text: input, lang, v, allowedKeys, kind }).then((r) => {
      setBusy(false);
      setOut(r);
      if (r.ok && (Object.keys(r.config).length > 0 || r.detected?.version))
        onImport(mergeImported(config, r.config), r.detected);
    });
  };
  const onPaste = (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text') ?? '';
    if (pasted.length < LARGE_PASTE) return;
    e.preventDefault();
    setText('');
    setLarge(pasted);
    run(pasted);
  };
  const n = out ? Object.keys(out.config).length : 0;
  return (
    <>
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
        onPaste={onPaste}
        onInput={(e) => {
          setLarge(null);
          setText((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
      {large !== null && (
        <p class="calc__hint" data-import-large={large.length}>
          {fill(t.importLarge, { chars: large.length })}
        </p>
      )}
      <button type="button" class="calc__btn" data-action="import" disabled={busy} onClick={() => run(large ?? text)}>
        {t.importButton}
      </button>
      <div class="calc__import-result" role="status" data-import-result={busy ? 'busy' : out ? (out.ok ? 'ok' : 'error') : ''}>
        {busy && <p>{t.importReading}</p>}
        {out && !out.ok && <p class="calc__field-error">{fill(t.importFailed, { msg: out.error ?? '' })}</p>}
        {out && out.ok && <p>{n === 0 ? t.importEmpty : fill(t.imported, { n })}</p>}
        {out && out.ignored.length > 0 && (
          <>
            <p>{t.importIgnored}</p>
            <ul class="calc__ignored">
              {out.ignored.slice(0, SHOWN).map((i) => (
                <li key={i.key} data-ignored={i.key}>
                  <code>{i.key}</code>: {i.reason}
                </li>
              ))}
            </ul>
            {out.ignored.length > SHOWN && (
              <p data-ignored-more={out.ignored.length - SHOWN}>{fill(t.importMore, { n: out.ignored.length - SHOWN })}</p>
            )}
          </>
        )}
        {out && out.notes.length > 0 && (
          <ul class="calc__notes">
            {out.notes.slice(0, SHOWN).map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** The explicitly set options in the five formats, each with a copy button. */
export function ExportBody({ t, v, mode, config, kind, lang }: IoProps) {
  let blocks: ExportBlock[];
  try {
    blocks = exportConfig(config, { v, mode, kind, lang });
  } catch {
    blocks = [];
  }
  return (
    <>
      <p class="calc__hint">{t.exportHint}</p>
      {blocks.map((b) => (
        <div data-export={b.format} key={b.format}>
          <CopyBlock t={t} label={t[`export.${b.format}`]} text={b.text} />
        </div>
      ))}
    </>
  );
}
