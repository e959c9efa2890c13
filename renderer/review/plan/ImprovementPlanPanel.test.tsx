import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { recordingSend } from '../../../test/fixtures/recording-send';
import { useUiStore } from '../../state/index';
import { ImprovementPlanPanel } from './ImprovementPlanPanel';

// The mini scenario: objective obj-alert "Alert partners fast"; roles ms-a "Member State A", presidency
// "Presidency", ms-c "Member State C", excon "Exercise control". logEvent stamps event n at T+n minutes.
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const excon = { role: 'excon' };
const models = ExerciseReadModels.of(
  [
    logEvent(
      1,
      'observation.recorded',
      { observationId: 'OBS-1', kind: 'improvement', text: 'Press line was late' },
      excon,
    ),
    logEvent(
      2,
      'observation.recorded',
      { observationId: 'OBS-2', objectiveId: 'obj-alert', kind: 'strength', text: 'Alert went out at once' },
      excon,
    ),
    logEvent(
      3,
      'observation.amended',
      { observationId: 'OBS-2', text: 'Alert out within ten minutes', reason: 'log checked' },
      excon,
    ),
    logEvent(
      4,
      'corrective-action.added',
      {
        actionId: 'CA-4',
        what: 'Rehearse the rapid alert with partners',
        owner: 'ms-a',
        due: '2027-03-31',
        objectiveId: 'obj-alert',
        observationIds: ['OBS-2'],
      },
      excon,
    ),
    logEvent(
      5,
      'corrective-action.added',
      {
        actionId: 'CA-5',
        what: 'Agree a press line template',
        owner: 'EEAS StratCom',
        due: null,
        objectiveId: null,
        observationIds: ['OBS-1'],
      },
      excon,
    ),
    logEvent(
      6,
      'corrective-action.amended',
      {
        actionId: 'CA-4',
        changes: { owner: 'presidency', due: '2027-05-31' },
        reason: 'Agreed at the hot wash',
      },
      excon,
    ),
    logEvent(7, 'corrective-action.added', {
      actionId: 'CA-7',
      what: 'Buy new radios',
      owner: 'ms-c',
      due: null,
      objectiveId: null,
      observationIds: [],
    }),
    logEvent(
      8,
      'corrective-action.withdrawn',
      { actionId: 'CA-7', reason: 'Already in the national plan' },
      excon,
    ),
  ],
  content,
);

const actionCard = (id: string) => screen.getByRole('article', { name: new RegExp(`^${id} `) });

afterEach(() => {
  useUiStore.setState({ language: 'en' });
  vi.restoreAllMocks();
});

