import { allowsUnknown, choiceValues, factInput, HOST_COUNTRIES, UA_REGIONS, type FactInput, type FactKey } from '../rules';

/**
 * What the page needs to draw a question, derived from the facts schema so it
 * is never written twice. No prose: texts live in locales/<lang>/questions.json
 * under the fact key.
 */
export interface QuestionSpec {
  key: FactKey;
  input: FactInput;
  /** The values offered as choices (without "unknown", which is its own button). */
  choices: readonly string[];
  /** Whether "I don't know" is offered. */
  allowsUnknown: boolean;
}

export function questionFor(key: FactKey): QuestionSpec {
  const input = factInput(key);
  const choices =
    input === 'country' ? HOST_COUNTRIES : input === 'region' ? UA_REGIONS : choiceValues(key).filter((v) => v !== 'unknown');
  return { key, input, choices, allowsUnknown: allowsUnknown(key) };
}
