import type { RuleSetInput } from '../../schema/rule-set';

/** Every version of the PL rule set, oldest first. */
const versions: RuleSetInput[] = [];
export default versions;
