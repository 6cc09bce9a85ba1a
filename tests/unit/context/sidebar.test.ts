import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/context/sidebar';
import { bundledDataset } from '../helpers';

describe('summarize', () => {
  it('writes the state out for readers and keeps the code for machines', async () => {
    const dataset = await bundledDataset();
    const glendale = dataset.jurisdictions.find((j) => j.id === 'us-ca-glendale')!;
    expect(summarize(glendale)).toMatchObject({ state: 'CA', stateName: 'California', label: 'Glendale, California' });
    const federal = dataset.jurisdictions.find((j) => j.type === 'federal')!;
    expect(summarize(federal).stateName).toBeUndefined();
  });
});
