import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../support/built-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const { file, path } of builtPages()) {
  test(`${path} is valid HTML`, async () => {
    const report = await validator.validateFile(file);
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.message} (${message.ruleId})`,
      ),
    );
    expect(problems).toEqual([]);
  });
}

test('each page has its own title', () => {
  const titles = new Map<string, string>();
  for (const { file, path } of builtPages().filter(({ path }) => path !== '/404.html')) {
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1];
    expect(title, `${path} has a title`).toBeTruthy();
    expect(titles.get(title!), `${path} has the same title as ${titles.get(title!)}`).toBe(
      undefined,
    );
    titles.set(title!, path);
  }
});
