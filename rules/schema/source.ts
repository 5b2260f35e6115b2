import { z } from 'zod';
import { IsoDateSchema } from './facts';

/** A citation: every option, parameter value and reason points to one of these by id. */
export const SourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are lowercase kebab-case'),
    title: z.string().min(3),
    publisher: z.string().min(2),
    /** Publication date; where the publisher gives only a month, the first of it. */
    date: IsoDateSchema.optional(),
    /** What the register says about the date when it gives no usable one ("n.d.", "2025"). */
    dateNote: z.string().optional(),
    /** When the source was last read for this rule set. */
    accessed: IsoDateSchema,
    url: z.url().optional(),
    article: z.string().optional(),
    /** A short clause in the source's own language. */
    quote: z.string().max(300).optional(),
    /** Whether the source is an official act or page (else a secondary report). */
    official: z.boolean(),
    /** Register code in ../shared/research (S0..S65), kept for reviewers. */
    brief: z.string().optional(),
  })
  .strict()
  .refine((s) => s.date !== undefined || s.dateNote !== undefined, { message: 'a source needs a date or a note on its date' });

export type SourceInput = z.input<typeof SourceSchema>;
export type Source = z.infer<typeof SourceSchema>;
