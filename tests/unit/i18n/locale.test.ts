import { describe, expect, it } from 'vitest';
import { pageLocale, sidebarLocale, supportedLocale } from '../../../lib/i18n/locale';

describe('locale resolution', () => {
  it('reads language tags down to a language Footnote speaks', () => {
    expect(supportedLocale('es-419')).toBe('es');
    expect(supportedLocale('es_MX')).toBe('es');
    expect(supportedLocale('EN-us')).toBe('en');
    expect(supportedLocale('fr-CA')).toBeUndefined();
    expect(supportedLocale('')).toBeUndefined();
    expect(supportedLocale(undefined)).toBeUndefined();
  });

  it('gives extension pages the setting, else the browser language, else English', () => {
    expect(pageLocale('auto', 'es-MX')).toBe('es');
    expect(pageLocale('auto', 'en-GB')).toBe('en');
    expect(pageLocale('auto', 'de-DE')).toBe('en');
    expect(pageLocale('en', 'es-ES')).toBe('en');
    expect(pageLocale('es', 'en-US')).toBe('es');
  });

  it('gives the sidebar the setting, else the article’s language, else the browser’s', () => {
    expect(sidebarLocale('auto', 'es', 'en-US')).toBe('es');
    expect(sidebarLocale('auto', 'en', 'es-MX')).toBe('en');
    expect(sidebarLocale('auto', '', 'es-MX')).toBe('es');
    expect(sidebarLocale('auto', 'fr', 'de')).toBe('en');
    expect(sidebarLocale('en', 'es', 'es-MX')).toBe('en');
    expect(sidebarLocale('es', 'en', 'en-US')).toBe('es');
  });
});
