export { expectedCrashId, formatExpectations, parseExpectations, type Expectation, type ParsedExpectations } from './parseExpectations.ts';
export { checkExpectations, type ExpectationResult, type ExpectationStatus } from './checkExpectations.ts';
