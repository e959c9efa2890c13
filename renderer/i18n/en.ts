import { commonEn } from './catalogues/common.en';
import { evaluatorEn } from './catalogues/evaluator.en';
import { consoleEn } from './catalogues/console.en';
import { homeEn } from './catalogues/home.en';
import { boardEn } from './catalogues/board.en';
import { mselEn } from './catalogues/msel.en';
import { stationEn } from './catalogues/station.en';
import { channelEn } from './catalogues/channel.en';
import { eventsEn } from './catalogues/events.en';
import { joinEn } from './catalogues/join.en';
import { lanEn } from './catalogues/lan.en';
import { reviewEn } from './catalogues/review.en';
import { chartsEn } from './catalogues/charts.en';
import { planEn } from './catalogues/plan.en';
import { branchEn } from './catalogues/branch.en';
import { compareEn } from './catalogues/compare.en';
import { reportEn } from './catalogues/report.en';

/**
 * English UI text: the complete catalogue, one module per screen area so each area's text lives beside the
 * others of its kind. Every other language is checked against it.
 */
export const en = {
  ...commonEn,
  ...evaluatorEn,
  ...homeEn,
  ...consoleEn,
  ...mselEn,
  ...boardEn,
  ...stationEn,
  ...channelEn,
  ...eventsEn,
  ...joinEn,
  ...lanEn,
  ...reviewEn,
  ...chartsEn,
  ...planEn,
  ...branchEn,
  ...compareEn,
  ...reportEn,
} as const;

export type MessageKey = keyof typeof en;
