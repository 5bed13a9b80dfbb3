/**
 * Starter taxonomies, one per industry, to start a workspace from (then edit). Written for Clearloop; the format is
 * in docs/text-analytics.md.
 */
import type { TaxonomyJson } from '../engine/taxonomy.ts';
import banking from './banking.json' with { type: 'json' };
import ecommerce from './ecommerce.json' with { type: 'json' };
import software from './software.json' with { type: 'json' };
import telecom from './telecom.json' with { type: 'json' };
import travel from './travel.json' with { type: 'json' };

export const STARTER_TAXONOMIES = ['ecommerce', 'software', 'telecom', 'travel', 'banking'] as const;
export type StarterTaxonomyName = (typeof STARTER_TAXONOMIES)[number];

const ALL: Record<StarterTaxonomyName, TaxonomyJson> = { ecommerce, software, telecom, travel, banking };

export function isStarterTaxonomy(name: string): name is StarterTaxonomyName {
  return (STARTER_TAXONOMIES as readonly string[]).includes(name);
}

/** A deep copy of a starter taxonomy (safe to edit). */
export function starterTaxonomy(name: StarterTaxonomyName): TaxonomyJson {
  return structuredClone(ALL[name]);
}
