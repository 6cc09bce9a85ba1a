import { describe, expect, it } from 'vitest';
import { CATALOGS, sidebarStringsFor, stringsFor } from '../../../lib/i18n/catalog';
import { activateStrings, currentLocale, inLocale, t, tAround } from '../../../lib/i18n/translate';

const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('the catalogs', () => {
  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(CATALOGS.es).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });

  it('use the same $n placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(CATALOGS.en)) {
      expect(placeholders(CATALOGS.es[key]?.message ?? ''), key).toEqual(placeholders(entry.message));
    }
  });

  it('give every entry a message and a description, with camelCase keys', () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(entry.message.trim(), key).not.toBe('');
        expect(entry.description?.trim(), key).toBeTruthy();
      }
    }
  });

  it('send the content script the sidebar’s words but not the pages’ own', () => {
    const strings = sidebarStringsFor('es');
    expect(strings.sidebarLawsTitle).toBe('Leyes aplicables');
    expect(strings.labelConfidenceHigh).toBe('Alta');
    expect(strings.sharedSources).toBe('Fuentes');
    expect(strings.lookupCopyCitation).toBeUndefined();
    expect(strings.optionsSaved).toBeUndefined();
    expect(strings.extDescription).toBeUndefined();
  });
});

describe('t', () => {
  it('fills $1…$n in order, and leaves a missing substitution empty', () => {
    inLocale('en', stringsFor('en'), () => {
      expect(t('sidebarFooter', '2026.11', 'November 26, 2026')).toBe(
        'Dataset 2026.11, as of November 26, 2026. Everything here is bundled with Footnote; nothing leaves your browser.',
      );
      expect(t('sharedShowAll', 13, 'facts')).toBe('Show all 13 facts');
      expect(t('sidebarPostureTitle')).toBe('Where  stands');
    });
  });

  it('speaks whichever catalog is active, and returns the key when a string is missing', () => {
    inLocale('es', stringsFor('es'), () => {
      expect(currentLocale()).toBe('es');
      expect(t('sharedShowAll', 13, 'hechos')).toBe('Mostrar los 13 hechos');
      expect(t('sidebarPostureTitle', 'Oregón')).toBe('La postura de Oregón');
    });
    inLocale('en', {}, () => expect(t('sidebarLawsTitle')).toBe('sidebarLawsTitle'));
  });

  it('splits a message where an element goes', () => {
    inLocale('en', stringsFor('en'), () => expect(tAround('sidebarConfidence')).toEqual(['Confidence: ', '']));
    inLocale('es', stringsFor('es'), () => expect(tAround('sidebarAgreementsTitle')).toEqual(['Acuerdos ', '']));
  });

  it('restores the previous language after inLocale, even when the work throws', () => {
    activateStrings('en', stringsFor('en'));
    expect(() =>
      inLocale('es', stringsFor('es'), () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(currentLocale()).toBe('en');
    expect(t('sidebarLawsTitle')).toBe('Laws that apply');
  });
});
