// Which of the bundler's messages a build leaves out of its log: only the one it repeats for every
// MDX file, which says nothing a person can act on.

/** A bundler message as Rolldown hands it to `onLog`. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Astro's MDX compiler starts each module with its own `"use astro:head-inject"` directive, which
 * Astro reads before bundling; the bundler warns that it may not keep it (MODULE_LEVEL_DIRECTIVE),
 * once per MDX file. Any other directive, and every other message, is kept.
 */
export function isAstroHeadInjectNotice(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
