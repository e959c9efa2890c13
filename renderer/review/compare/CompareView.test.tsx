import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareRuns,
  encodeEvents,
  ExerciseReadModels,
  fingerprintOf,
  type ExerciseEvent,
} from '../../../core/index';
import { Harness, HOUR } from '../../../test/fixtures/engine-harness';
import { miniScenarioText, replaceOnce } from '../../../test/fixtures/fixtures';
import { reviewModels } from '../../../test/fixtures/review-log';
import { webCryptoPackage, webCryptoSigner } from '../../../test/fixtures/webcrypto-package';
import { useUiStore } from '../../state/index';
import { CompareView } from './CompareView';

/**
 * The other run: the mini scenario again, where Member State C acknowledges INJ-1 at T+3h (in the review log,
 * test/fixtures/review-log.ts, at T+1h); nothing else is done. Its acknowledgement median is 3h against 1h.
 */
async function slowerRun(scenarioText?: string): Promise<readonly ExerciseEvent[]> {
  const h = await Harness.create(scenarioText);
  await h.startAtMaxSpeed();
  await h.jumpTo(3 * HOUR);
  const acknowledged = await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c');
  if (!acknowledged.ok) throw new Error('the acknowledgement was refused');
  await h.send('exercise/end');
  return h.engine.events;
}

const journal = (events: readonly ExerciseEvent[], name = 'events.jsonl') =>
  new File([encodeEvents(events)], name);
const fileInput = () => screen.getByLabelText(/Or a journal file/);

