/**
 * The expression of interest form as applicants will see it: its questions resolved as the build
 * resolves them, with the CoPs and the intakes taking interest today as choices, drawn by the
 * form's own component. Inert: nothing can be chosen, typed or sent from the preview.
 */
import { contactWays } from '../lib/programme-contact.ts';
import { takingInterest } from '../lib/taking-interest.ts';
import EoiForm from '../islands/eoi/EoiForm.tsx';
import { PrivacyKeyPoints } from '../views/PrivacyKeyPoints.tsx';
import { useFormQuestions } from './form.ts';
import { NoProgramme, type EntryView } from './PreviewPage.tsx';
import { useCollection } from './use-collection.ts';

export const FormPreview: EntryView<'form'> = ({ entry, editor, now }) => {
  const today = useFormQuestions(editor, now, entry.data.questions);
  const [site] = useCollection(editor, 'site') ?? [];
  if (!today || !site) return null;
  const { programme, form } = today;
  if (!programme) return <NoProgramme />;
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
