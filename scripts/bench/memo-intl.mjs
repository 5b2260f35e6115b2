/**
 * A what-if for `npm run bench --profile` (never used by the app): preloaded
 * into a second server with `node --import`, it makes every `new Intl.X(...)`
 * return one cached formatter per argument list, as if lib/ cached its
 * DateTimeFormat / DisplayNames / NumberFormat objects. Comparing that
 * server's CPU time per request with the plain one's shows what caching the
 * formatters would save.
 */
for (const name of ['DateTimeFormat', 'NumberFormat', 'DisplayNames', 'Collator', 'ListFormat', 'PluralRules', 'RelativeTimeFormat']) {
  const Original = Intl[name];
  if (typeof Original !== 'function') continue;
  const cache = new Map();
  const Cached = function (...args) {
    const key = JSON.stringify(args);
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new Original(...args);
      cache.set(key, formatter);
    }
    return formatter;
  };
  Cached.prototype = Original.prototype;
  Cached.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  Intl[name] = Cached;
}
