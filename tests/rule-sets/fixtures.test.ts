import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = path.resolve(__dirname, '../../../shared/research/cases');
const LOCAL = path.resolve(__dirname, '../fixtures/cases');

describe('the golden personas kept in the repository', () => {
  it('are the twelve cases', () => {
    expect(readdirSync(LOCAL).filter((f) => f.endsWith('.json'))).toHaveLength(12);
  });
  it('match ../shared/research/cases where that folder is beside the clone, and have the contract form', () => {
    for (const f of readdirSync(LOCAL).filter((x) => x.endsWith('.json'))) {
      const local = JSON.parse(readFileSync(path.join(LOCAL, f), 'utf8'));
      expect(local, f).toEqual(expect.objectContaining({ id: expect.any(String), asOf: expect.any(String), answers: expect.any(Object), expect: expect.any(Array) }));
      const shared = path.join(SHARED, f);
      if (existsSync(shared)) expect(local, f).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
    }
  });
});
