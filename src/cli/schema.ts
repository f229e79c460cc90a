/** npm run schema: writes public/sourceline.schema.json from the one schema definition. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../lib/model/json-schema.ts';

const target = 'public/sourceline.schema.json';
writeFileSync(target, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
