// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyParts } from '../../src/lib/markdown.ts';
import { ContentPage } from '../../src/views/ContentPage.tsx';

afterEach(cleanup);

describe("the views in a browser, as the editor's preview renders them", () => {
  it("shows a page's text, its headings and the reflections where the text places them", () => {
    render(
      <ContentPage
        page={{ title: 'Learning', draft: false, showContact: false, resources: [] }}
        body={bodyParts('## What we learn\n\nWe learn.\n\n<Reflections />')}
        reflections={[
          { quote: 'A safe space.', attribution: 'A participant', date: '2023-06', draft: false },
        ]}
        contact={[]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'What we learn' })).toBeTruthy();
    expect(screen.getByText('We learn.')).toBeTruthy();
    expect(screen.getByRole('figure').textContent).toContain('A safe space.');
  });
});
