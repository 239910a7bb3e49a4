// Search dialog, loaded on first open (header button, "/" or Ctrl/⌘+K) by the inline boot script.
// Uses pagefind's JS API directly (no pagefind UI bundle): pagefind picks the index of the
// page's <html lang>, so a Chinese page only ever finds Chinese pages.
const root = new URL('../', import.meta.url);
const html = document.documentElement;
let dialog, input, status, list, strings, pagefind, seq = 0, timer;

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  if (props) for (const [k, v] of Object.entries(props)) k in e && k !== 'list' ? (e[k] = v) : e.setAttribute(k, v);
  e.append(...kids.filter((k) => k != null));
  return e;
}

// Pagefind excerpts are escaped text with <mark> tags; keep exactly that and nothing else.
function excerpt(s) {
  const t = document.createElement('template');
  t.innerHTML = s;
  const p = el('p');
  for (const n of t.content.childNodes) p.append(n.nodeName === 'MARK' ? el('mark', null, n.textContent) : n.textContent);
  return p;
}

function build() {
  strings = JSON.parse(document.querySelector('[data-strings]')?.getAttribute('data-strings') || '{}');
  input = el('input', { type: 'search', placeholder: strings.placeholder, 'aria-label': strings.label, autocomplete: 'off', spellcheck: false, enterKeyHint: 'go' });
  status = el('p', { className: 'search-status', role: 'status', 'aria-live': 'polite' }, strings.hint);
  list = el('ul', { className: 'search-results', id: 'search-results', 'aria-label': strings.label });
  const close = el('button', { type: 'submit', value: 'close' }, strings.close);
  const form = el('form', { method: 'dialog', role: 'search' }, input, close);
  dialog = el('dialog', { className: 'search-dialog', 'aria-label': strings.label }, form, status, list);
  document.body.append(dialog);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (e) => {
    // Enter in the field opens the first result; the close button closes.
    if (e.submitter !== close) {
      e.preventDefault();
      list.querySelector('a')?.click();
    }
  });
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
}

function links() {
  return [...list.querySelectorAll('a')];
}

function onKey(e) {
  const all = links();
  const i = all.indexOf(document.activeElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const j = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(i + 1, all.length - 1)) : i - 1;
    (j < 0 ? input : all[j])?.focus();
  } else if (i >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    input.focus(); // typing on a result goes back to the query
  }
}

async function load() {
  if (!pagefind) {
    pagefind = await import(new URL('pagefind/pagefind.js', root).href);
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
    await pagefind.init();
  }
  return pagefind;
}

async function run() {
  const q = input.value.trim();
  const mine = ++seq;
  if (!q) {
    list.replaceChildren();
    status.textContent = strings.hint;
    return;
  }
  let items, total = 0;
  try {
    const pf = await load();
    const res = await pf.search(q);
    total = res?.results?.length ?? 0;
    items = await Promise.all((res?.results ?? []).slice(0, 8).map((r) => r.data()));
  } catch {
    if (mine === seq) status.textContent = strings.failed;
    return;
  }
  if (mine !== seq) return; // a newer query has started
  list.replaceChildren(
    ...items.map((d) => {
      const subs = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
      return el(
        'li',
        null,
        el('a', { href: d.url, className: 'result' }, el('span', { className: 'result-title' }, d.meta?.title ?? d.url), excerpt(d.excerpt ?? '')),
        subs.length
          ? el('ul', null, ...subs.map((s) => el('li', null, el('a', { href: s.url, className: 'sub-result' }, el('span', null, s.title), excerpt(s.excerpt ?? '')))))
          : null,
      );
    }),
  );
  status.textContent = items.length ? `${total} ${strings.count} · ${strings.hint}` : `${strings.none} “${q}”`;
}

/** Opens the dialog (building it on first use) and focuses the query field. */
export function openSearch() {
  if (!dialog) build();
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  if (!pagefind) {
    status.textContent = strings.loading;
    load().then(
      () => (status.textContent = strings.hint),
      () => (status.textContent = strings.failed),
    );
  }
}
