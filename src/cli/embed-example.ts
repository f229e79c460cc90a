/** Writes public/embed-example.html from the snippet module (see src/lib/embed/example-page.ts). */
import { writeFileSync } from 'node:fs';
import { examplePage } from '../lib/embed/example-page.ts';

const FILE = 'public/embed-example.html';
writeFileSync(FILE, examplePage());
console.log(`wrote ${FILE}`);
