import type { StationEvent } from '../../core/index';

/** What became of a message for one recipient, as the sender's own stream tells it. */
export type RecipientOutcome = 'delivered' | 'read' | 'blocked';

export interface SentItem {
  messageId: string;
  subject: string;
  marking: string;
  scenarioMs: number;
  recipients: { role: string; outcome: RecipientOutcome }[];
}

/**
 * The messages this role sent, newest first, with each recipient's outcome: blocked by the marking
 * (`message.blocked`, addressed to the sender since event envelope v2), read (`message.read`, addressed to
 * the sender), or else delivered — the engine delivers or blocks every recipient in the same batch as the
 * message itself, so a recipient not blocked was delivered to.
 */
export function sentItems(events: readonly StationEvent[], role: string): SentItem[] {
  const sent = new Map<string, SentItem>();
  for (const event of events) {
    if (event.type === 'message.sent' && event.payload.from === role) {
      const { messageId, subject, marking, to } = event.payload;
      sent.set(messageId, {
        messageId,
        subject,
        marking,
        scenarioMs: event.scenarioMs,
        recipients: to.map((recipient) => ({ role: recipient, outcome: 'delivered' })),
      });
    } else if (event.type === 'message.blocked' || event.type === 'message.read') {
      const recipient = sent
        .get(event.payload.messageId)
        ?.recipients.find((entry) => entry.role === event.payload.role);
      if (recipient) recipient.outcome = event.type === 'message.blocked' ? 'blocked' : 'read';
    }
  }
  return [...sent.values()].reverse();
}
