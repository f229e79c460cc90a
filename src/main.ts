import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from './lib/i18n/index.ts';
import { parseUrl, pickLang } from './lib/url.ts';
import './styles/base.css';

// The page's language decides which interface text it loads (the other loads if a reader switches).
const lang = pickLang(parseUrl(location.href).lang, navigator.languages ?? [navigator.language]);
loadMessages(lang).then(
  () => mount(App, { target: document.getElementById('app')! }),
  () => {
    // Offline with the text not cached: say so in both languages, as plain text.
    const app = document.getElementById('app')!;
    app.textContent = 'Sourceline: Die Seite konnte nicht vollständig geladen werden. / The page could not be loaded completely.';
    app.setAttribute('role', 'alert');
  }
);