describe('ImprovementPlanPanel', () => {
  it('lists the standing actions as the log leaves them, and the withdrawn one apart with its reason', () => {
    render(<ImprovementPlanPanel models={models} send={recordingSend().send} locked={null} />);
    const standing = screen.getByRole('region', { name: 'Corrective actions (2)' });
    expect(within(standing).getAllByRole('article')).toHaveLength(2);
    const amended = actionCard('CA-4');
    expect(within(amended).getByRole('heading')).toHaveTextContent(
      'CA-4 Rehearse the rapid alert with partners',
    );
    expect(amended).toHaveTextContent(
      'OwnerPresidencyDue date31 May 2027ObjectiveAlert partners fastObservationsAlert out within ten minutes',
    );
    expect(amended).toHaveTextContent(/Added by Exercise control at T\+00:04:00 · \d{2}:\d{2}:\d{2}/);
    const history = within(amended).getByText('Amendments (1)').closest('details')!;
    expect(history).not.toHaveAttribute('open');
    expect(history).toHaveTextContent(
      /Amended at T\+00:06:00 · [\d:]+ by Exercise control — reason: Agreed at the hot wash/,
    );
    expect(within(history).getByText('Owner: Member State A → Presidency')).toBeInTheDocument();
    expect(within(history).getByText('Due date: 31 Mar 2027 → 31 May 2027')).toBeInTheDocument();
    expect(actionCard('CA-5')).toHaveTextContent(
      'OwnerEEAS StratComDue datenoneObjectivenoneObservationsPress line was late',
    );
    expect(within(actionCard('CA-5')).queryByText(/^Amendments/)).not.toBeInTheDocument();
    expect(within(standing).queryByText(/Buy new radios/)).not.toBeInTheDocument();

    const withdrawn = screen.getByRole('region', { name: 'Withdrawn (1)' });
    expect(within(withdrawn).getByRole('listitem')).toHaveTextContent(
      /^CA-7 Buy new radios — Member State CWithdrawn by Exercise control at [\d:]+ — reason: Already in the national plan$/,
    );
  });

  it('says when no action has been added, and lists no withdrawn ones', () => {
    render(
      <ImprovementPlanPanel
        models={ExerciseReadModels.of([], content)}
        send={recordingSend().send}
        locked={null}
      />,
    );
    expect(screen.getByText('No corrective action has been added yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Withdrawn/ })).not.toBeInTheDocument();
  });

  it('adds, amends and withdraws through the commands of the plan, each payload as written here', async () => {
    const { sent, send } = recordingSend();
    const user = userEvent.setup();
    render(<ImprovementPlanPanel models={models} send={send} locked={null} />);

    const add = screen.getByRole('form', { name: 'Add a corrective action' });
    await user.type(within(add).getByLabelText('What is to be done'), 'Name a press officer');
    await user.type(within(add).getByLabelText('Owner: a role or an organisation'), 'Member State C');
    await user.click(within(add).getByRole('button', { name: 'Add corrective action' }));
    await waitFor(() => expect(sent).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Amend CA-5' }));
    const amend = screen.getByRole('form', { name: 'Amend CA-5' });
    await user.type(within(amend).getByLabelText('Reason for the amendment'), 'Owner agreed');
    await user.clear(within(amend).getByLabelText('Owner: a role or an organisation'));
    await user.type(within(amend).getByLabelText('Owner: a role or an organisation'), 'presidency');
    await user.click(within(amend).getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(sent).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Withdraw CA-4' }));
    const withdraw = screen.getByRole('form', { name: 'Withdraw CA-4' });
    await user.type(within(withdraw).getByLabelText('Reason for withdrawing it'), 'Merged into CA-5');
    await user.click(within(withdraw).getByRole('button', { name: 'Withdraw corrective action' }));
    await waitFor(() => expect(sent).toHaveLength(3));
    // The withdrawn action leaves the list with its form: the keyboard waits on the list's heading.
    expect(screen.getByRole('heading', { name: 'Corrective actions (2)' })).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Withdraw CA-4' })).not.toBeInTheDocument();

    expect(sent).toEqual([
      {
        type: 'corrective-action/add',
        payload: {
          what: 'Name a press officer',
          owner: 'ms-c',
          due: null,
          objectiveId: null,
          observationIds: [],
        },
      },
      {
        type: 'corrective-action/amend',
        payload: { actionId: 'CA-5', changes: { owner: 'presidency' }, reason: 'Owner agreed' },
      },
      { type: 'corrective-action/withdraw', payload: { actionId: 'CA-4', reason: 'Merged into CA-5' } },
    ]);
  });

  it('switches every form off while recording is off, and says why', async () => {
    const user = userEvent.setup();
    render(
      <ImprovementPlanPanel
        models={models}
        send={recordingSend().send}
        locked="The improvement plan can be written once the exercise has ended (ENDEX)."
      />,
    );
    expect(
      screen.getByText('The improvement plan can be written once the exercise has ended (ENDEX).'),
    ).toBeInTheDocument();
    const add = screen.getByRole('form', { name: 'Add a corrective action' });
    expect(within(add).getByLabelText('What is to be done')).toBeDisabled();
    expect(within(add).getByRole('button', { name: 'Add corrective action' })).toBeDisabled();
    for (const name of ['Amend CA-4', 'Withdraw CA-4', 'Amend CA-5', 'Withdraw CA-5'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    await user.tab();
    // Nothing in the plan takes the keyboard but the folded history, which only reads.
    expect(document.activeElement).toHaveTextContent('Amendments (1)');
  });

  it('reads in Dutch when Dutch is chosen', () => {
    useUiStore.setState({ language: 'nl' });
    render(<ImprovementPlanPanel models={models} send={recordingSend().send} locked={null} />);
    expect(screen.getByRole('heading', { name: 'Verbeterplan' })).toBeInTheDocument();
    expect(actionCard('CA-4')).toHaveTextContent('Streefdatum31 mei 2027');
    expect(screen.getByRole('form', { name: 'Een verbeteractie toevoegen' })).toBeInTheDocument();
  });

  it('has no accessibility finding a person would notice, with an amend form open', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ImprovementPlanPanel models={models} send={recordingSend().send} locked={null} />,
    );
    await user.click(screen.getByRole('button', { name: 'Amend CA-4' }));
    await user.click(screen.getByRole('button', { name: 'Add corrective action' }));
    // axe asks for a canvas, which jsdom lacks and complains of on the console; with none it does without.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: {
        // A fragment of a page, not a page: these rules are about the whole document.
        region: { enabled: false },
        'page-has-heading-one': { enabled: false },
        'landmark-one-main': { enabled: false },
        // jsdom lays nothing out, so contrast cannot be measured here; the end-to-end check measures it.
        'color-contrast': { enabled: false },
      },
    });
    const findings = results.violations
      .filter((violation) => ['critical', 'serious', 'moderate'].includes(violation.impact ?? ''))
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
    expect(findings).toEqual([]);
  });
});
