import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Built into the host's wwwroot so ASP.NET serves it; relative base so the page works under any
// path base, and ES-module workers because GraphiQL 5's Monaco workers are ES modules.
export default defineConfig({
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../src/Graph.Api/wwwroot/graphiql', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'es' },
});
