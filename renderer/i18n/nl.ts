import type { MessageKey } from './en';
import { commonNl } from './catalogues/common.nl';
import { evaluatorNl } from './catalogues/evaluator.nl';
import { stationNl } from './catalogues/station.nl';
import { channelNl } from './catalogues/channel.nl';
import { consoleNl } from './catalogues/console.nl';
import { homeNl } from './catalogues/home.nl';
import { mselNl } from './catalogues/msel.nl';
import { boardNl } from './catalogues/board.nl';
import { eventsNl } from './catalogues/events.nl';

/**
 * Dutch UI text (the language of the source document). Complete for the common text and the station and
 * evaluator screens (checked by a test); other keys fall back to English.
 */
export const nl: Partial<Record<MessageKey, string>> = {
  ...commonNl,
  ...evaluatorNl,
  ...stationNl,
  ...channelNl,
  ...consoleNl,
  ...homeNl,
  ...mselNl,
  ...boardNl,
  ...eventsNl,
};
