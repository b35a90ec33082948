/**
 * Red-flag indicators: one common taxonomy (categories and the indicators under them), and for each publisher of
 * red-flag or know-your-customer guidance (a jurisdiction's authority, a regime, the EU) the indicators its guidance
 * names, each cited. The matrix reads: "names it", "guidance read, not named", or "no guidance found".
 */
import { z } from 'astro/zod';
import { plainText, slug } from './primitives.ts';
import { citationSchema, sourceSchema } from './source.ts';

export const RED_FLAG_CATEGORIES = [
  { id: 'customer', label: 'Customer' },
  { id: 'end-use', label: 'End use and end user' },
  { id: 'product', label: 'Product' },
  { id: 'shipping', label: 'Shipping and routing' },
  { id: 'payment', label: 'Payment and financing' },
  { id: 'documentation', label: 'Documentation' },
  { id: 'behaviour', label: 'Behaviour' },
] as const;

export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number]['id'];

/** The common indicators, each under one category; a publisher's wording is mapped onto the closest one. */
export const RED_FLAG_INDICATORS = [
  { id: 'customer-little-background', category: 'customer', label: 'The customer has little or no business background' },
  {
    id: 'customer-listed-or-similar',
    category: 'customer',
    label: 'The customer, or a party to the deal, is on a list of concern or has a similar name or address',
  },
  { id: 'end-use-withheld', category: 'end-use', label: 'The customer will not say what the item is for, or who will use it' },
  { id: 'end-use-incompatible', category: 'end-use', label: 'The stated end use does not fit the item, the buyer’s business or the destination' },
  { id: 'end-use-military-wmd', category: 'end-use', label: 'A link to military, weapons of mass destruction or missile activity' },
  { id: 'product-unfamiliar', category: 'product', label: 'The customer is unfamiliar with the item’s performance but still wants it' },
  { id: 'product-over-specified', category: 'product', label: 'The item’s capabilities go beyond what the stated use needs' },
  { id: 'service-declined', category: 'product', label: 'Routine installation, training or maintenance is declined' },
  { id: 'shipping-unusual-route', category: 'shipping', label: 'The delivery route, destination or dates are unusual or vague' },
  { id: 'shipping-forwarder-destination', category: 'shipping', label: 'A freight forwarder or trading company is given as the final destination' },
  { id: 'shipping-packaging', category: 'shipping', label: 'Packaging or labelling does not fit the item, the mode of transport or the destination' },
  {
    id: 'payment-unusual',
    category: 'payment',
    label: 'Unusual payment: cash for an expensive item, above-market prices, or terms that make no commercial sense',
  },
  { id: 'payment-third-party', category: 'payment', label: 'Payment comes from, or goes through, a third party or a third country' },
  { id: 'documentation-inconsistent', category: 'documentation', label: 'Documents are incomplete, inconsistent or appear falsified' },
  { id: 'behaviour-evasive', category: 'behaviour', label: 'Evasive answers, secrecy, or pressure to skip normal checks' },
  { id: 're-export-intent', category: 'behaviour', label: 'Evasive about whether the item is for domestic use, export or re-export' },
] as const satisfies readonly { id: string; category: RedFlagCategory; label: string }[];

export type RedFlagIndicatorId = (typeof RED_FLAG_INDICATORS)[number]['id'];
const indicatorIds = RED_FLAG_INDICATORS.map((indicator) => indicator.id) as [RedFlagIndicatorId, ...RedFlagIndicatorId[]];

export const redFlagGuidanceSchema = z.strictObject({
  id: slug,
  /** Who publishes it: a jurisdiction code (jp, us, eu …) or a regime or body id (wassenaar …). */
  publisher: z.string().min(2),
  publisherName: z.string().min(1),
  kind: z.enum(['jurisdiction', 'regime', 'union', 'international'], { error: 'expected jurisdiction, regime, union or international' }),
  /** Whether red-flag or know-your-customer guidance was found (its text may not have been reachable). */
  guidance: z.boolean({ error: 'expected true (guidance found) or false (none found)' }),
  /** Whether the guidance's indicators were read in full: only then does an unmapped indicator read "not named". */
  readInFull: z.boolean({ error: 'expected true (the whole list of indicators was read) or false (only part of it, or none)' }),
  summary: plainText('one or two sentences on the guidance read, or on what was searched'),
  sources: z.array(sourceSchema).min(1, { error: 'expected the guidance read, or the texts searched' }),
  /** The indicators the guidance names, mapped onto the taxonomy, each with its wording and pinpoint. */
  indicators: z
    .array(
      z.strictObject({
        indicator: z.enum(indicatorIds, { error: `expected one of ${indicatorIds.join(', ')}` }),
        /** The publisher's own wording (a quotation, or a close paraphrase where `paraphrase: true`). */
        wording: plainText('the publisher’s wording'),
        paraphrase: z.boolean().optional(),
        language: z.string().optional(),
        cite: citationSchema,
      }),
    )
    .default([]),
  note: plainText().optional(),
});

export type RedFlagGuidance = z.output<typeof redFlagGuidanceSchema>;
