import type { RuleSetInput } from '../../schema/rule-set';

/** Every version of the SK rule set, oldest first. */
const versions: RuleSetInput[] = [];
export default versions;
