/**
 * The hand-over link: the answers and the date of the evaluation packed into
 * the URL fragment (the part after `#`, which browsers never send to a
 * server), so that a person can reopen their result on their own phone from
 * a QR code or a short link, and see what changed since.
 *
 * Format 1, as bytes:
 *   [1] format
 *   varint  days from 1900-01-01 to the evaluation date
 *   repeated: [key code] value       (key codes below, each key at most once)
 *   [2] the low 16 bits of the CRC-32 of everything before (typing and
 *       copying mistakes are refused instead of read as other answers)
 * The fragment is `1` + `z` (deflate-raw) or `b` (as is, when deflate does not
 * make it shorter) + the bytes in base64url. Values are coded by their place in
 * the frozen tables below: those tables are append-only, so that a link made
 * today still opens after the answers vocabulary gains a key or a value.
 *
 * Pure: compression is passed in. The server (lib/handover.ts) deflates with
 * node:zlib; the interview engine in the browser writes the `b` form, which
 * every reader of format 1 opens the same way.
 */
import { addDays, COUNTRY_REGISTRY, daysBetween, FactsSchema, isIsoDate, type FactKey, type Facts } from '../rules';
import type { Advice } from './advice';
import { diffOptions } from './advice-diff';
import type { PresentedOption, PresentedReason } from './present';

const HANDOVER_FORMAT = 1;

/** The longest fragment accepted: far above any real set of answers, far below anything harmful. */
export const MAX_FRAGMENT_LENGTH = 2048;
/** The most bytes a fragment may inflate to. */
export const MAX_BYTES = 1024;

type ValueCoding =
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'date'; unknown: boolean }
  | { kind: 'number' };

const choice = (...values: string[]): ValueCoding => ({ kind: 'choice', values });

/**
 * The host countries by their frozen number in the registry (rules/schema/countries.ts).
 * A number kept for a country not yet added reads as no country: such a link
 * can only come from a later version of Pathway, and is refused as damaged.
 */
const HOST_CODES: string[] = (() => {
  const codes: string[] = [];
  for (const c of COUNTRY_REGISTRY) codes[c.handover] = c.code;
  return Array.from(codes, (c) => c ?? '');
})();
const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'];

/** The UA regions in contract order; `unknown` last. Append only. */
const REGIONS = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26',
  'UA-30', 'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53',
  'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77', 'unknown',
];

/**
 * Key code (the place in this list) → how its value is written. A frozen copy
 * of contract §1: append only, never reorder (old links would read wrongly).
 */
export const KEY_CODES: readonly (readonly [FactKey, ValueCoding])[] = [
  ['hostCountry', choice(...HOST_CODES)],
  ['birthDate', { kind: 'date', unknown: true }],
  ['sex', choice('female', 'male', 'unknown')],
  ['originOblast', choice(...REGIONS)],
  ['homeAreaOccupied', choice(...YES_NO_UNKNOWN)],
  ['arrivalDate', { kind: 'date', unknown: false }],
  ['protectionStartDate', { kind: 'date', unknown: true }],
  ['currentStatus', choice('temporary-protection', 'protection-applied', 'asylum-pending', 'international-protection', 'other-permit', 'no-status', 'unknown')],
  ['pendingAsylumApplication', choice(...YES_NO_UNKNOWN)],
  ['protectionInterrupted', choice(...YES_NO_UNKNOWN)],
  ['employment', choice('employed', 'self-employed', 'unemployed', 'student', 'retired', 'unable-to-work', 'unknown')],
  ['contractType', choice('permanent', 'fixed-term', 'agency', 'on-call', 'civil-law', 'none', 'unknown')],
  ['monthlyGrossIncome', { kind: 'number' }],
  ['householdAnnualIncome', { kind: 'number' }],
  ['householdSize', { kind: 'number' }],
  ['insuredWorkMonthsLast24', { kind: 'number' }],
  ['hostLanguageLevel', choice('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'unknown')],
  ['education', choice('primary', 'secondary', 'vocational', 'higher', 'unknown')],
  ['enrolledInStudies', choice('yes', 'no')],
  ['childrenInHost', { kind: 'number' }],
  ['soleCarerOfChildren', choice('yes', 'no')],
  ['partner', choice('none', 'in-host-country', 'in-ukraine', 'elsewhere')],
  ['partnerIsHostOrEuCitizen', choice(...YES_NO_UNKNOWN)],
  ['militaryExemption', choice('exempt', 'deferment', 'none', 'unknown')],
  ['receivesHumanitarianBenefit', choice(...YES_NO_UNKNOWN)],
  ['transitionSchemeRegistered', choice(...YES_NO_UNKNOWN)],
  ['validPassport', choice('yes', 'no', 'expiring')],
  ['housingInUkraine', choice('intact', 'damaged', 'destroyed', 'occupied', 'none', 'unknown')],
  ['returnIntention', choice('stay', 'return', 'undecided', 'move-on')],
  // Contract version 2.
  ['permitEndDate', { kind: 'date', unknown: true }],
  // Added 2026-12-06.
  ['nationality', choice('ukrainian', 'other', 'stateless', 'unknown')],
  ['residenceInUkraine', choice('protection', 'permanent', 'temporary', 'none', 'unknown')],
];

const CODE_OF = new Map<FactKey, number>(KEY_CODES.map(([key], i) => [key, i]));

/** Day 0 of the date coding. */
const EPOCH = '1900-01-01';

export interface HandoverData {
  /** The date the answers were evaluated on (the summary's "rules as of"). */
  asOf: string;
  answers: Facts;
}

export class HandoverError extends Error {}

// ---------------------------------------------------------------------------
// Bytes

function writeVarint(out: number[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new HandoverError('number out of range');
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.bytes.length;
  }
  byte(): number {
    if (this.at >= this.bytes.length) throw new HandoverError('truncated');
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (!Number.isSafeInteger(n)) throw new HandoverError('number out of range');
        return n;
      }
      scale *= 0x80;
    }
    throw new HandoverError('number too long');
  }
  float(): number {
    if (this.at + 8 > this.bytes.length) throw new HandoverError('truncated');
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 8);
    this.at += 8;
    return view.getFloat64(0, false);
  }
}

