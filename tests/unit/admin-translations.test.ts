import fs from 'fs';
import path from 'path';
import { VERIFICATION_STATUSES } from '../../shared/vocabulary';
import en from '../../admin/src/translations/en.json';
import uk from '../../admin/src/translations/uk.json';

const ADMIN_SRC = path.resolve(__dirname, '..', '..', 'admin', 'src');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

/** Message ids written literally in the admin code: t('id', ...), label('id', ...), getTranslation('id'). */
const literalIds = () =>
  sourceFiles(ADMIN_SRC).flatMap((file) =>
    [
      ...fs
        .readFileSync(file, 'utf8')
        .matchAll(/\b(?:t|label|getTranslation)\(\s*'([a-zA-Z][\w.-]*)'/g),
    ].map((match) => match[1])
  );

/** Placeholders of an ICU message, e.g. {who} and {count, plural, ...} give who and count. */
const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();

describe('the admin translations', () => {
  it('give every message id the admin code uses, in English', () => {
    const ids = literalIds();
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !(id in en))).toEqual([]);
  });

  it('name every verification status and record type the admin shows', () => {
    const needed = [
      ...VERIFICATION_STATUSES.map((status) => `status.${status}`),
      'queue.type.casualty-figure',
      'queue.type.quote',
    ];
    expect(needed.filter((id) => !(id in en))).toEqual([]);
  });

  it('are complete in Ukrainian, with the same placeholders', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    const english = en as Record<string, string>;
    const ukrainian = uk as Record<string, string>;
    const mismatched = Object.keys(english).filter(
      (id) => placeholders(english[id]).join() !== placeholders(ukrainian[id]).join()
    );
    expect(mismatched).toEqual([]);
    const untranslated = Object.keys(english).filter(
      (id) => english[id] === ukrainian[id] && /[a-z]{3}/i.test(english[id])
    );
    expect(untranslated).toEqual([]);
  });
});
