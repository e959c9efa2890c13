import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormMessages } from './FormMessages';

describe('FormMessages', () => {
  it('lists the form’s own problems, each naming its field', () => {
    render(<FormMessages problems={['whatMissing', 'ownerTooLong', 'amendReason']} refusal={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      [
        '“What is to be done” is required.',
        '“Owner” can be at most 200 characters long.',
        '“Reason for the amendment” is required.',
      ].join(''),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows the engine’s refusal when the form found nothing wrong', () => {
    render(<FormMessages problems={[]} refusal="Refused: no objective obj-x (payload.objectiveId)" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Refused: no objective obj-x (payload.objectiveId)');
  });

  it('puts the form’s problems before a refusal of an earlier send', () => {
    render(<FormMessages problems={['withdrawReason']} refusal="Refused: earlier" />);
    expect(screen.getByRole('alert')).toHaveTextContent('“Reason for withdrawing it” is required.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('earlier');
  });

  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<FormMessages problems={[]} refusal={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
