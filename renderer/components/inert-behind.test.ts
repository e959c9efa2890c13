import { afterEach, describe, expect, it } from 'vitest';
import { holdFocusWithin, inertBehind } from './inert-behind';

/** A page: a header and a root holding a form, and the overlay beside the root. */
function page() {
  document.body.innerHTML = `
    <header id="header"><button id="home">Home</button></header>
    <div id="root"><form id="work"><button id="take">Take</button></form><p id="hidden" aria-hidden="false">x</p></div>
    <div id="overlay" tabindex="-1"><button id="inside">Inside</button></div>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { byId, overlay: byId('overlay') };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inertBehind', () => {
  it('makes everything but the overlay inert and hidden, and restores it as it was', () => {
    const { byId, overlay } = page();
    const restore = inertBehind(overlay);
    for (const id of ['header', 'root']) {
      expect(byId(id)).toHaveAttribute('inert');
      expect(byId(id)).toHaveAttribute('aria-hidden', 'true');
    }
    // The button the participant could have reached sits inside an inert element; the overlay's does not.
    expect(byId('take').closest('[inert]')).not.toBeNull();
    expect(byId('inside').closest('[inert]')).toBeNull();
    expect(overlay).not.toHaveAttribute('aria-hidden');
    restore();
    for (const id of ['header', 'root']) {
      expect(byId(id)).not.toHaveAttribute('inert');
      expect(byId(id)).not.toHaveAttribute('aria-hidden');
    }
    expect(byId('hidden')).toHaveAttribute('aria-hidden', 'false');
  });

  it('covers only inside its boundary, and covers what is added there while it stands', async () => {
    const { byId } = page();
    const contained = document.createElement('div');
    byId('root').append(contained);
    const restore = inertBehind(contained, byId('root'));
    expect(byId('work')).toHaveAttribute('inert');
    expect(byId('header')).not.toHaveAttribute('inert');
    const late = document.createElement('button');
    byId('root').append(late);
    // Mutation observers report after the current task's microtasks.
    await Promise.resolve();
    expect(late).toHaveAttribute('inert');
    restore();
    expect(late).not.toHaveAttribute('inert');
    expect(byId('work')).not.toHaveAttribute('inert');
  });

  it('leaves alone what was inert already, so two overlays do not undo each other', () => {
    const { byId, overlay } = page();
    byId('header').setAttribute('inert', '');
    const restore = inertBehind(overlay);
    restore();
    expect(byId('header')).toHaveAttribute('inert');
  });
});

describe('holdFocusWithin', () => {
  it('takes back focus that lands outside, and lets it move inside', () => {
    const { byId, overlay } = page();
    const release = holdFocusWithin(overlay);
    byId('take').focus();
    expect(overlay).toHaveFocus();
    byId('inside').focus();
    expect(byId('inside')).toHaveFocus();
    release();
    byId('take').focus();
    expect(byId('take')).toHaveFocus();
  });
});
