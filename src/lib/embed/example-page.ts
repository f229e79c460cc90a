/**
 * public/embed-example.html: a stand-in for a blog post that embeds the timeline with exactly the
 * snippet the app generates for EXAMPLE_OPTIONS. Regenerate it with `npx tsx src/cli/embed-example.ts`;
 * a unit test fails if the file and this function disagree.
 */
import dataset from '../../../data/summit-2021.json';
import { de } from '../i18n/de.ts';
import { snippet, type EmbedOptions } from './snippet.ts';

/** The documented example (README, "Embedding"): German, light, opening on Antonow's recall, auto height. */
export const EXAMPLE_OPTIONS: EmbedOptions = {
  base: './',
  lang: 'de',
  theme: 'auto',
  event: 'russia-recalls-antonow',
  lanes: [],
  height: 'auto',
  title: de.embedFrameTitle(dataset.title.de)
};

export function examplePage(): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Beispiel-Blog: Wie es zum Gipfel von Genf kam</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; background: #fbfaf7; color: #222; font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; }
      header, main, footer { max-width: 42rem; margin: 0 auto; padding: 1rem; }
      header { border-bottom: 1px solid #ddd; font: 600 0.9rem/1.4 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: #555; }
      h1 { font-size: clamp(1.6rem, 5vw, 2.3rem); line-height: 1.15; margin: 1rem 0 0.5rem; }
      .byline { color: #555; font: 0.9rem system-ui, sans-serif; margin: 0 0 1.5rem; }
      figure { margin: 2rem 0; }
      figcaption { color: #555; font: 0.85rem/1.4 system-ui, sans-serif; margin-top: 0.5rem; }
      footer { color: #555; font: 0.85rem system-ui, sans-serif; border-top: 1px solid #ddd; }
    </style>
  </head>
  <body>
    <header>Beispiel-Blog</header>
    <main>
      <article>
        <h1>Wie es zum Gipfel von Genf kam</h1>
        <p class="byline">Ein Beispielbeitrag, der die Sourceline-Zeitleiste einbettet</p>
        <p>Im Juni 2021 trafen sich Joe Biden und Wladimir Putin in der Villa La Grange in Genf. Was ging dem Treffen voraus? Die Zeitleiste unten zeigt die Ereignisse und zu jedem den Satz aus der Agenturmeldung, aus dem es stammt.</p>
        <figure>
<!-- Sourceline embed: begin (exactly the generated snippet) -->
${snippet(EXAMPLE_OPTIONS)}
<!-- Sourceline embed: end -->
          <figcaption>Zeitleiste: Sourceline. Eingebettet ohne Anfragen an Dritte; die Höhe passt sich dem Inhalt an.</figcaption>
        </figure>
        <p>Ein Klick auf ein Ereignis markiert seinen Quellsatz im Text der Meldung.</p>
      </article>
    </main>
    <footer>Dieses Dokument ist ein Beispiel für Blogger. Der eingebettete Code wurde mit dem Dialog „Einbetten“ erzeugt.</footer>
  </body>
</html>
`;
}
