/**
 * The expression of interest form. Rendered on the server as a plain form that posts to the
 * form service; once hydrated it checks the answers, sends them as JSON and keeps a draft.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { describeAnswers } from '../../lib/eoi/answers';
import { draftStore, restoreValues } from '../../lib/eoi/draft';
import { errorsFromIssues, type FieldError } from '../../lib/eoi/field-errors';
import {
  buildPayload,
  HONEYPOT_FIELD,
  NEXT_FIELD,
  plainSubject,
  SUBJECT_FIELD,
  valuesFromEntries,
} from '../../lib/eoi/payload';
import { createReference } from '../../lib/eoi/reference';
import { isNotTaken, SEND_PROBLEMS } from '../../lib/eoi/outcome';
import type { ContactWay } from '../../lib/programme-contact';
import {
  createEoiSchema,
  EMPTY_VALUES,
  intakeChoices,
  takesFutureInterest,
  LIMITS,
  OUTSIDE_VICTORIA,
  type EoiField,
  type EoiOptions,
  type EoiValues,
} from '../../lib/eoi/schema';
import { Confirmation, type Sent } from './Confirmation';
import { ChoiceGroup, fieldId, ProblemSummary, TextField } from './fields';
import { NotTaken, type NotTakenProblem } from './NotTaken';
import { useSending } from './sending';

export interface EoiFormProps {
  /** Where the form posts without JavaScript: the service's URL for this form. */
  action: string;
  formId: string;
  /** The form service's origin, for the core client's `endpoint`. */
  origin: string;
  /** The absolute address of /apply/thanks/, where the service sends people without JavaScript. */
  nextUrl: string;
  privacyUrl: string;
  /** Every question's options, labels included: from the content and src/lib/eoi/schema.ts. */
  options: EoiOptions;
  /** Who the CoPs are for, as the programme says it: "Victorian-based practitioners". */
  eligibility: string;
  /** The CoP to start ticked, from the page the applicant came from (/apply/<id>/). */
  cop?: string | undefined;
  /** How else to reach the programme team when the form service will not take the form. */
  contact?: readonly ContactWay[] | undefined;
}

