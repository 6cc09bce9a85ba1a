import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHtml } from '../../../lib/cli/html';
import { buildDetectionIndex, detect, type DetectionIndex } from '../../../lib/detect/engine';
import { bundledIndex, expectedLabels, PAGES } from '../helpers';

let index: DetectionIndex;
beforeAll(async () => {
  index = buildDetectionIndex(await bundledIndex());
});

/** Every fixture page, read through the gate as the content script reads it, against its recorded label. */
describe.each(Object.entries(expectedLabels()))('%s', (file, expected) => {
  const reading = () => readHtml(readFileSync(join(PAGES, file), 'utf8'), `https://news.example/${file}`);

  it(`is ${expected.relevant ? 'relevant' : 'not relevant'} (${expected.note})`, () => {
    const page = reading();
    const relevant = page.pass && detect(page.article, index).relevant;
    expect(relevant).toBe(expected.relevant);
  });

  if (expected.relevant) {
    it(`names ${expected.jurisdictions.join(', ')} first and links ${expected.laws.join(', ')}`, () => {
      const page = reading();
      if (!page.pass) throw new Error(page.reason);
      const result = detect(page.article, index);
      expect(result.jurisdictions.slice(0, expected.jurisdictions.length).map((j) => j.id)).toEqual(
        expected.jurisdictions,
      );
      expect(result.laws.map((l) => l.id)).toEqual(expect.arrayContaining(expected.laws));
      expect(result.language).toBe(expected.language);
    });
  }
});
