import { PROCEDURE_STAGES, type ProcedureFigure, type ProcedureStage } from '../content/model.ts';
import { stagedKind, type StagedSpec } from './figure-kind.ts';

/** The aHSCT procedure as content: its stages, one a click, in the order they happen. */
export type ProcedureSpec = StagedSpec<ProcedureStage>;
export const procedureKind = stagedKind<ProcedureStage, ProcedureFigure>(PROCEDURE_STAGES);
