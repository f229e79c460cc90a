// First: the page's text, the explorer's toolbar and a ?data= download leave before the app's own
// modules run (load-early.ts); the page mounts once its text is there.
import { ready } from './lib/load-early.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/base.css';

ready.then(
  () => mount(App, { target: document.getElementById('app')! }),
  () => {
    // Offline with the text not cached: say so in both languages, as plain text.
    const app = document.getElementById('app')!;
    app.textContent = 'Sourceline: Die Seite konnte nicht vollständig geladen werden. / The page could not be loaded completely.';
    app.setAttribute('role', 'alert');
  }
);
