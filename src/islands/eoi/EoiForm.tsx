/**
 * The expression of interest form. Rendered on the server as a plain form that posts to the
 * form service; once hydrated it checks the answers, sends them as JSON and keeps a draft.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Fragment, type TargetedSubmitEvent } from 'preact';
import { describeAnswers } from '../../lib/eoi/answers.ts';
import { draftStore, restoreValues } from '../../lib/eoi/draft.ts';
import { errorsFromIssues, type FieldError } from '../../lib/eoi/field-errors.ts';
import {
  buildPayload,
  HONEYPOT_FIELD,
  NEXT_FIELD,
  plainSubject,
  SUBJECT_FIELD,
  valuesFromEntries,
} from '../../lib/eoi/payload.ts';
import { canChoose, type EoiQuestions } from '../../lib/eoi/questions.ts';
import { createReference } from '../../lib/eoi/reference.ts';
import { isNotTaken, SEND_PROBLEMS } from '../../lib/eoi/outcome.ts';
import { createEoiSchema, emptyValues, type EoiValues } from '../../lib/eoi/schema.ts';
import type { ContactWay } from '../../lib/programme-contact.ts';
import { Confirmation, type Sent } from './Confirmation.tsx';
import { NotTaken, type NotTakenProblem } from './NotTaken.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { QuestionField } from './QuestionField.tsx';
import { useSending } from './useSending.ts';

export interface EoiFormProps {
  /** Where the form posts without JavaScript: the service's URL for this form. */
  action: string;
  formId: string;
  /** The form service's origin, for the core client's `endpoint`. */
  origin: string;
  /** The absolute address of /apply/thanks/, where the service sends people without JavaScript. */
  nextUrl: string;
  privacyUrl: string;
  /** The questions, their words and options: from content/form.yaml and the CoPs and intakes. */
  form: EoiQuestions;
  /** The organisation's name, from content/site.yaml. */
  organisation: string;
  /** The CoP to start ticked, from the page the applicant came from (/apply/<id>/). */
  cop?: string | undefined;
  /** How else to reach the programme team when the form service will not take the form. */
  contact?: readonly ContactWay[] | undefined;
}

