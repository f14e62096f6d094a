/** The steps by name. Adding a step is one file beside this one and one line here. */
import type { StepName } from '../events.js';
import { checkStep } from './check.js';
import { constraintsStep } from './constraints.js';
import { dataStep } from './data.js';
import { initStep } from './init.js';
import { schemaStep } from './schema.js';
import type { Step } from './step.js';

export const STEPS: Record<StepName, Step> = {
  init: initStep,
  schema: schemaStep,
  data: dataStep,
  constraints: constraintsStep,
  check: checkStep,
};
