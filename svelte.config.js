import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Short scoped class names ("s-1ab2c") instead of "svelte-1ab2c3d": they repeat in every
    // template and rule, and the 60 kB budget counts every byte.
    cssHash: ({ hash, css }) => `s-${hash(css).slice(0, 5)}`,
    // No global note of Svelte's version (window.__svelte), which only browser extensions read.
    discloseVersion: false
  }
};
