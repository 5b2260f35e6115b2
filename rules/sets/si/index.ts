import v20250715 from './2025-07-15';

/** Every version of the Slovenian rule set, oldest first. */
export default [v20250715];
