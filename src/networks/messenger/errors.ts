import { rejected, type Failure } from '../outcome.ts';
import { reasonOf, type GraphError } from '../meta/graph-api.ts';

/**
 * Messenger's own codes (Meta docs: "Messenger Platform › Error Codes"), looked at before the Graph
 * API's shared ones: an answer after the 24-hour window, and a person who cannot be reached.
 */
const OUTSIDE_WINDOW = 2018278;
const NO_SUCH_PERSON = 2018001;

export function classifyMessengerError(error: GraphError): Failure | null {
  if (error.code === 10 && error.error_subcode === OUTSIDE_WINDOW) {
    return rejected(`The 24-hour window to answer this person has closed: ${reasonOf(error)}`, 'messaging_window');
  }
  if (error.code === 551) return rejected(`This person cannot be reached on Messenger: ${reasonOf(error)}`, 'recipient_unavailable');
  if (error.code === 100 && error.error_subcode === NO_SUCH_PERSON) return rejected(`Messenger knows no such person: ${reasonOf(error)}`, 'recipient_unavailable');
  return null;
}
