// Reads a build's output (a file, or standard input) and prints the Markdown note for staff that
// the deploy workflow appends to $GITHUB_STEP_SUMMARY when the build stops on a content mistake.
import { readFileSync } from 'node:fs';
import { contentErrorsSummary } from './lib/content-errors.ts';

const input = readFileSync(process.argv[2] ?? 0, 'utf8');
process.stdout.write(contentErrorsSummary(input));
