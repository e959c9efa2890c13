import { contentWords, type Playbook, type ScenarioDocument } from '../../core/index';
import { eventWordsFrom, type EventWords } from '../components/index';

/**
 * The exercise's words in the report's language: the playbook's roles, mechanisms, decisions and states from
 * its catalogues for that language (English where they are silent), as the screens show them; the
 * scenario's own injects, objectives and local roles as the scenario wrote them.
 */
export function reportWords(
  content: { playbook: Playbook; scenario: ScenarioDocument },
  language: string,
): EventWords {
  const scenarioWords = eventWordsFrom(content);
  if (language === 'en') return scenarioWords;
  const { playbook } = content;
  const words = contentWords(playbook.documents, language);
  return {
    ...scenarioWords,
    role: (id) => (playbook.role(id) ? words.role(id) : scenarioWords.role(id)),
    mechanism: (key) => {
      const [machine = key, instance] = key.split('#');
      if (!playbook.mechanisms.has(machine)) return scenarioWords.mechanism(key);
      const title = words.mechanism(machine);
      return instance ? `${title} (${instance})` : title;
    },
    decision: (machine, event) =>
      playbook.mechanisms.get(machine)?.events[event] ? words.event(machine, event) : event,
    state: (machine, value) =>
      typeof value === 'string' && playbook.mechanisms.has(machine.split('#')[0] ?? machine)
        ? words.state(machine.split('#')[0] ?? machine, value)
        : scenarioWords.state(machine, value),
  };
}
