/** The editor's previews: one template per collection (a file collection's by its file's name). */
import { CopPreview } from './CopPreview.tsx';
import { FormPreview } from './FormPreview.tsx';
import { previewTemplate } from './host.ts';
import { PagePreview } from './PagePreview.tsx';
import { entryPreview } from './PreviewPage.tsx';
import { ProgrammePreview } from './ProgrammePreview.tsx';
import { ReflectionPreview } from './ReflectionPreview.tsx';
import { SitePreview } from './SitePreview.tsx';

interface EditorCms {
  registerPreviewStyle: (url: string) => void;
  registerPreviewTemplate: (name: string, component: unknown) => void;
}
const cms = (window as unknown as { CMS: EditorCms }).CMS;

// The site's own stylesheet, its views' styles included (src/pages/admin/site.css.ts).
cms.registerPreviewStyle('/admin/site.css');

const templates = {
  cops: entryPreview('cops', CopPreview),
  form: entryPreview('form', FormPreview),
  pages: entryPreview('pages', PagePreview),
  programme: entryPreview('programme', ProgrammePreview),
  reflections: entryPreview('reflections', ReflectionPreview),
  site: entryPreview('site', SitePreview, { around: true }),
};
for (const [name, preview] of Object.entries(templates)) {
  cms.registerPreviewTemplate(name, previewTemplate(preview));
}
