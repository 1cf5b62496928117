/**
 * The expression of interest form as applicants will see it: its questions resolved as the build
 * resolves them, with the CoPs and the intakes taking interest today as choices, drawn by the
 * form's own component. Inert: nothing can be chosen, typed or sent from the preview.
 */
import { formChoices } from '../lib/eoi/form-choices.ts';
import { resolveQuestions } from '../lib/eoi/questions.ts';
import { contactWays } from '../lib/programme-contact.ts';
import { takingInterest } from '../lib/taking-interest.ts';
import EoiForm from '../islands/eoi/EoiForm.tsx';
import { PrivacyKeyPoints } from '../views/PrivacyKeyPoints.tsx';
import type { EntryView } from './PreviewPage.tsx';
import { useShownProgramme } from './programme.ts';
import { publishedCops } from './published.ts';
import { useCollection } from './use-collection.ts';

export const FormPreview: EntryView<'form'> = ({ entry, editor, now }) => {
  const programme = useShownProgramme(editor, now)?.programme;
  const cops = useCollection(editor, 'cops');
  const [site] = useCollection(editor, 'site') ?? [];
  if (!programme || !cops || !site) return null;
  const choices = formChoices(
    publishedCops(cops).map((cop) => ({ id: cop.slug, ...cop.data })),
    programme,
  );
  const form = resolveQuestions(entry.data.questions, choices);
  const { introduction } = entry.data;
  return (
    <>
      <div class="panel preview-note">
        <p>Above the form, today: {takingInterest(programme.phase).invitation}.</p>
        <p>{form.future ? introduction.future : introduction.open}</p>
      </div>
      <div inert>
        <EoiForm
          action=""
          formId="preview"
          origin=""
          nextUrl=""
          privacyUrl="/privacy/"
          form={form}
          organisation={site.data.organisation}
          contact={contactWays(site.data.programmeContact)}
        />
      </div>
      <PrivacyKeyPoints organisation={site.data.organisation} />
    </>
  );
};
