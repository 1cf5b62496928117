/** A page's resources: a heading and a list, each a link (or a cited title) and what it is. */
import type { Page } from '../schemas/page.ts';

export interface ResourceListProps {
  resources: Page['resources'];
}

export function ResourceList({ resources }: ResourceListProps) {
  if (resources.length === 0) return null;
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading">Resources</h2>
      <ul>
        {resources.map((resource) => (
          <li>
            {resource.url ? (
              <a href={resource.url}>{resource.title}</a>
            ) : (
              <cite>{resource.title}</cite>
            )}
            {resource.description && <span>: {resource.description}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
