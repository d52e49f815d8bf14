import { MYELIN_STAGES, type MyelinFigure, type MyelinStage } from '../content/model.ts';
import { stagedKind, type StagedSpec } from './figure-kind.ts';

/** The nerve fibre as content: healthy, damaged, blocked, one a click. */
export type MyelinSpec = StagedSpec<MyelinStage>;
export const myelinKind = stagedKind<MyelinStage, MyelinFigure>(MYELIN_STAGES);
