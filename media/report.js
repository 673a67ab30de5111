// The story report webview's only script (loaded with a per-render nonce; see client/src/reportHtml.ts).
// It never reads article text and never navigates: a click on a link sends the link's index to the
// extension, which opens the location it rendered under that index. When the story changes, the
// extension sends the new content, which replaces the old in place, so the page keeps its scroll
// position (opening a passage never reloads the page).
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};

  function setFilter(filter) {
    document.querySelectorAll('button[data-filter]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter));
    });
    document.querySelectorAll('tr.fact').forEach(function (row) {
      row.hidden = filter !== 'all' && row.getAttribute('data-status') !== filter;
    });
    state.filter = filter;
    vscode.setState(state);
  }

  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a[data-link]');
    if (link) {
      event.preventDefault();
      const index = Number(link.getAttribute('data-link'));
      if (Number.isInteger(index) && index >= 0) vscode.postMessage({ type: 'open', link: index });
      return;
    }
    if (target.closest('a')) {
      // Any other anchor: the report never leaves its page.
      event.preventDefault();
      return;
    }
    const jump = target.closest('button[data-jump]');
    if (jump) {
      const section = document.getElementById(jump.getAttribute('data-jump') || '');
      if (section) section.scrollIntoView({ block: 'start' });
      return;
    }
    const action = target.closest('button[data-action]');
    if (action) {
      const what = action.getAttribute('data-action');
      if (what === 'refresh') vscode.postMessage({ type: 'refresh' });
      else if (what === 'export-markdown') vscode.postMessage({ type: 'export', format: 'markdown' });
      else if (what === 'export-json') vscode.postMessage({ type: 'export', format: 'json' });
      return;
    }
    const filter = target.closest('button[data-filter]');
    if (filter) setFilter(filter.getAttribute('data-filter') || 'all');
  });

  // Links have no href (so that the webview host does not scroll to the top): Enter opens them too.
  document.addEventListener('keydown', function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const link = target && target.closest('a[data-link]');
    if (!link || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    const index = Number(link.getAttribute('data-link'));
    if (Number.isInteger(index) && index >= 0) vscode.postMessage({ type: 'open', link: index });
  });

  document.addEventListener('submit', function (event) {
    event.preventDefault();
  });

  // New content for the same page (the story changed): replace it where it stands.
  window.addEventListener('message', function (event) {
    const m = event.data;
    if (!m || m.type !== 'update' || typeof m.body !== 'string') return;
    const main = document.getElementById('report');
    if (!main) return;
    const y = window.scrollY;
    main.innerHTML = m.body;
    setFilter(state.filter || 'all');
    window.scrollTo(0, y);
  });

  let scrollTimer = 0;
  window.addEventListener('scroll', function () {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(function () {
      state.scrollY = window.scrollY;
      vscode.setState(state);
    }, 100);
  });

  if (state.filter) setFilter(state.filter);
  if (typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
})();
