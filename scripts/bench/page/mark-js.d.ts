/** The little of mark.js 8 the benchmark page uses (the package ships no types). */
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    acrossElements?: boolean;
    diacritics?: boolean;
    done?: (count: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    markRegExp(regexp: RegExp, options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
