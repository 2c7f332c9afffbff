import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Built into the host's wwwroot so ASP.NET serves it at /cypher (with a <base> pointing at /workbench/);
// relative base so the page works under any path base. Everything is bundled: the page loads nothing
// from anywhere but the service.
export default defineConfig({
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../src/Graph.Api/wwwroot/workbench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
