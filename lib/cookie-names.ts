/** The answers cookie's name: a module of its own so that small browser scripts can name it without loading the rules. */
export const ANSWERS_COOKIE = 'pathway_answers';
