/**
 * One question of the form, drawn for its kind: the one place that says how each kind looks.
 * A choice's option can carry a note, or another question asked while it is chosen ("Other").
 */
import { postedValue } from '../../lib/eoi/payload.ts';
import type { Question } from '../../lib/eoi/questions.ts';
import { listOf, textOf, type EoiValues } from '../../lib/eoi/schema.ts';
import { ChoiceGroup, fieldId, TextField } from './Inputs.tsx';

export interface QuestionFieldProps {
  question: Question;
  /** Every question, for those asked with one of this question's options. */
  questions: readonly Question[];
  values: EoiValues;
  errorOf: (id: string) => string | undefined;
  onValue: (id: string, value: string | string[]) => void;
}

const INPUT_TYPES = { email: 'email', phone: 'tel' } as const;

export function QuestionField(props: QuestionFieldProps) {
  const { question, values, errorOf, onValue } = props;
  const { id, kind } = question;
  const optional = !question.required;
  if (question.hidden) return <input type="hidden" name={id} value={textOf(values, id)} />;
  if (kind === 'one-choice' || kind === 'several-choices') {
    const many = kind === 'several-choices';
    const options = question.options ?? [];
    const ticked = many ? listOf(values, id) : [textOf(values, id)];
    const reveals = Object.fromEntries(
      options.flatMap((option) => {
        const followUp = props.questions.find(
          (other) => other.revealedBy?.question === id && other.revealedBy.value === option.value,
        );
        const content = followUp ? (
          <QuestionField {...props} question={followUp} />
        ) : (
          option.note && <p class="eoi-form__note">{option.note}</p>
        );
        const part = followUp ? 'reveal' : 'note';
        return content
          ? [[option.value, { id: `${fieldId(id)}-${option.value}-${part}`, content }]]
          : [];
      }),
    );
    return (
      <ChoiceGroup
        name={id}
        type={many ? 'checkbox' : 'radio'}
        legend={question.label}
        hint={question.hint}
        options={options}
        error={errorOf(id)}
        optional={optional}
        // A lone box (the privacy notice's) can be required by the browser; a group of them cannot.
        required={many ? question.required && options.length === 1 : undefined}
        reveals={reveals}
        postedValue={question.sendsNames ? (option) => postedValue(question, option) : undefined}
        isChecked={(value) => ticked.includes(value)}
        onChoose={(value, checked) =>
          onValue(
            id,
            !many ? value : checked ? [...ticked, value] : ticked.filter((one) => one !== value),
          )
        }
      />
    );
  }
  return (
    <TextField
      name={id}
      label={question.label}
      hint={question.hint}
      value={textOf(values, id)}
      error={errorOf(id)}
      onValue={(value) => onValue(id, value)}
      // One asked with another's option is needed only then: no "(optional)", no browser check.
      optional={optional && !question.revealedBy}
      required={question.revealedBy ? false : question.required}
      type={kind === 'email' || kind === 'phone' ? INPUT_TYPES[kind] : 'text'}
      autocomplete={question.autocomplete}
      multiline={kind === 'long-text'}
      limit={kind === 'long-text' ? question.limit : undefined}
      width={question.width}
    />
  );
}
