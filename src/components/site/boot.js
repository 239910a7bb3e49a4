(function () {
  var d = document,
    r = d.documentElement,
    K = 'fmg-theme',
    t;
  try {
    t = localStorage.getItem(K);
  } catch (e) {}
  if (t === 'light' || t === 'dark') r.setAttribute('data-theme', t);
  r.classList.add('js');
  function go() {
    import(r.getAttribute('data-base') + 'scripts/search.js').then(
      function (m) {
        m.openSearch();
      },
      function () {
        alert(r.getAttribute('data-search-failed'));
      },
    );
  }
  function up(e) {
    var l = e.target.closest && e.target.closest('[data-lang-switch]');
    if (l) l.href = l.href.split(/[?#]/)[0] + location.search + location.hash;
    return l;
  }
  d.addEventListener('pointerdown', up);
  d.addEventListener('focusin', up);
  // A calculator card's click handler loads on the first click of its button (scripts/defer-embed.mjs),
  // then gets that click again.
  var embed = 0;
  d.addEventListener('click', function (e) {
    up(e);
    var t = e.target.closest ? e.target : null;
    if (t && t.closest('[data-search-open]')) go();
    var b = t && t.closest('[data-embed-open]'),
      u = r.getAttribute('data-embed-loader');
    if (!b || !u || embed) return;
    embed = 1;
    import(u).then(
      function () {
        b.click();
      },
      function () {
        embed = 0;
        var s = d.createElement('p');
        s.setAttribute('role', 'status');
        s.textContent = b.getAttribute('data-failed');
        b.parentNode.insertBefore(s, b);
      },
    );
  });
  d.addEventListener('keydown', function (e) {
    var k = e.key,
      a = d.activeElement,
      w = a && (a.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName));
    if (
      ((k === 'k' || k === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey) ||
      (k === '/' && !w && !e.ctrlKey && !e.metaKey && !e.altKey)
    ) {
      e.preventDefault();
      go();
    }
  });
  d.addEventListener('change', function (e) {
    var s = e.target;
    if (s.id !== 'theme-select') return;
    t = s.value;
    if (t === 'light' || t === 'dark') r.setAttribute('data-theme', t);
    else r.removeAttribute('data-theme');
    try {
      localStorage.setItem(K, t);
    } catch (e) {}
  });
  d.addEventListener('DOMContentLoaded', function () {
    var s = d.getElementById('theme-select');
    if (s) s.value = t === 'light' || t === 'dark' ? t : 'system';
  });
})();
