/** GOV.UK-style inputs for the EOI island: label, hint, inline error, then the input itself. */
import type { ComponentChildren, TargetedEvent } from 'preact';
import type { Choice } from '../../lib/eoi/questions.ts';
import { CharacterCount, limitId } from './CharacterCount.tsx';

/** The id of a question's input; for a group of boxes, its first box (where errors link). */
export const fieldId = (name: string) => `eoi-${name}`;

const ids = (...parts: (string | false | undefined)[]) =>
  parts.filter(Boolean).join(' ') || undefined;

function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} class="field__error">
      <span class="visually-hidden">Error:</span> {message}
    </p>
  );
}

const optionalSuffix = (optional: boolean | undefined) => (optional ? ' (optional)' : '');

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  /** False for a question asked only after another answer: no "(optional)", no browser check. */
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string | undefined;
  /** Long answers get a text area. */
  multiline?: boolean;
  /** The most characters the answer may have: a live count says how many are left. */
  limit?: number | undefined;
  width?: 'short' | 'long' | undefined;
}

/** A labelled text input or text area. */
export function TextField(props: TextFieldProps) {
  const { name, label, value, error, hint, optional, limit, type = 'text', autocomplete } = props;
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const shared = {
    id,
    name,
    value,
    class: `field__input field__input--${props.width ?? 'long'}`,
    required: props.required ?? !optional,
    'aria-describedby': ids(hintId, errorId, limit !== undefined && limitId(id)),
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onValue(event.currentTarget.value),
  };
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {label}
        {optionalSuffix(optional)}
      </label>
      {hint && (
        <div id={hintId} class="field__hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      {props.multiline ? (
        <textarea {...shared} rows={5} />
      ) : (
        <input
          {...shared}
          type={type}
          autocomplete={autocomplete}
          spellcheck={type === 'email' ? false : undefined}
        />
      )}
      {limit !== undefined && <CharacterCount id={id} value={value} limit={limit} />}
    </div>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly Choice[];
  isChecked: (value: string) => boolean;
  onChoose: (value: string, checked: boolean) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  /** Whether the browser checks an answer is given without JavaScript; radios default to it. */
  required?: boolean | undefined;
  /** Content shown under an option while it is chosen (a CSS reveal that works without JavaScript). */
  reveals?: Record<string, { id: string; content: ComponentChildren }>;
  /** What a ticked option posts without JavaScript, if not its value (the CoPs post their names). */
  postedValue?: ((option: Choice) => string) | undefined;
}

/** A fieldset of radios or checkboxes; the first box carries the question's id. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { name, legend, type, options, error, hint, optional, reveals = {} } = props;
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset class="field__group" aria-describedby={ids(hintId, errorId)}>
        <legend class="field__legend">
          {legend}
          {optionalSuffix(optional)}
        </legend>
        {hint && (
          <div id={hintId} class="field__hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div class={`choices choices--${type}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${id}-${option.value}-hint` : undefined;
            const whyNotId = option.unavailable ? `${id}-${option.value}-unavailable` : undefined;
            const reveal = reveals[option.value];
            return [
              <div class="choice" key={option.value}>
                <input
                  id={optionId}
                  class="choice__input"
                  type={type}
                  name={name}
                  value={props.postedValue?.(option) ?? option.value}
                  checked={!option.unavailable && props.isChecked(option.value)}
                  disabled={!!option.unavailable}
                  required={props.required ?? (type === 'radio' && !optional)}
                  aria-describedby={ids(whyNotId, optionHintId, reveal?.id)}
                  onChange={(event) => props.onChoose(option.value, event.currentTarget.checked)}
                />
                <label class="choice__label" for={optionId}>
                  {option.label}
                </label>
                {option.unavailable && (
                  <div id={whyNotId} class="choice__hint choice__hint--unavailable">
                    {option.unavailable}
                  </div>
                )}
                {option.hint && (
                  <div id={optionHintId} class="choice__hint">
                    {option.hint}
                  </div>
                )}
              </div>,
              reveal && (
                <div class="choice__reveal" id={reveal.id} key={`${option.value}-reveal`}>
                  {reveal.content}
                </div>
              ),
            ];
          })}
        </div>
      </fieldset>
    </div>
  );
}
