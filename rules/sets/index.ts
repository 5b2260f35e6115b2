import { RuleSetSchema, type RuleSet, type RuleSetInput } from '../schema/rule-set';
import at from './at';
import be from './be';
import ch from './ch';
import cz from './cz';
import de from './de';
import dk from './dk';
import es from './es';
import fr from './fr';
import gb from './gb';
import hr from './hr';
import hub from './hub';
import ie from './ie';
import it from './it';
import nl from './nl';
import no from './no';
import pl from './pl';
import sk from './sk';
import ua from './ua';
import us from './us';

/**
 * Every published and proposed rule-set version. Adding a version means adding
 * a file to its country folder and to that folder's index; published files are
 * never edited (see rules/CHANGELOG.md).
 */
const MODULES: readonly RuleSetInput[] = [
  ...nl, ...de, ...pl, ...cz, ...sk, ...hr, ...at, ...ie, ...es, ...it, ...be, ...fr, ...no, ...dk, ...ch, ...gb, ...us, ...ua, ...hub,
];

/** Parsed once at load: a malformed rule set fails at start-up, never mid-interview. */
export const REGISTRY: readonly RuleSet[] = MODULES.map((m) => {
  const parsed = RuleSetSchema.safeParse(m);
  if (!parsed.success) {
    throw new Error(`Rule set ${m.id} ${m.version} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
});
