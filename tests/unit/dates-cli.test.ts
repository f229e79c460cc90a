import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dates.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });

// Each case starts Node with tsx, which takes a few seconds on a busy machine.
const SLOW = { timeout: 30_000 };

describe('npm run -s dates', () => {
  test('prints one JSON array a line, best first, with only phrase, start, end and precision', SLOW, () => {
    const input = [
      'Sullivan kehrte dann im April in die USA zurück.',
      'Die Botschaft musste ihren Dienst seither stark einschränken.',
      '',
      'Von März bis Mai hatten sich die Spannungen verschärft, am 16. Juni 2021 trafen sich Biden und Putin.'
    ].join('\n');
    const { status, stdout, stderr } = run(['--ref', '2021-06-16', '--lang', 'de'], input);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line))).toEqual([
      [{ phrase: 'im April', start: '2021-04', precision: 'month' }],
      [],
      [],
      [
        { phrase: 'am 16. Juni 2021', start: '2021-06-16', precision: 'day' },
        { phrase: 'Von März bis Mai', start: '2021-03', end: '2021-05', precision: 'month' }
      ]
    ]);
  });

  test('reads English with --lang=en and Windows line ends', SLOW, () => {
    const { status, stdout } = run(['--ref=2021-06-16', '--lang=en'], 'Biden took office in January.\r\nThe talks ended on Wednesday.\r\n');
    expect(status).toBe(0);
    expect(stdout).toBe('[{"phrase":"in January","start":"2021-01","precision":"month"}]\n[{"phrase":"on Wednesday","start":"2021-06-16","precision":"day"}]\n');
  });

  test.each([
    [['--ref', '2021-02-30', '--lang', 'de'], '--ref "2021-02-30" is not a date written YYYY-MM-DD'],
    [['--ref', '16.06.2021', '--lang', 'de'], '--ref "16.06.2021" is not a date written YYYY-MM-DD'],
    [['--ref', '2021-06-16', '--lang', 'fr'], '--lang "fr" is not de or en'],
    [['--lang', 'de'], '--ref is missing'],
    [['--ref', '2021-06-16'], '--lang is missing'],
    [['--ref', '2021-06-16', '--lang', 'de', '--year'], 'unknown option "--year"']
  ])('%j is one line on stderr and exit 2', SLOW, (args, message) => {
    const { status, stdout, stderr } = run(args, 'im März\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
