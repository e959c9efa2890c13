// The print rules as text; that Chromium draws them on every page is proved by test/e2e/print-marking.e2e.ts.
import { describe, expect, it } from 'vitest';
import { cssString, printMarkingCss } from './print-marking';

describe('printMarkingCss', () => {
  it('puts the marking, upper-cased, in the top and bottom margin boxes of every page', () => {
    const css = printMarkingCss('Eu Restricted');
    expect(css).toMatch(/^@page \{ margin: 18mm 15mm; @top-center \{ content: "EU RESTRICTED";/);
    expect(css).toContain('@bottom-center { content: "EU RESTRICTED";');
  });

  it('puts a footnote, as one string, in the bottom-left box; none without one', () => {
    const css = printMarkingCss('x', 'Journal head "c", key ab12:\n1a2b\n3c4d');
    // Each line of the footnote kept (a CSS string's \A is a line break), quotes escaped.
    expect(css).toContain(
      '@bottom-left { content: "Journal head \\"c\\", key ab12:\\A 1a2b\\A 3c4d"; font: 5.5pt',
    );
    expect(css.match(/content: "(?:[^"\\]|\\.)*";/g)).toHaveLength(3);
    expect(printMarkingCss('x')).not.toContain('@bottom-left');
  });

  it('keeps a marking a string: it cannot end the rule or add one', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('line\nbreak')).toBe('"line break"');
    const hostile = printMarkingCss('x"; } body { display: none } @page { content: "');
    // Exactly the two content declarations, each one string.
    expect(hostile.match(/content: "(?:[^"\\]|\\.)*";/g)).toHaveLength(2);
    expect(hostile.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toContain('display');
  });
});
