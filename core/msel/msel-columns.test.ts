import { describe, expect, it } from 'vitest';
import { detectColumns, normaliseHeader, type MselField } from './msel-columns';

const fieldsOf = (header: string[]) => {
  const mapping = detectColumns(header);
  return mapping
    ? Object.fromEntries([...mapping.fields].map(([index, field]) => [header[index], field]))
    : null;
};

describe('detectColumns', () => {
  it('normalises case, accents, punctuation and spacing', () => {
    expect(normaliseHeader('  Expected   Player-Action ')).toBe('expected player action');
    expect(normaliseHeader('Expéditeur')).toBe('expediteur');
  });

  it.each<[string, string[], Record<string, MselField>]>([
    [
      'HSEEP',
      [
        'Event Number',
        'Designated Scenario Time',
        'Event Type',
        'Inject Mode',
        'From',
        'To',
        'Message',
        'Expected Participant Response',
        'Exercise Objective/Core Capability/Critical Task',
        'Notes',
      ],
      {
        'Event Number': 'number',
        'Designated Scenario Time': 'time',
        'Event Type': 'type',
        'Inject Mode': 'channel',
        From: 'from',
        To: 'to',
        Message: 'text',
        'Expected Participant Response': 'expected',
        'Exercise Objective/Core Capability/Critical Task': 'objective',
        Notes: 'notes',
      },
    ],
    [
      'Blueprint Standard',
      [
        'Control Number',
        'Move',
        'Group',
        'Delivery Time',
        'Title',
        'Description',
        'From Org',
        'To Org',
        'Expected Actions',
      ],
      {
        'Control Number': 'number',
        Move: 'track',
        'Delivery Time': 'time',
        Title: 'title',
        Description: 'text',
        'From Org': 'from',
        'To Org': 'to',
        'Expected Actions': 'expected',
      },
    ],
    [
      'Conducttr MEL',
      [
        'Number',
        'Time',
        'From',
        'Faction',
        'To',
        'Team',
        'Method',
        'Subject',
        'Message',
        'Expected Action',
        'Tab',
      ],
      {
        Number: 'number',
        Time: 'time',
        From: 'from',
        Faction: 'track',
        To: 'to',
        Method: 'channel',
        Subject: 'title',
        Message: 'text',
        'Expected Action': 'expected',
      },
    ],
    [
      'T3SF',
      ['#', 'Real Time', 'Player', 'Date', 'Subject', 'From', 'Script', 'Photo'],
      { '#': 'number', 'Real Time': 'time', Player: 'to', Subject: 'title', From: 'from', Script: 'text' },
    ],
    [
      'OpenBAS',
      ['Action to be taken', 'Timeline', 'Teams', 'Subject', 'Content'],
      { 'Action to be taken': 'expected', Timeline: 'time', Teams: 'to', Subject: 'title', Content: 'text' },
    ],
    [
      'generic, odd spelling',
      ['TIME', ' from ', 'To', 'SUBJECT', 'message', 'expected_action'],
      {
        TIME: 'time',
        ' from ': 'from',
        To: 'to',
        SUBJECT: 'title',
        message: 'text',
        expected_action: 'expected',
      },
    ],
  ])('maps the %s columns', (_name, header, expected) => {
    expect(fieldsOf(header)).toMatchObject(expected);
  });

  it('reports unknown and duplicate headers, and refuses a row that is not a header', () => {
    const mapping = detectColumns(['Time', 'Message', 'Colour', 'Description']);
    expect(mapping?.ignored).toEqual([{ index: 2, header: 'Colour' }]);
    expect(mapping?.duplicates).toEqual([{ index: 3, header: 'Description', field: 'text' }]);
    expect(detectColumns(['T+15', 'SimCell', 'Ministry', 'A journalist calls'])).toBeNull();
  });
});
