/** Copying text (a figure block, a link) with a polite status for screen readers. */
import { useState } from 'preact/hooks';
import type { CalcStrings } from '~/i18n/calculators';

let clipboardFallbackArea: HTMLTextAreaElement | null = null;

/** Copies text, falling back to a hidden textarea where the async clipboard is unavailable. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the legacy path */
  }
  try {
    clipboardFallbackArea ??= document.createElement('textarea');
    const ta = clipboardFallbackArea;
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}

/** A button that copies `text` and says so (politely) for screen readers. */
export function CopyButton({ t, text, label }: { t: CalcStrings; text: string; label?: string }) {
  const [status, setStatus] = useState<'' | 'ok' | 'fail'>('');
  return (
    <span class="calc__copy">
      <button
        type="button"
        class="calc__btn"
        aria-label={label ? `${t.copy}: ${label}` : t.copy}
        onClick={async () => setStatus((await copyText(text)) ? 'ok' : 'fail')}
      >
        {t.copy}
      </button>
      <span class="calc__copy-status" role="status">
        {status === 'ok' ? t.copied : status === 'fail' ? t.copyFailed : ''}
      </span>
    </span>
  );
}

/** A labelled monospace block with a copy button; `figure` sets the test hook. */
export function CopyBlock({ t, label, text, figure }: { t: CalcStrings; label: string; text: string; figure?: string }) {
  return (
    <div class="calc__block">
      <div class="calc__block-head">
        <span>{label}</span>
        <CopyButton t={t} text={text} label={label} />
      </div>
      <pre class="calc__pre" data-figure={figure} tabIndex={0} aria-label={label}>
        <code>{text === '' ? t.none : text}</code>
      </pre>
    </div>
  );
}
