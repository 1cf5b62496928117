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
