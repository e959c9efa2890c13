import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built into dist/renderer and served by station-server/ (browser mode) or loaded by the
// Electron shell. `base: './'` keeps every asset URL relative, so the same build works from http:// and
// from the packaged app.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // core/ is pure (no module runs anything on import), so what a screen does not use stays out of its
    // chunk: the spreadsheet readers load only when Home opens a file.
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.includes('/core/') } },
  },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
});
