import { parse } from 'csv-parse/sync';
import { toSpreadsheetCsv } from './csv';

describe('toSpreadsheetCsv', () => {
  it('keeps a cell that would start a formula from being read as one', () => {
    const csv = toSpreadsheetCsv([
      { title: '=HYPERLINK("https://evil.example","click")', n: -3 },
      { title: '+1', n: 2 },
      { title: '-2', n: 0 },
      { title: '@SUM(A1)', n: 1 },
      { title: 'Onboarding in 90 minutes', n: 4 },
    ]);
    expect(parse(csv, { columns: ['title', 'n'] })).toEqual([
      { title: `'=HYPERLINK("https://evil.example","click")`, n: '-3' },
      { title: "'+1", n: '2' },
      { title: "'-2", n: '0' },
      { title: "'@SUM(A1)", n: '1' },
      { title: 'Onboarding in 90 minutes', n: '4' },
    ]);
  });
});
