// citation-js ships no type declarations; these cover the calls the citation tests make.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js holds it. */
  export type CslData = Record<string, unknown> & { id: string; type: string };

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslData[];
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }

  export const plugins: {
    input: {
      util: {
        /** Drops every variable that is not CSL or has the wrong shape; with `false`, guesses nothing. */
        clean(data: object[], bestGuessConversions?: boolean): object[];
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