/** Whole days from 1900-01-01; the facts schema allows no earlier date. */
function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new HandoverError(`not a date: ${iso}`);
  return daysBetween(EPOCH, iso);
}

function dateOf(days: number): string {
  if (days > 80_000) throw new HandoverError('date out of range');
  const iso = addDays(EPOCH, days);
  if (!isIsoDate(iso)) throw new HandoverError('date out of range');
  return iso;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as zlib's), in plain JavaScript so that the browser computes the same. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function check16(bytes: Uint8Array): number {
  return crc32(bytes) & 0xffff;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += B64[c & 63]!;
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v === -1) throw new HandoverError('not base64url');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** deflate-raw and its inverse, given by the caller (node:zlib on the server). */
export type Deflate = (bytes: Uint8Array) => Uint8Array;
export type Inflate = (bytes: Uint8Array, maxOutputLength: number) => Uint8Array;

// ---------------------------------------------------------------------------
// Encoding

/**
 * The answers (validated against the facts schema) and the date, as the
 * fragment text (no `#`): deflated when `deflate` is given and it helps.
 */
export function packHandover({ asOf, answers }: HandoverData, deflate: Deflate | null): string {
  if (!isIsoDate(asOf)) throw new HandoverError(`not a date: ${asOf}`);
  const facts = FactsSchema.parse(answers);
  const out: number[] = [HANDOVER_FORMAT];
  writeVarint(out, dayNumber(asOf));
  for (const [key, coding] of KEY_CODES) {
    const value = facts[key];
    if (value === undefined) continue;
    out.push(CODE_OF.get(key)!);
    switch (coding.kind) {
      case 'choice': {
        const index = coding.values.indexOf(String(value));
        if (index === -1) throw new HandoverError(`${key}: no code for ${String(value)}`);
        out.push(index);
        break;
      }
      case 'date':
        // 0 = "I don't know"; a date is its day number + 1.
        if (value === 'unknown') out.push(0);
        else writeVarint(out, dayNumber(String(value)) + 1);
        break;
      case 'number': {
        const n = Number(value);
        // Whole numbers as a varint (even); anything else as a float (odd marker).
        if (Number.isSafeInteger(n) && n >= 0) writeVarint(out, n * 2);
        else {
          out.push(1);
          const buf = new DataView(new ArrayBuffer(8));
          buf.setFloat64(0, n, false);
          for (let i = 0; i < 8; i++) out.push(buf.getUint8(i));
        }
        break;
      }
    }
  }
  const body = Uint8Array.from(out);
  const sum = check16(body);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  bytes.set([sum >> 8, sum & 0xff], body.length);
  const packed = deflate ? deflate(bytes) : null;
  return packed && packed.length < bytes.length ? `1z${toBase64Url(packed)}` : `1b${toBase64Url(bytes)}`;
}

