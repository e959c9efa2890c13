import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useSvgId } from './use-svg-id';

function Labelled() {
  return <span className="labelled">{useSvgId()}</span>;
}

describe('useSvgId', () => {
  it('gives each component its own id, made only of letters, digits, _ and -', () => {
    const { container } = render(
      <>
        <Labelled />
        <Labelled />
      </>,
    );
    const ids = [...container.querySelectorAll('.labelled')].map((element) => element.textContent ?? '');
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^chart-[\w-]+$/);
  });

  it('gives safe ids in static markup too', () => {
    const markup = renderToStaticMarkup(<Labelled />);
    expect(markup).toMatch(/^<span class="labelled">chart-[\w-]+<\/span>$/);
  });
});