/** The cells of a figure's row in its group's table. */
async function rowOf(group: string, figure: RegExp): Promise<(string | null)[]> {
  const chart = await screen.findByRole('figure', { name: group });
  await userEvent.click(within(chart).getByRole('button', { name: 'Show table' }));
  const row = within(within(chart).getByRole('table')).getByRole('row', { name: figure });
  return [...row.children].map((cell) => cell.textContent);
}

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('CompareView', () => {
  it('compares this run with a journal file read here, the figures those compareRuns gives', async () => {
    const { models } = await reviewModels();
    const other = await slowerRun();
    render(<CompareView models={models} />);
    expect(screen.getByText('No run chosen yet: choose one above.')).toBeInTheDocument();
    await userEvent.upload(fileInput(), journal(other));
    expect(await screen.findByRole('table', { name: 'The two runs' })).toHaveTextContent('Mini');
    // Member State C acknowledged after 1h here and after 3h in the other run (the comments above).
    const cells = await rowOf('Acknowledgement by role', /Member State C: median time to acknowledge/);
    expect(cells).toEqual(['Member State C: median time to acknowledge', '1h', '3h', '−2h', 'better']);
    // The same figure as compareRuns computes it from the two logs on its own.
    const figure = compareRuns(
      models,
      ExerciseReadModels.of(other, (await Harness.create()).engine.content),
    ).figures.find((candidate) => candidate.key === 'ack:ms-c:median');
    expect(figure).toMatchObject({ a: HOUR, b: 3 * HOUR, difference: -2 * HOUR, verdict: 'better' });
  });

  it('compares with a backup package as with its journal, saying by whose key it was signed', async () => {
    const { models } = await reviewModels();
    const other = await slowerRun();
    const signer = await webCryptoSigner();
    const text = await webCryptoPackage(encodeEvents(other), signer);
    render(<CompareView models={models} />);
    await userEvent.upload(fileInput(), new File([text], 'mini-1.pbsim-package'));
    const fingerprint = fingerprintOf(signer.publicKey)
      .slice(0, 20)
      .replace(/(.{4})(?!$)/g, '$1 ');
    expect(
      await screen.findByText(
        `mini-1.pbsim-package is an exercise package whose chain and signature hold, signed by the key ${fingerprint}; this browser does not check that key against the host’s known keys (Load a backup on Home does).`,
      ),
    ).toBeInTheDocument();
    // The same figure as the journal itself gives (the first test).
    const cells = await rowOf('Acknowledgement by role', /Member State C: median time to acknowledge/);
    expect(cells).toEqual(['Member State C: median time to acknowledge', '1h', '3h', '−2h', 'better']);
  });

  it('refuses an altered package, naming the file and its line, and compares nothing', async () => {
    const { models } = await reviewModels();
    const lines = (await webCryptoPackage(encodeEvents(await slowerRun()), await webCryptoSigner())).split(
      '\n',
    );
    lines[4] = (lines[4] as string).replace('"seq":4', '"seq":5');
    render(<CompareView models={models} />);
    await userEvent.upload(fileInput(), new File([lines.join('\n')], 'mini-1.pbsim-package'));
    expect(
      await screen.findByText(
        'mini-1.pbsim-package, line 5: not compared: not the line that was packaged there (edited, moved or removed)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'The two runs' })).toBeNull();
  });

  it('names the file and the line of a damaged journal, comparing the events before it', async () => {
    const { models } = await reviewModels();
    const lines = encodeEvents(await slowerRun()).split('\n');
    lines[4] = '{"seq": 5, torn';
    render(<CompareView models={models} />);
    await userEvent.upload(fileInput(), new File([lines.join('\n')], 'backup.jsonl'));
    expect(
      await screen.findByText(
        /^backup\.jsonl, line 5: not JSON: .+\. Only the 4 events before it are compared: the figures are of part of that run\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'The two runs' })).toHaveTextContent(/The other run.*Mini.*4/);
  });

  it('refuses a file that is no journal, and a journal of another scenario, saying why', async () => {
    const { models } = await reviewModels();
    render(<CompareView models={models} />);
    await userEvent.upload(fileInput(), new File(['id,time\n'], 'msel.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^msel\.txt, line 1: not a journal: not JSON/);
    const otherScenario = await slowerRun(
      replaceOnce(miniScenarioText(), 'id: mini-scenario', 'id: mini-other'),
    );
    await userEvent.upload(fileInput(), journal(otherScenario, 'other.jsonl'));
    expect(await screen.findByText(/^These runs cannot be compared: /)).toHaveTextContent(
      'These runs cannot be compared: exercise mini-1 plays scenario mini-scenario and exercise mini-1 plays mini-other: only runs of the same scenario can be compared',
    );
    expect(screen.queryByRole('table', { name: 'The two runs' })).not.toBeInTheDocument();
  });

  it('loads an exercise the caller offers, the preferred one chosen, showing progress meanwhile', async () => {
    const { models, h } = await reviewModels();
    const other = ExerciseReadModels.of(await slowerRun(), h.engine.content);
    let release: () => void = () => undefined;
    const others = [
      { exerciseId: 'ex-1', name: 'Monday run', load: () => Promise.reject(new Error('not used')) },
      {
        exerciseId: 'ex-2',
        name: 'Origin run',
        load: () => new Promise<ExerciseReadModels>((resolve) => (release = () => resolve(other))),
      },
    ];
    render(<CompareView models={models} others={others} preferred="ex-2" />);
    await userEvent.click(screen.getByRole('button', { name: 'Load and compare' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading Origin run…');
    release();
    expect(await screen.findByText(/figures differ\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('follows the run under review as it grows', async () => {
    const { models: full, h } = await reviewModels();
    const events = h.engine.events;
    const models = ExerciseReadModels.of(events.slice(0, 10), h.engine.content);
    const { rerender } = render(<CompareView models={models} />);
    await userEvent.upload(fileInput(), journal(await slowerRun()));
    const runs = await screen.findByRole('table', { name: 'The two runs' });
    // Name and events of this run: the first ten events, then the whole log of the review (7h, ended).
    const thisRun = () => [...within(runs).getAllByRole('row')[1]!.children].map((cell) => cell.textContent);
    expect(thisRun().slice(0, 3)).toEqual(['This run', 'Mini', '10']);
    for (const event of events.slice(10)) models.apply(event);
    rerender(<CompareView models={models} />);
    expect(thisRun()).toEqual(['This run', 'Mini', String(full.facts.count), '7h', 'yes']);
  });

  it('speaks Dutch', async () => {
    useUiStore.setState({ language: 'nl' });
    const { models } = await reviewModels();
    render(<CompareView models={models} />);
    expect(
      screen.getByRole('heading', { name: 'Vergelijken met een andere oefening van hetzelfde scenario' }),
    ).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText(/Of een logboekbestand/), new File([''], 'leeg.jsonl'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'leeg.jsonl is geen logboek: er staan geen gebeurtenissen in.',
    );
  });
});
