import { describe, expect, it } from 'vitest';
import { htmlText, pdfOptions } from './print-templates';

describe('pdfOptions', () => {
  it('puts the marking in the header and, with the page number, in the footer, on A4 with margins', () => {
    const options = pdfOptions({ fileName: 'aar.pdf', marking: 'Eu Restricted' });
    expect(options.headerTemplate).toContain('>EU RESTRICTED</div>');
    expect(options.footerTemplate).toContain('EU RESTRICTED &#8212; <span class="pageNumber"></span>');
    expect(options.footerTemplate).toContain('<span class="totalPages"></span>');
    expect(options).toMatchObject({ pageSize: 'A4', landscape: false, displayHeaderFooter: true });
    expect(options.headerTemplate).toMatch(/font: 600 9px/);
    expect(pdfOptions({ fileName: 'a.pdf', marking: 'x', landscape: true }).landscape).toBe(true);
  });

  it('puts a footnote (the report’s journal head) under the footer’s marking, as text', () => {
    const options = pdfOptions({
      fileName: 'aar.pdf',
      marking: 'x',
      footnote: 'Journal head <b>:\n1a2b\n3c4d',
    });
    expect(options.footerTemplate).toMatch(
      /totalPages"><\/span><\/div><div style="[^"]*monospace[^"]*">Journal head &lt;b&gt;: 1a2b 3c4d<\/div>$/,
    );
    expect(pdfOptions({ fileName: 'aar.pdf', marking: 'x' }).footerTemplate).not.toContain('monospace');
  });

  it('never lets a marking become markup', () => {
    const options = pdfOptions({ fileName: 'aar.pdf', marking: '<img src=x onerror=alert(1)> & "co"' });
    expect(options.headerTemplate).not.toContain('<img');
    expect(options.headerTemplate).toContain('&lt;IMG SRC=X ONERROR=ALERT(1)&gt; &amp; &quot;CO&quot;');
    expect(htmlText(`a'b`)).toBe('a&#39;b');
  });
});
