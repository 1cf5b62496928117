/**
 * A preview template is a React component (the editor's React, with its own react-dom), but the
 * site's views are Preact: each template is a React class that renders one empty element and
 * draws the Preact view into it whenever the editor gives it new props.
 */
import { h, render, type ComponentType } from 'preact';
import type { EditorPreviewProps } from './editor-entry.ts';

/** What the editor's script puts on `window` for templates (React's createElement, createClass). */
interface EditorReact {
  h: (type: string, props: Record<string, unknown>) => unknown;
  createClass: (spec: Record<string, unknown>) => unknown;
}

interface HostInstance {
  props: EditorPreviewProps;
  box?: HTMLElement;
  keep: (element: HTMLElement | null) => void;
}

/** A React component for `CMS.registerPreviewTemplate` that shows `View` with the editor's props. */
export function previewTemplate(View: ComponentType<{ editor: EditorPreviewProps }>): unknown {
  const react = window as unknown as EditorReact;
  const draw = (host: HostInstance) => {
    if (host.box) render(h(View, { editor: host.props }), host.box);
  };
  return react.createClass({
    componentDidMount(this: HostInstance) {
      draw(this);
    },
    componentDidUpdate(this: HostInstance) {
      draw(this);
    },
    componentWillUnmount(this: HostInstance) {
      if (this.box) render(null, this.box);
    },
    // createClass binds methods once, so the ref stays the same function from render to render.
    keep(this: HostInstance, element: HTMLElement | null) {
      if (element) this.box = element;
    },
    render(this: HostInstance) {
      // Hooks from the editor's React fail (react-dom brings its own React): a class and a ref.
      return react.h('div', { ref: this.keep });
    },
  });
}
