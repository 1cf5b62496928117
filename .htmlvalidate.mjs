// html-validate's rules for the built pages (tests/e2e/built-html.spec.ts). Each rule turned off
// or changed says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are "page title | site name": search engines cut long titles, they do not reject
    // them, and the page's own words come first, so only the site name is ever cut.
    'long-title': 'off',
    // Preact's server rendering writes void elements as <input/> and Astro as <input>: both are
    // valid HTML, and the style is not ours to choose in the islands' markup.
    'void-style': 'off',
    // A group of checkboxes shares one name, as radio buttons do: the form sends every ticked value.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
