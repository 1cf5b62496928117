/** GOV.UK's error summary: "There is a problem", then each error linked to its question. */
import { fieldId } from './Inputs.tsx';
import { focusQuestion } from './focus-question.ts';

export interface ProblemSummaryProps {
  /** A problem with sending, said in a sentence, with no question to link to. */
  problems: readonly string[];
  errors: readonly { field: string; message: string }[];
  summaryRef: { current: HTMLDivElement | null };
}

export function ProblemSummary({ problems, errors, summaryRef }: ProblemSummaryProps) {
  return (
    <div class="error-summary" ref={summaryRef} tabindex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        {problems.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
        {errors.length > 0 && (
          <ul class="error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${fieldId(error.field)}`} onClick={focusQuestion}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
