// Search dialog, loaded on first open (header button, "/" or Ctrl/⌘+K) by the inline boot script.
// Uses pagefind's JS API directly (no pagefind UI bundle): pagefind picks the index of the
// page's <html lang>, so a Chinese page only ever finds Chinese pages.
import { RANKING } from './search-ranking.js';

const root = new URL('../', import.meta.url);
const html = document.documentElement;
// Each result costs one fragment download (the page's text, 5–12 KB): the first search shows
// FIRST results (keeping it under 150 KB with wasm and index), "more" adds MORE at a time.
const FIRST = 3,
  MORE = 5;
let dialog,
  input,
  status,
  list,
  strings,
  pagefind,
  seq = 0,
  timer,
  found = [],
  shown = [];

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
  input = el('input', {
    type: 'search',
    placeholder: strings.placeholder,
    'aria-label': strings.label,
    autocomplete: 'off',
    spellcheck: false,
    enterKeyHint: 'go',
  });
  status = el('p', { className: 'search-status', role: 'status', 'aria-live': 'polite' }, strings.hint);
  list = el('ul', { className: 'search-results', id: 'search-results', 'aria-label': strings.label });
  const close = el('button', { type: 'submit', value: 'close' }, strings.close);
  const form = el('form', { method: 'dialog', role: 'search' }, input, close);
  dialog = el('dialog', { className: 'search-dialog', 'aria-label': strings.label }, form, status, list);
  document.body.append(dialog);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150); // one search per pause in typing, not per keystroke
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
  return [...list.querySelectorAll('a, button')];
}

function onKey(e) {
  const all = links();
  const i = all.indexOf(document.activeElement);
  if (e.key === 'Escape') {
    // A search field would only clear itself on the first Escape; close at once.
    e.preventDefault();
    dialog.close();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
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
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, ranking: RANKING });
    await pagefind.init();
  }
  return pagefind;
}

function item(d) {
  const subs = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
  return el(
    'li',
    null,
    el(
      'a',
      { href: d.url, className: 'result' },
      el('span', { className: 'result-title' }, d.meta?.title ?? d.url),
      excerpt(d.excerpt ?? ''),
    ),
    subs.length
      ? el(
          'ul',
          null,
          ...subs.map((s) =>
            el(
              'li',
              null,
              el('a', { href: s.url, className: 'sub-result' }, el('span', null, s.title), excerpt(s.excerpt ?? '')),
            ),
          ),
        )
      : null,
  );
}

/** Loads the next `n` results' fragments of query number `mine` and renders the list. */
async function show(q, mine, n) {
  let more;
  try {
    more = await Promise.all(found.slice(shown.length, shown.length + n).map((r) => r.data()));
  } catch {
    if (mine === seq) status.textContent = strings.failed;
    return;
  }
  if (mine !== seq) return; // a newer query has started
  shown = shown.concat(more);
  const rest = found.length - shown.length;
  const button =
    rest > 0 ? el('li', { className: 'search-more' }, el('button', { type: 'button' }, `${strings.more} (${rest})`)) : null;
  button?.firstChild.addEventListener('click', () => {
    const first = shown.length;
    show(q, mine, MORE).then(() => list.querySelectorAll(':scope > li > a.result')[first]?.focus());
  });
  list.replaceChildren(...shown.map(item), ...(button ? [button] : []));
  list.dataset.q = q; // lets tests (and styles) know which query the list shows
  status.textContent = found.length ? `${found.length} ${strings.count} · ${strings.hint}` : `${strings.none} “${q}”`;
}

async function run() {
  const q = input.value.trim();
  const mine = ++seq;
  found = [];
  shown = [];
  if (!q) {
    list.replaceChildren();
    delete list.dataset.q;
    status.textContent = strings.hint;
    return;
  }
  try {
    const res = await (await load()).search(q);
    if (mine !== seq) return;
    found = res?.results ?? [];
  } catch {
    if (mine === seq) status.textContent = strings.failed;
    return;
  }
  await show(q, mine, FIRST);
}

// The dialog's texts come with the first opening (search-strings.json), not in every page's HTML.
let ready = null;

/** Opens the dialog (building it on first use) and focuses the query field. */
export function openSearch() {
  ready ??= fetch(new URL('search-strings.json', root))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`search-strings.json: HTTP ${r.status}`))))
    .then((all) => {
      strings = all[html.lang.startsWith('zh') ? 'zh' : 'en'];
      build();
    });
  ready.then(present, () => {
    ready = null;
    alert(html.getAttribute('data-search-failed'));
  });
}

function present() {
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