export default function EoiForm(props: EoiFormProps) {
  const { questions, future } = props.form;
  const schema = useMemo(() => createEoiSchema(questions), [questions]);
  const cops = questions.find((question) => question.id === 'cops')?.options ?? [];
  // A full CoP's copy of the form (/apply/<id>/) shows it unticked: it cannot be chosen.
  const initial = useMemo<EoiValues>(
    () => ({
      ...emptyValues(questions),
      cops: props.cop && canChoose(cops, props.cop) ? [props.cop] : [],
    }),
    [questions, props.cop],
  );
  const drafts = useMemo(() => draftStore(questions), [questions]);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [notTaken, setNotTaken] = useState<NotTakenProblem>();
  const [reference, setReference] = useState<string>();
  const [sent, setSent] = useState<Sent>();
  const [hydrated, setHydrated] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const { sending, isSending, sendAnswers } = useSending();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const pageTitle = useRef('');

  // A layout effect runs as the form hydrates, so it is ready before anyone can press a key.
  useLayoutEffect(() => {
    pageTitle.current = document.title;
    const draft = drafts.load();
    const posted = form.current ? new FormData(form.current) : undefined;
    const typed = posted ? valuesFromEntries(posted, questions) : initial;
    const cop = props.cop ?? new URLSearchParams(location.search).get('cop') ?? undefined;
    const known = cop && canChoose(cops, cop) ? cop : undefined;
    const restored = restoreValues(questions, { initial, typed, draft: draft?.values, cop: known });
    // A draft from while an intake was open names it; a hidden answer (the future) stays as drawn.
    const hidden = questions.filter((question) => question.hidden);
    setValues({
      ...restored,
      ...Object.fromEntries(hidden.map(({ id }) => [id, initial[id] ?? ''])),
    });
    setReference(draft?.reference);
    setHydrated(true);
    // Quick exit's script clears sessionStorage; the form also forgets its draft, should that fail.
    const quickExit = document.getElementById('quick-exit');
    const forget = () => drafts.clear();
    quickExit?.addEventListener('click', forget);
    return () => quickExit?.removeEventListener('click', forget);
  }, []);

  useEffect(() => {
    if (!hydrated || sent) return;
    const untouched = JSON.stringify(values) === JSON.stringify(initial) && !reference;
    if (untouched) drafts.clear();
    else drafts.save({ values, reference });
  }, [values, reference, hydrated, sent]);

  const showsProblem = errors.length > 0 || problems.length > 0 || notTaken !== undefined;
  useEffect(() => {
    if (!hydrated) return;
    // The layout's title is "<page> | <site>": the confirmation takes the page's place.
    const site = pageTitle.current.split(' | ').slice(1).join(' | ');
    if (sent) document.title = ['Expression of interest sent', site].filter(Boolean).join(' | ');
    else document.title = `${showsProblem ? 'Error: ' : ''}${pageTitle.current}`;
  }, [showsProblem, sent, hydrated]);

  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);

  useEffect(() => {
    if (sent) confirmation.current?.focus();
  }, [sent]);

  const setAnswer = (id: string, value: string | string[]) =>
    setValues((current) => ({ ...current, [id]: value }));

  const showProblems = (fieldErrors: FieldError[], sentences: string[], kept?: NotTakenProblem) => {
    setErrors(fieldErrors);
    setProblems(sentences);
    setNotTaken(kept);
    setAttempts((count) => count + 1);
  };

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending()) return;
    const checked = schema.safeParse(values);
    if (!checked.success) {
      showProblems(errorsFromIssues(checked.error.issues, questions), []);
      return;
    }
    const ref = reference ?? createReference();
    setReference(ref);
    setErrors([]);
    setProblems([]);
    setNotTaken(undefined);
    const honeypot = form.current?.elements.namedItem(HONEYPOT_FIELD);
    const outcome = await sendAnswers({
      formId: props.formId,
      origin: props.origin,
      questions,
      payload: buildPayload(checked.data, {
        questions,
        reference: ref,
        honeypot: honeypot instanceof HTMLInputElement ? honeypot.value : '',
      }),
    });
    const answers = describeAnswers(checked.data, questions);
    if (outcome.kind === 'sent') {
      drafts.clear();
      setSent({ reference: ref, email: String(checked.data['email']), answers, future });
    } else if (outcome.kind === 'invalid') {
      showProblems(outcome.errors, outcome.messages);
    } else if (isNotTaken(outcome.kind)) {
      const said = outcome.kind === 'refused' ? outcome.messages : [];
      showProblems([], [], { kind: outcome.kind, said, answers });
    } else {
      showProblems([], [SEND_PROBLEMS[outcome.kind], 'Your answers are still here.']);
    }
  }

  if (sent) {
    return (
      <Confirmation sent={sent} organisation={props.organisation} confirmationRef={confirmation} />
    );
  }

  const errorOf = (id: string) => errors.find((error) => error.field === id)?.message;

  return (
    <form
      ref={form}
      class="eoi-form"
      method="post"
      action={props.action}
      noValidate={hydrated}
      onSubmit={submit}
    >
      {notTaken ? (
        <NotTaken
          problem={notTaken}
          ways={props.contact}
          organisation={props.organisation}
          summaryRef={summary}
        />
      ) : (
        showsProblem && <ProblemSummary problems={problems} errors={errors} summaryRef={summary} />
      )}
      <input type="hidden" name={SUBJECT_FIELD} value={plainSubject(future)} />
      <input type="hidden" name={NEXT_FIELD} value={props.nextUrl} />
      <div class="eoi-form__trap" aria-hidden="true">
        <label for="eoi-gotcha">Leave this empty</label>
        <input id="eoi-gotcha" type="text" name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" />
      </div>

      {questions.map(
        (question) =>
          !question.revealedBy && (
            <Fragment key={question.id}>
              {question.section && <h2 class="eoi-form__section">{question.section}</h2>}
              <QuestionField
                question={question}
                questions={questions}
                values={values}
                errorOf={errorOf}
                onValue={setAnswer}
              />
              {question.id === 'privacy' && (
                <p class="eoi-form__privacy-link">
                  <a href={props.privacyUrl}>Read the privacy collection notice</a>
                </p>
              )}
            </Fragment>
          ),
      )}

      <div class="eoi-form__actions">
        <button type="submit" class="button">
          Send expression of interest
        </button>
        <p class="eoi-form__status" role="status">
          {sending ? 'Sending…' : ''}
        </p>
      </div>
    </form>
  );
}
