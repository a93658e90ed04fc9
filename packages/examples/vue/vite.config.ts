import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Tell Vue that ias-* tags are custom elements (not Vue components it should resolve).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ias-') } } })],
});
