// Content from outside the engine is checked before use: each way of tampering with what `exercise.created`
// embeds is refused with the field at fault; what the engine embedded itself passes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { EventOf } from '../ports/index';
import { checkEmbeddedContent } from './check-embedded-content';
import type { EmbeddedContent } from './exercise-content';
import { checkedContentOfCreated, EmbeddedContentError } from './replay';

/** An independent SHA-256, so a test can re-hash a tampered text the way a careful forger would. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function created(): Promise<EventOf<'exercise.created'>> {
  const harness = await Harness.create();
  return harness.eventsOf('exercise.created')[0] as EventOf<'exercise.created'>;
}

/** A deep copy of the created event with its embedded content changed by `edit`. */
async function tampered(edit: (content: EmbeddedContent) => void): Promise<EventOf<'exercise.created'>> {
  const event = structuredClone(await created());
  edit(event.payload.content);
  return event;
}

const PREFIX = 'payload.content';

describe('checking the documents a log embeds', () => {
  it('passes what the engine embedded itself, and loads the scenario from the sources', async () => {
    const event = await created();
    const checked = checkEmbeddedContent(event.payload.content, PREFIX);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.content.scenario.title).toBe('Mini scenario');
    expect(checkedContentOfCreated(event).scenario.id).toBe('mini-scenario');
  });

  it('refuses a scenario whose text no longer matches its hash', async () => {
    const event = await tampered((content) => {
      content.scenario.source.text = content.scenario.source.text.replace('Mini scenario', 'Maxi scenario');
    });
    expect(checkEmbeddedContent(event.payload.content, PREFIX)).toEqual({
      ok: false,
      field: 'payload.content.scenario.hash',
      reason: expect.stringMatching(
        /^the embedded scenario mini-scenario\.yaml does not match its hash .*changed after the exercise was recorded$/,
      ),
    });
    expect(() => checkedContentOfCreated(event)).toThrow(EmbeddedContentError);
    expect(() => checkedContentOfCreated(event)).toThrow(
      /^exercise\.created, field "payload\.content\.scenario\.hash": the embedded scenario/,
    );
  });

  it('refuses a playbook document changed after the fact', async () => {
    const event = await tampered((content) => {
      const roles = content.playbook.sources.find((source) => source.path.endsWith('roles.yaml'));
      if (!roles) throw new Error('the mini playbook has no roles.yaml');
      roles.text = roles.text.replace('clearance: [eu]\n', 'clearance: [eu, nato]\n');
    });
    expect(checkEmbeddedContent(event.payload.content, PREFIX)).toMatchObject({
      ok: false,
      field: 'payload.content.playbook.hash',
    });
  });

  it('refuses a re-hashed scenario that fails the schema, naming the file, line and field', async () => {
    const event = await tampered((content) => {
      content.scenario.source.text = content.scenario.source.text.replace('span: 2d', 'span: soon');
      content.scenario.hash = sha256(content.scenario.source.text);
      delete content.scenario.document;
    });
    expect(checkEmbeddedContent(event.payload.content, PREFIX)).toEqual({
      ok: false,
      field: 'payload.content.scenario.source',
      reason: expect.stringMatching(
        /^an embedded document does not load: mini-scenario\.yaml:8:7: .*\(span\)/,
      ),
    });
  });

  it('refuses parsed documents that differ from their checked sources', async () => {
    const scenario = await tampered((content) => {
      (content.scenario.document as { title: string }).title = 'Another title';
    });
    expect(checkEmbeddedContent(scenario.payload.content, PREFIX)).toMatchObject({
      ok: false,
      field: 'payload.content.scenario.document',
    });
    const mechanism = await tampered((content) => {
      const mechanisms = content.playbook.documents?.mechanisms ?? [];
      const solidarity = mechanisms.find((document) => document.id === 'solidarity');
      if (!solidarity) throw new Error('the mini playbook has no solidarity mechanism');
      solidarity.marking = 'PUBLIC';
    });
    const documents = (await created()).payload.content.playbook.documents;
    const index = documents?.mechanisms.findIndex((document) => document.id === 'solidarity');
    expect(checkEmbeddedContent(mechanism.payload.content, PREFIX)).toMatchObject({
      ok: false,
      field: `payload.content.playbook.documents.mechanisms[${index}]`,
    });
  });

  it('refuses content of the wrong shape, naming the field', async () => {
    const event = await tampered((content) => {
      content.playbook.hash = 'not a hash';
    });
    expect(checkEmbeddedContent(event.payload.content, PREFIX)).toEqual({
      ok: false,
      field: 'payload.content.playbook.hash',
      reason: expect.stringContaining('must be a SHA-256 hex digest'),
    });
    expect(checkEmbeddedContent({ playbook: {} }, PREFIX)).toMatchObject({
      ok: false,
      field: 'payload.content.playbook.sources',
    });
  });
});
