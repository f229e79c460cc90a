import { describe, expect, test } from 'vitest';
import { dialogMessages } from '../../src/lib/embed/dialog-messages.ts';

describe('the embed dialog’s text exists in German and English', () => {
  test.each(['de', 'en'] as const)('%s: the blocked-data message names the file and the header, and says what to do', (lang) => {
    const d = dialogMessages[lang];
    expect(d.dataBlocked('mine.json')).toContain('mine.json');
    expect(d.dataBlocked('mine.json')).toContain('Access-Control-Allow-Origin: *');
    expect(d.dataWhatToDo).toContain('?\u2060data=');
    expect(d.previewSize(680, 712)).toContain('680 × 712 px');
  });
  test('German and English differ everywhere (nothing left untranslated)', () => {
    for (const key of Object.keys(dialogMessages.de) as (keyof typeof dialogMessages.de)[]) {
      const de = dialogMessages.de[key];
      const en = dialogMessages.en[key];
      expect(typeof de === 'string' ? de !== en : true, key).toBe(true);
    }
  });
});
