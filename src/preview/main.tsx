/** The editor's previews: one template per collection (a file collection's by its file's name). */

interface EditorCms {
  registerPreviewStyle: (url: string) => void;
  registerPreviewTemplate: (name: string, component: unknown) => void;
}
const cms = (window as unknown as { CMS: EditorCms }).CMS;

// The site's own stylesheet, its views' styles included (src/pages/admin/site.css.ts).
cms.registerPreviewStyle('/admin/site.css');
