import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the API server serves with a
// fallback to index.html for client-side routes. In development, `vite` proxies the API to a
// Canopy started with `npm start` (PORT 3000 unless CANOPY_API_URL says otherwise).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': process.env.CANOPY_API_URL ?? 'http://localhost:3000',
    },
  },
});
