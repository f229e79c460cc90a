import { readFileSync } from 'node:fs';
import type { DatasetData } from '../../src/lib/model/types.ts';

/** A fresh deep copy of the shipped dataset, safe to break in a test. */
export function shipped(): DatasetData {
  return JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));
}