// ---------------------------------------------------------------------------
// Decoding

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Reads a fragment (with or without its `#`) back into the date and the
 * answers. Anything damaged, tampered with or invalid under the facts schema
 * throws a HandoverError; nothing else is thrown.
 */
export function unpackHandover(fragment: string, inflate: Inflate): HandoverData {
  try {
    return decodeOrThrow(fragment, inflate);
  } catch (error) {
    if (error instanceof HandoverError) throw error;
    throw new HandoverError('unreadable');
  }
}

function decodeOrThrow(fragment: string, inflate: Inflate): HandoverData {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length < 4 || text.length > MAX_FRAGMENT_LENGTH) throw new HandoverError('wrong length');
  const format = text[0];
  const mode = text[1];
  const payload = text.slice(2);
  if (format !== '1' || (mode !== 'z' && mode !== 'b') || !BASE64URL.test(payload)) throw new HandoverError('not a hand-over link');
  const raw = fromBase64Url(payload);
  const bytes = mode === 'z' ? inflate(raw, MAX_BYTES) : raw;
  if (bytes.length < 4 || bytes.length > MAX_BYTES) throw new HandoverError('wrong length');

  const body = bytes.subarray(0, bytes.length - 2);
  const sum = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (check16(body) !== sum) throw new HandoverError('checksum');

  const reader = new Reader(body);
  if (reader.byte() !== HANDOVER_FORMAT) throw new HandoverError('unknown format');
  const asOf = dateOf(reader.varint());
  const answers: Record<string, unknown> = {};
  while (!reader.done) {
    const code = reader.byte();
    const entry = KEY_CODES[code];
    if (!entry) throw new HandoverError('unknown key');
    const [key, coding] = entry;
    if (key in answers) throw new HandoverError(`${key} twice`);
    switch (coding.kind) {
      case 'choice': {
        const value = coding.values[reader.byte()];
        if (value === undefined) throw new HandoverError(`${key}: unknown value`);
        answers[key] = value;
        break;
      }
      case 'date': {
        const n = reader.varint();
        if (n === 0) {
          if (!coding.unknown) throw new HandoverError(`${key}: unknown not allowed`);
          answers[key] = 'unknown';
        } else answers[key] = dateOf(n - 1);
        break;
      }
      case 'number': {
        const n = reader.varint();
        answers[key] = n % 2 === 0 ? n / 2 : n === 1 ? reader.float() : Number.NaN;
        break;
      }
    }
  }
  const parsed = FactsSchema.safeParse(answers);
  if (!parsed.success) throw new HandoverError(`invalid answers: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  return { asOf, answers: parsed.data };
}

// ---------------------------------------------------------------------------
// The link

/** The path of the landing page, with the fragment: `/uk/open#1b…`. */
export function handoverPathWith(lang: string, data: HandoverData, deflate: Deflate | null): string {
  return `/${lang}/open#${packHandover(data, deflate)}`;
}

// ---------------------------------------------------------------------------
// What changed

export interface OptionThenAndNow {
  id: string;
  title: string;
  kind: PresentedOption['kind'];
  /** Status on the link's date; null when the option was not listed then. */
  before: PresentedOption['status'] | null;
  /** Status today; null when the option is no longer listed. */
  now: PresentedOption['status'] | null;
  changed: boolean;
  /** Why, today (the reasons of today's evaluation; empty for an option gone). */
  reasons: PresentedReason[];
}

/**
 * Option by option, the status on the link's date and today: today's options
 * in today's order, then the ones no longer listed.
 */
export function thenAndNow(before: Pick<Advice, 'options'> | null, now: Pick<Advice, 'options'>): OptionThenAndNow[] {
  return diffOptions(before?.options ?? [], now.options).map(({ id, before: then, after: today, changed }) => {
    const o = (today ?? then)!;
    return { id, title: o.title, kind: o.kind, before: then?.status ?? null, now: today?.status ?? null, changed, reasons: today?.reasons ?? [] };
  });
}

export interface RuleSetThenAndNow {
  id: string;
  before: string | null;
  now: string | null;
}

/** The rule-set versions used then and now, by rule set. */
export function ruleSetsThenAndNow(before: Pick<Advice, 'ruleSets'> | null, now: Pick<Advice, 'ruleSets'>): RuleSetThenAndNow[] {
  const ids = [...new Set([...now.ruleSets.map((s) => s.id), ...(before?.ruleSets ?? []).map((s) => s.id)])];
  return ids.map((id) => ({
    id,
    before: before?.ruleSets.find((s) => s.id === id)?.version ?? null,
    now: now.ruleSets.find((s) => s.id === id)?.version ?? null,
  }));
}
