import fs from 'fs';
import path from 'path';
import { VERIFICATION_STATUSES } from '../../shared/vocabulary';
import article from '../../server/src/content-types/article/schema';
import figure from '../../server/src/content-types/casualty-figure/schema';
import official from '../../server/src/content-types/official/schema';
import quote from '../../server/src/content-types/quote/schema';
import {
  CONTENT_TYPES,
  contentManagerMessages,
} from '../../admin/src/content-manager/content-types';
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

  describe("of the Content Manager's forms and lists", () => {
    const SCHEMAS = { article, 'casualty-figure': figure, official, quote } as const;
    type Attribute = { visible?: boolean; type: string; enum?: readonly string[] };
    const attributesOf = (type: keyof typeof SCHEMAS) =>
      Object.entries(SCHEMAS[type].attributes as Record<string, Attribute>).filter(
        ([, attribute]) => attribute.visible !== false
      );
    const english = en as Record<string, string>;

    it('give every field an editor sees a label and a hint', () => {
      const missing = (Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]).flatMap((type) =>
        attributesOf(type).flatMap(([field]) =>
          ['label', 'hint']
            .map((part) => `field.${type}.${field}.${part}`)
            .filter((id) => !(id in english))
        )
      );
      expect(missing).toEqual([]);
    });

    it('say what every stored choice means', () => {
      const missing = (Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]).flatMap((type) =>
        attributesOf(type).flatMap(([field, attribute]) =>
          (attribute.type === 'enumeration' ? (attribute.enum ?? []) : [])
            .map((value) => `choice.${type}.${field}.${value}`)
            .filter((id) => !(id in english))
        )
      );
      expect(missing).toEqual([]);
    });

    it("name each type by the display name Strapi's menu asks for, and each label by the Content Manager's id", () => {
      for (const [type, schema] of Object.entries(SCHEMAS)) {
        expect(CONTENT_TYPES[type as keyof typeof CONTENT_TYPES]).toBe(schema.info.displayName);
      }
      const given = contentManagerMessages(uk as Record<string, string>);
      expect(given['Casualty figure']).toBe(
        (uk as Record<string, string>)['type.casualty-figure.name']
      );
      expect(
        given['content-manager.content-types.plugin::fact-desk.casualty-figure.asStated']
      ).toBe((uk as Record<string, string>)['field.casualty-figure.asStated.label']);
      // Hints go through the edit view's hook, not by an id of Strapi's.
      expect(Object.keys(given).filter((id) => /\.hint$/.test(id))).toEqual([]);
      expect(given['content-manager.form.Input.hint.text']).toContain('макс.');
    });
  });
});
