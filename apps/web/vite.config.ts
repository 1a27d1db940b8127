import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API listens on 3000 in development (`pnpm dev` at the root starts both).
const API_ORIGIN = 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: API_ORIGIN },
  '/metrics': { target: API_ORIGIN },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/report-bundle-size.mjs reads the manifest to tell the entry chunk and its static
    // imports (what the browser must download before the first paint) from lazy route chunks.
    manifest: true,
    target: 'es2022',
  },
});
