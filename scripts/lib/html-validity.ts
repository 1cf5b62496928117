// What "valid HTML" means for a built page: html-validate, with the project's .htmlvalidate.mjs.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

let validator: HtmlValidate | undefined;

/** Each problem html-validate finds in a built HTML file, as `line:column message (rule)`. */
export async function htmlProblems(file: string): Promise<string[]> {
  validator ??= new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.line}:${message.column} ${message.message} (${message.ruleId})`,
    ),
  );
}
