// Content catalogues through the loader: every key must name something the playbook has, where it stands.
import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { formatProblem, type SourceText } from '../documents/index';
import { loadPlaybook } from './load-playbook';

/** The bundled playbook without its own catalogues, plus the given ones. */
function loadWith(...catalogues: SourceText[]) {
  const playbook = bundledPlaybookSources().filter((source) => !source.path.includes('/translations/'));
  return loadPlaybook([...playbook, ...catalogues]);
}

const problemsOf = (...catalogues: SourceText[]) => loadWith(...catalogues).problems.map(formatProblem);

const ipcrFr = (body: string): SourceText => ({
  path: 'playbook/translations/fr/ipcr.yaml',
  text: `schemaVersion: 1\nkind: translation\nlanguage: fr\nmechanism: ipcr\n${body}`,
});

describe('content catalogues, checked by the loader', () => {
  it('accepts an incomplete catalogue whose keys all exist, and keeps it with the playbook', () => {
    const result = loadWith(
      ipcrFr(
        'title: Dispositif IPCR\nstates:\n  standby: Aucune activité\nevents:\n  ISAA_PUBLISHED:\n    fields:\n      summary: { label: Résumé }\n',
      ),
    );
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.playbook.documents.translations).toEqual([
      {
        schemaVersion: 1,
        kind: 'translation',
        language: 'fr',
        mechanism: 'ipcr',
        title: 'Dispositif IPCR',
        states: { standby: 'Aucune activité' },
        events: { ISAA_PUBLISHED: { fields: { summary: { label: 'Résumé' } } } },
      },
    ]);
  });

  it.each([
    ['an unknown state', 'states:\n  standbye: Veille\n', 'ipcr.yaml:6:3: unknown state "standbye" in ipcr'],
    [
      'an unknown event',
      'events:\n  ISAA_PUBLISH:\n    title: Publier\n',
      'ipcr.yaml:6:3: unknown event "ISAA_PUBLISH"',
    ],
    [
      'an unknown field',
      'events:\n  ISAA_PUBLISHED:\n    fields:\n      summry: { label: Résumé }\n',
      'ipcr.yaml:8:7: unknown field "summry" of ISAA_PUBLISHED',
    ],
    ['a blank word', 'states:\n  standby: "  "\n', 'ipcr.yaml:6:12: must not be empty or blank'],
    [
      'playbook-wide words in a mechanism',
      'roles:\n  presidency: Présidence\n',
      'ipcr.yaml:6:3: "roles" are playbook-wide',
    ],
  ])('refuses %s with its file and line', (_, body, expected) => {
    const problems = problemsOf(ipcrFr(body));
    expect(
      problems.some((line) => line.startsWith('playbook/translations/fr/') && line.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('refuses an unknown mechanism, an unknown option, role, organisation, marking and phase', () => {
    const problems = problemsOf(
      {
        path: 'playbook/translations/fr/nope.yaml',
        text: 'schemaVersion: 1\nkind: translation\nlanguage: fr\nmechanism: ipcrr\ntitle: Non\n',
      },
      {
        path: 'playbook/translations/fr/argus.yaml',
        text: 'schemaVersion: 1\nkind: translation\nlanguage: fr\nmechanism: argus\nevents:\n  ARGUS_ALERT:\n    fields:\n      sector: { options: { healthy: santé } }\n',
      },
      {
        path: 'playbook/translations/fr/roles.yaml',
        text: 'schemaVersion: 1\nkind: translation\nlanguage: fr\nroles:\n  presidensy: Présidence\norganisations:\n  comission: Commission\nmarkings:\n  EU-ONLYY: UE seulement\nphases:\n  P9: Phase neuf\n',
      },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'playbook/translations/fr/argus.yaml:8:28: unknown option "healthy" of ARGUS_ALERT.sector (events.ARGUS_ALERT.fields.sector.options.healthy)',
        expect.stringMatching(/^playbook\/translations\/fr\/nope\.yaml:4:\d+: unknown mechanism "ipcrr"/),
        expect.stringMatching(/^playbook\/translations\/fr\/roles\.yaml:5:3: unknown role "presidensy"/),
        expect.stringMatching(
          /^playbook\/translations\/fr\/roles\.yaml:7:3: unknown organisation "comission"/,
        ),
        expect.stringMatching(/^playbook\/translations\/fr\/roles\.yaml:9:3: unknown marking "EU-ONLYY"/),
        expect.stringMatching(/^playbook\/translations\/fr\/roles\.yaml:11:3: unknown phase "P9"/),
      ]),
    );
  });

  it('refuses two catalogues of one language that translate the same thing', () => {
    const problems = problemsOf(ipcrFr('title: Un\n'), {
      ...ipcrFr('title: Deux\n'),
      path: 'playbook/translations/fr/ipcr-2.yaml',
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^playbook\/translations\/fr\/ipcr-2\.yaml:4:\d+: already translated in playbook\/translations\/fr\/ipcr\.yaml/,
      ),
    ]);
  });

  it('refuses option labels for options a field does not have', () => {
    const sources = bundledPlaybookSources().map((source) =>
      source.path.endsWith('machines/eeas-crm.yaml')
        ? {
            ...source,
            text: source.text.replace('optionLabels: { hrvp: HR/VP,', 'optionLabels: { hr: HR/VP,'),
          }
        : source,
    );
    const problems = loadPlaybook(sources).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^playbook\/machines\/eeas-crm\.yaml:\d+:\d+: "hr" is not one of this field's options/,
      ),
    ]);
  });
});
