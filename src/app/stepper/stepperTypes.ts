/** Where the step-through is: which lists' trace, which step (an index into every step), and the filter. */
export interface StepperState {
  readonly lists: 'stock' | 'edited';
  readonly index: number;
  readonly hideUnchanged: boolean;
}

export const START_STEPPING: StepperState = { lists: 'edited', index: 0, hideUnchanged: false };
