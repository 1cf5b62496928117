// Runs after sveltia-cms.js (the page's CSP allows scripts from this site only, so it is a file).

// The preview is a frame whose page Sveltia writes with `lang="_default"` (its name for content
// without languages), which is not a language (WCAG 3.1.1): give it the site's own, read from
// this page before Sveltia sets the page to its interface language.
const siteLanguage = document.documentElement.lang;
function previewInSiteLanguage(frame) {
  const setLanguage = () => {
    const root = frame.contentDocument?.documentElement;
    if (root && root.lang !== siteLanguage) root.lang = siteLanguage;
  };
  frame.addEventListener('load', setLanguage);
  setLanguage();
}
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.addedNodes) {
      if (!(node instanceof Element)) continue;
      const frames = node.matches('iframe') ? [node] : node.querySelectorAll('iframe');
      frames.forEach(previewInSiteLanguage);
    }
  }
}).observe(document.body, { childList: true, subtree: true });

// Sveltia adds a second viewport tag with maximum-scale=1, which stops pinch-zoom (WCAG 1.4.4):
// take that part out of any viewport tag, whenever one is added or changed.
function allowZoom() {
  for (const meta of document.head.querySelectorAll('meta[name="viewport"]')) {
    const content = meta.getAttribute('content') ?? '';
    const kept = content
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !/^(maximum-scale|user-scalable)\s*=/i.test(part));
    if (kept.join(', ') !== content) meta.setAttribute('content', kept.join(', '));
  }
}
new MutationObserver(allowZoom).observe(document.head, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['content'],
});
allowZoom();

// A new entry starts as a draft. Sveltia fills a field's `default` into existing files that lack
// the field too (so `draft` keeps the schema's `false`: a file without it stays published); a value
// in the new-entry address (`#/collections/cops/new?draft=true`) is given to new entries only.
function newEntriesAreDrafts() {
  const [path = '', query = ''] = location.hash.slice(1).split('?');
  if (!/^\/collections\/[^/]+\/new$/.test(path)) return;
  const params = new URLSearchParams(query);
  if (params.has('draft')) return;
  params.set('draft', 'true');
  history.replaceState(history.state, '', `#${path}?${params}`);
}
// Capture: at the window, capturing listeners run before Sveltia's own, which reads the address.
window.addEventListener('hashchange', newEntriesAreDrafts, { capture: true });
newEntriesAreDrafts();
