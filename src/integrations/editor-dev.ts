import type { AstroIntegration } from 'astro';

/**
 * `npm run dev` serves public/ files by their full name only: this lets /admin/ open the editor's
 * page there too, as static hosts do (the build needs nothing: the file is admin/index.html).
 */
export default function editorDevPage(): AstroIntegration {
  return {
    name: 'editor-dev-page',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url === '/admin/') {
            request.url = '/admin/index.html';
          }
          next();
        });
      },
    },
  };
}
