/**
 * The log's front door: every write to the log goes through here, and each one is announced with
 * its origin. What it owns: a step's win (`logStepWin`, the one action every surface uses), a
 * free win, a skip and a check-in (`logEntry`), Undo and Delete (`removeEntry`), how a win felt
 * and why a step was set aside (`answerEntry`), a correction (`correctEntry`) and Undo after a
 * delete (`putBackEntry`).
 *
 * The door is cut into files because the new tab has a 12 KB start-up budget: it imports
 * `entries.ts` at start and the other files one by one, after its first frame (a lint rule keeps
 * it off this index). Every other page and the worker import this index.
 */
export { answerEntry } from './answers';
export { correctEntry, putBackEntry } from './corrections';
export { logEntry, removeEntry } from './entries';
export { logStepWin, type StepWinAsked, type StepWinLogged } from './stepWin';