export default function EoiForm(props: EoiFormProps) {
  const { options } = props;
  const schema = useMemo(() => createEoiSchema(options), [options]);
  const future = takesFutureInterest(options);
  // With one intake on offer (or none, so interest in future CoPs) there is nothing to choose.
  const only = intakeChoices(options);
  const initial = useMemo<EoiValues>(
    () => ({
      ...EMPTY_VALUES,
      cops: props.cop ? [props.cop] : [],
      intake: only.length === 1 ? only[0]!.value : '',
    }),
    [options, props.cop],
  );
  const drafts = useMemo(() => draftStore(), []);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [notTaken, setNotTaken] = useState<NotTakenProblem>();
  const [reference, setReference] = useState<string>();
  const [sent, setSent] = useState<Sent>();
  const [hydrated, setHydrated] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const { sending, isSending, send } = useSending();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const pageTitle = useRef('');

  // A layout effect runs as the form hydrates, so it is ready before anyone can press a key.
  useLayoutEffect(() => {
    pageTitle.current = document.title;
    const draft = drafts.load();
    const posted = form.current ? new FormData(form.current) : undefined;
    const typed = posted ? valuesFromEntries(posted, options.cops) : initial;
    const cop = props.cop ?? new URLSearchParams(location.search).get('cop') ?? undefined;
    const known = options.cops.some((option) => option.value === cop) ? cop : undefined;
    const restored = restoreValues({ initial, typed, draft: draft?.values, cop: known });
    // A draft from while an intake was open names it; now there is only the future to choose.
    setValues(future ? { ...restored, intake: initial.intake } : restored);
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

  const set = (field: Exclude<EoiField, 'cops'>) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const toggleCop = (id: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      cops: checked ? [...current.cops, id] : current.cops.filter((cop) => cop !== id),
    }));

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
      showProblems(errorsFromIssues(checked.error.issues), []);
      return;
    }
    const ref = reference ?? createReference();
    setReference(ref);
    setErrors([]);
    setProblems([]);
    setNotTaken(undefined);
    const honeypot = form.current?.elements.namedItem(HONEYPOT_FIELD);
    const outcome = await send({
      formId: props.formId,
      origin: props.origin,
      payload: buildPayload(checked.data, {
        options,
        reference: ref,
        honeypot: honeypot instanceof HTMLInputElement ? honeypot.value : '',
      }),
    });
    const answers = describeAnswers(checked.data, options);
    if (outcome.kind === 'sent') {
      drafts.clear();
      setSent({ reference: ref, email: checked.data.email, answers, future });
    } else if (outcome.kind === 'invalid') {
      showProblems(outcome.errors, outcome.messages);
    } else if (isNotTaken(outcome.kind)) {
      const said = outcome.kind === 'refused' ? outcome.messages : [];
      showProblems([], [], { kind: outcome.kind, said, answers });
    } else {
      showProblems([], [SEND_PROBLEMS[outcome.kind], 'Your answers are still here.']);
    }
  }

  if (sent) return <Confirmation sent={sent} confirmationRef={confirmation} />;

  const errorOf = (field: EoiField) => errors.find((error) => error.field === field)?.message;
  const radio = (field: Exclude<EoiField, 'cops'>) => ({
    name: field,
    type: 'radio' as const,
    error: errorOf(field),
    isChecked: (value: string) => values[field] === value,
    onChoose: set(field),
  });
  const text = (field: Exclude<EoiField, 'cops'>) => ({
    name: field,
    value: values[field],
    error: errorOf(field),
    onValue: set(field),
  });
  /** An optional text area with a character count. */
  const longAnswer = (field: 'hopes' | 'accessNeeds') => ({
    ...text(field),
    optional: true,
    multiline: true,
    limit: LIMITS.longAnswer,
  });

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
        <NotTaken problem={notTaken} ways={props.contact} summaryRef={summary} />
      ) : (
        showsProblem && <ProblemSummary problems={problems} errors={errors} summaryRef={summary} />
      )}
      <input type="hidden" name={SUBJECT_FIELD} value={plainSubject(options)} />
      <input type="hidden" name={NEXT_FIELD} value={props.nextUrl} />
      <div class="eoi-form__trap" aria-hidden="true">
        <label for="eoi-gotcha">Leave this empty</label>
        <input id="eoi-gotcha" type="text" name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" />
      </div>

      <h2 class="eoi-form__section">Your interest</h2>
      <ChoiceGroup
        name="cops"
        type="checkbox"
        legend="Which communities of practice are you interested in?"
        hint="Select all that apply."
        options={options.cops}
        postedValue={(cop) => cop.label}
        error={errorOf('cops')}
        isChecked={(id) => values.cops.includes(id)}
        onChoose={toggleCop}
      />
      {future ? (
        <input type="hidden" name="intake" value={values.intake} />
      ) : (
        <ChoiceGroup
          {...radio('intake')}
          legend="Which intake are you interested in?"
          options={options.intakes}
        />
      )}

      <h2 class="eoi-form__section">About you</h2>
      <TextField {...text('givenName')} label="Given name" autocomplete="given-name" />
      <TextField {...text('familyName')} label="Family name" autocomplete="family-name" />
      <TextField
        {...text('email')}
        label="Email address"
        hint="We will only use this to contact you about your expression of interest."
        type="email"
        autocomplete="email"
      />
      <TextField
        {...text('phone')}
        label="Phone number"
        hint="For example, 03 9123 4567 or 0412 345 678."
        type="tel"
        autocomplete="tel"
        optional
        width="short"
      />

      <h2 class="eoi-form__section">Your work</h2>
      <TextField {...text('organisation')} label="Organisation" autocomplete="organization" />
      <TextField {...text('role')} label="Role or position" autocomplete="organization-title" />
      <ChoiceGroup
        {...radio('workSetting')}
        legend="Which setting do you work in?"
        options={options.workSettings}
        reveals={{
          other: {
            id: `${fieldId('workSetting')}-other-reveal`,
            content: (
              <TextField {...text('workSettingOther')} label="Your work setting" required={false} />
            ),
          },
        }}
      />
      <ChoiceGroup
        {...radio('location')}
        legend="Where do you work?"
        options={options.locations}
        reveals={{
          [OUTSIDE_VICTORIA]: {
            id: `${fieldId('location')}-note`,
            content: (
              <p class="eoi-form__note">
                These communities of practice are for {props.eligibility}. You can still send your
                expression of interest.
              </p>
            ),
          },
        }}
      />
      <ChoiceGroup
        {...radio('experience')}
        legend="How long have you worked in prevention?"
        options={options.experience}
      />

      <h2 class="eoi-form__section">Taking part</h2>
      <TextField
        {...longAnswer('hopes')}
        label="What do you hope to gain from a community of practice?"
      />
      <TextField
        {...longAnswer('accessNeeds')}
        label="Do you have any access or support needs for online sessions?"
        hint="For example, captions, breaks, or documents before sessions."
      />
      <ChoiceGroup
        {...radio('faceToFace')}
        legend="Would you like some sessions to be face to face?"
        hint="Face-to-face options are discussed with each group."
        options={options.faceToFace}
        optional
      />

      <h2 class="eoi-form__section">Privacy</h2>
      <ChoiceGroup
        name="privacy"
        type="checkbox"
        legend="Do you agree to how we use your information?"
        hint="Your answers go to Safe and Equal’s programme staff through Formspree, an online form service."
        options={[
          {
            value: 'yes',
            label:
              'I have read the privacy collection notice and agree to Safe and Equal using my information as it describes',
          },
        ]}
        error={errorOf('privacy')}
        required
        isChecked={() => values.privacy === 'yes'}
        onChoose={(_, checked) => set('privacy')(checked ? 'yes' : '')}
      />
      <p class="eoi-form__privacy-link">
        <a href={props.privacyUrl}>Read the privacy collection notice</a>
      </p>

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
