/**
 * A programme year: the programme at a glance and each intake as the site lists it today, why
 * each shows the status it does, and the warning the build would give for a status set by hand
 * that its dates have overtaken.
 */
import { checkContent } from '../lib/content/cross-file-checks.ts';
import { melbourneToday } from '../lib/dates.ts';
import { programmeWithStatus } from '../lib/programme-view.ts';
import { statusReason } from '../lib/status-reason.ts';
import { IntakeList } from '../views/IntakeList.tsx';
import { ProgrammeNotice } from '../views/ProgrammeNotice.tsx';
import { ProgrammeTimeline } from '../views/ProgrammeTimeline.tsx';
import type { EntryView } from './PreviewPage.tsx';
import { useShownProgramme } from './programme.ts';

export const ProgrammePreview: EntryView<'programme'> = ({ entry, editor, now }) => {
  const shown = useShownProgramme(editor, now, { edited: entry });
  if (!shown) return null;
  const programme = programmeWithStatus(entry.data, entry.slug, now, shown.copIds);
  const warnings = checkContent(
    {
      programmes: shown.files.map((file) => ({ id: file.slug, file: file.path, data: file.data })),
      cops: [],
      reflections: [],
    },
    now,
  ).warnings.filter((warning) => warning.startsWith(`${entry.path}:`));
  return (
    <>
      <h1>{programme.title}</h1>
      {shown.programme && shown.programme.id !== entry.slug && (
        <p class="panel preview-note">
          The site shows {shown.programme.title} today; this year is shown as it will be when it is
          the one the site shows.
        </p>
      )}
      {warnings.length > 0 && (
        <div class="panel preview-note preview-note--warning" role="status">
          <p>The build will warn:</p>
          <ul>
            {warnings.map((warning) => (
              <li>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <ProgrammeNotice programme={programme} />
      <ProgrammeTimeline programme={programme} today={melbourneToday(now)} />
      <IntakeList intakes={programme.intakes} current={shown.current} showSchedule />
      <section class="panel preview-note" aria-labelledby="preview-reasons">
        <h2 id="preview-reasons">Why each intake shows its status today</h2>
        <ul>
          {entry.data.intakes.map((intake) => (
            <li>
              <strong>{intake.name}</strong>: {statusReason(intake, now)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
};
