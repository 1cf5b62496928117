// @formspree/core ships an ES module build but names only its CommonJS one; the island imports
// the ES module directly so the bundler can drop what it does not use (about 0.3 KB gzip).
declare module '@formspree/core/dist/index.mjs' {
  export * from '@formspree/core';
}
