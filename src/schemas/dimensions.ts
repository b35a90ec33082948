/**
 * The one registry of comparable dimensions. Every table, CSV column, search filter, fact schema and
 * published schema is generated from this list: adding a dimension is one entry here plus content
 * (`npm run add:dimension -- <id>` writes the `unknown` entries). Kinds supply order and behaviour
 * (value-kinds.ts); dimensions supply meaning: direction, scope and what kind of evidence proves them.
 */
import { REGIME_IDS, REGIME_STATUS_OPTIONS, type RegimeId } from './regime-ids.ts';
import type { Option, ValueSpec } from './value-kinds.ts';

/** The eleven topics of the comparison taxonomy (PRODUCT.md), in reading order. */
export const TOPICS = [
  { id: 'legal-framework', label: 'Legal framework and institutions' },
  { id: 'scope', label: 'Scope and definitions' },
  { id: 'activities', label: 'Controlled activities' },
  { id: 'control-lists', label: 'Control lists' },
  { id: 'end-use', label: 'End-use and end-user controls' },
  { id: 'licensing', label: 'Licensing' },
  { id: 'enforcement', label: 'Enforcement and penalties' },
  { id: 'compliance', label: 'Compliance and outreach' },
  { id: 'transparency', label: 'Transparency and reporting' },
  { id: 'international', label: 'International commitments' },
  { id: 'developments', label: 'Recent developments' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

/** Whether a higher value (later in the kind's order, a superset, `true`) is stricter, looser, or neither. */
export type Direction = 'stricter' | 'looser' | 'neither';
/** Which items the dimension is about. */
export type Scope = 'dual-use' | 'military' | 'both';
/**
 * What proves the fact, and so what a `primary` level needs: `law`, the legal text itself (statute,
 * regulation, treaty, official journal); `practice`, the government's own publication; `record`, the
 * official list kept by a regime or depositary.
 */
export type Evidence = 'law' | 'practice' | 'record';

export interface Dimension {
  readonly id: string;
  readonly topic: TopicId;
  readonly label: string;
  readonly description: string;
  readonly type: ValueSpec;
  readonly direction: Direction;
  readonly scope: Scope;
  readonly evidence: Evidence;
  /** Derived dimensions are computed from other content (a regime's member list), never written in a profile. */
  readonly derived?: { readonly regime: RegimeId };
}

const boolean = { kind: 'boolean' } as const;
const text = { kind: 'text' } as const;

const REGIME_BASES = [
  { id: 'wassenaar-dual-use', label: 'Wassenaar Dual-Use List', description: 'The Wassenaar Arrangement’s List of Dual-Use Goods and Technologies.' },
  { id: 'wassenaar-munitions', label: 'Wassenaar Munitions List', description: 'The Wassenaar Arrangement’s Munitions List.' },
  { id: 'nsg', label: 'Nuclear Suppliers Group lists', description: 'The trigger list and dual-use list of the NSG Guidelines (INFCIRC/254).' },
  { id: 'mtcr', label: 'MTCR Annex', description: 'The Missile Technology Control Regime’s Equipment, Software and Technology Annex.' },
  { id: 'australia-group', label: 'Australia Group lists', description: 'The Australia Group’s common control lists (chemical and biological).' },
  { id: 'cwc', label: 'CWC schedules', description: 'The schedules of chemicals of the Chemical Weapons Convention.' },
  { id: 'eu-annex-i', label: 'EU Annex I', description: 'Annex I of Regulation (EU) 2021/821, the EU’s common dual-use list.' },
  { id: 'national', label: 'National additions', description: 'Items the jurisdiction controls on its own, beyond the multilateral lists.' },
] as const satisfies readonly Option[];

const EMERGING_TECH = [
  { id: 'advanced-computing', label: 'Advanced computing', description: 'Advanced integrated circuits, computers and items for supercomputers.' },
  { id: 'semiconductor-equipment', label: 'Semiconductor equipment', description: 'Equipment, materials and software for making semiconductors.' },
  { id: 'quantum', label: 'Quantum technology', description: 'Quantum computers, their components and related items.' },
  { id: 'additive-manufacturing', label: 'Additive manufacturing', description: 'Additive-manufacturing (3D-printing) equipment and technology.' },
  { id: 'cyber-surveillance', label: 'Cyber-surveillance', description: 'Intrusion software, monitoring and other cyber-surveillance items.' },
  { id: 'other', label: 'Other emerging technology', description: 'Another area of emerging technology, named in the note.' },
] as const satisfies readonly Option[];

const CATCH_ALL_TRIGGERS = [
  { id: 'informed', label: 'Informed by the authority', description: 'A licence is needed once the authority informs the exporter of a concern.' },
  { id: 'knowledge', label: 'Exporter’s knowledge', description: 'A licence is needed when the exporter knows (is aware) of a listed end use.' },
  {
    id: 'reason-to-suspect',
    label: 'Reason to suspect',
    description: 'A licence is needed when the exporter has grounds to suspect a listed end use.',
  },
] as const satisfies readonly Option[];

const CATCH_ALL_END_USES = [
  { id: 'wmd', label: 'Weapons of mass destruction', description: 'Nuclear, chemical or biological weapons.' },
  { id: 'missile', label: 'Missiles', description: 'Missiles capable of delivering weapons of mass destruction.' },
  {
    id: 'military-embargoed',
    label: 'Military end use in embargoed destinations',
    description: 'A military end use in a destination under an arms embargo.',
  },
  { id: 'military-any', label: 'Any military end use', description: 'A military end use wherever the destination.' },
  {
    id: 'human-rights',
    label: 'Human-rights abuses',
    description: 'Internal repression or serious violations of human rights (e.g. cyber-surveillance).',
  },
  { id: 'terrorism', label: 'Terrorism', description: 'Acts of terrorism.' },
  { id: 'other', label: 'Other end uses', description: 'Another end use, named in the note.' },
] as const satisfies readonly Option[];

const LICENCE_TYPES = [
  { id: 'individual', label: 'Individual licence', description: 'Applied for by one exporter for named items to a named end user or consignee.' },
  { id: 'global', label: 'Global licence', description: 'Applied for by one exporter, then used for many shipments, end users or destinations.' },
  { id: 'general', label: 'General licence', description: 'Published by the authority for any eligible exporter to use, without applying.' },
  { id: 'exception', label: 'Licence exception', description: 'A published exemption from the licence requirement under stated conditions.' },
  { id: 'project', label: 'Project licence', description: 'Covers the exports of one named project or programme.' },
  { id: 'other', label: 'Other authorisation', description: 'Another kind of authorisation, named in the note.' },
] as const satisfies readonly Option[];

const STATISTICS_DETAIL = [
  { id: 'aggregate', label: 'Aggregate totals only', description: 'Totals of licences or their value, not broken down by destination.' },
  { id: 'by-destination', label: 'Broken down by destination', description: 'Figures per destination country.' },
] as const satisfies readonly Option[];

/** The registry, grouped by topic. Order here is the order on every page. */
/** The registry, grouped by topic. Order here is the order on every page. */
const STORED = [
  // 1. Legal framework and institutions
  {
    id: 'primaryLegislation',
    topic: 'legal-framework',
    label: 'Primary legislation',
    description: 'The statute(s) that establish the export-control system for dual-use items.',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'implementingRegulations',
    topic: 'legal-framework',
    label: 'Implementing regulations',
    description: 'The main regulations or orders made under the primary legislation.',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'militaryExportLegislation',
    topic: 'legal-framework',
    label: 'Military export legislation',
    description: 'The instrument controlling exports of military items, where separate from dual-use law.',
    type: text,
    direction: 'neither',
    scope: 'military',
    evidence: 'law',
  },
  {
    id: 'licensingAuthority',
    topic: 'legal-framework',
    label: 'Licensing authority (dual-use)',
    description: 'The body that decides dual-use export licence applications.',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'enforcementAgencies',
    topic: 'legal-framework',
    label: 'Enforcement agencies',
    description: 'The agencies that investigate and enforce export-control offences.',
    type: text,
    direction: 'neither',
    scope: 'both',
    evidence: 'law',
  },
  {
    id: 'interagencyReview',
    topic: 'legal-framework',
    label: 'Interagency licence review',
    description: 'Whether licence applications are reviewed by other departments (defence, foreign affairs, …) under a formal procedure.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 2. Scope and definitions
  {
    id: 'dualUseDefinition',
    topic: 'scope',
    label: 'Definition of dual-use item',
    description: 'The legal definition of a dual-use item, quoted or closely paraphrased with its pinpoint.',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'softwareAndTechnologyControlled',
    topic: 'scope',
    label: 'Software and technology controlled',
    description: 'Whether software and technology (not only physical goods) are controlled items.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'deemedExportRule',
    topic: 'scope',
    label: 'Deemed export rule',
    description: 'Whether releasing controlled technology to a foreign national inside the territory counts as an export to that person’s country.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 3. Controlled activities
  {
    id: 'reExportControls',
    topic: 'activities',
    label: 'Re-export controls',
    description: 'Whether the law controls re-export of items from one foreign country to another (extraterritorial reach).',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'transitControls',
    topic: 'activities',
    label: 'Transit and trans-shipment controls',
    description: 'Whether the transit or trans-shipment of controlled items through the territory can be controlled or prohibited.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'brokeringControls',
    topic: 'activities',
    label: 'Brokering controls',
    description: 'Whether brokering services for controlled items between third countries are controlled.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'technicalAssistanceControls',
    topic: 'activities',
    label: 'Technical assistance controls',
    description: 'Whether the provision of technical assistance related to controlled items is controlled.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'intangibleTransferControls',
    topic: 'activities',
    label: 'Intangible technology transfer controls',
    description: 'Whether transmission of software or technology by electronic means (e-mail, download, cloud) is controlled.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 4. Control lists
  {
    id: 'controlListName',
    topic: 'control-lists',
    label: 'National dual-use control list',
    description: 'The name and location of the dual-use control list.',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'controlListBasis',
    topic: 'control-lists',
    label: 'Basis of the control list',
    description: 'Which multilateral lists the dual-use list implements, and whether it has national additions.',
    type: { kind: 'set', options: REGIME_BASES },
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'nationalOnlyControls',
    topic: 'control-lists',
    label: 'National-only list controls',
    description: 'Whether the list controls items beyond those agreed in the multilateral regimes.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'emergingTechnologyControls',
    topic: 'control-lists',
    label: 'Unilateral emerging-technology controls',
    description: 'Areas of emerging technology controlled beyond the multilateral lists.',
    type: { kind: 'set', options: EMERGING_TECH },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 5. End-use and end-user controls
  {
    id: 'catchAllTrigger',
    topic: 'end-use',
    label: 'Catch-all trigger',
    description:
      'What triggers a licence requirement for an unlisted item: being informed by the authority, the exporter’s knowledge (awareness), or grounds to suspect.',
    type: { kind: 'set', options: CATCH_ALL_TRIGGERS },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'catchAllEndUses',
    topic: 'end-use',
    label: 'Catch-all end uses',
    description: 'The end uses a catch-all control covers.',
    type: { kind: 'set', options: CATCH_ALL_END_USES },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'endUserList',
    topic: 'end-use',
    label: 'Published end-user list',
    description: 'Whether the authority publishes a list of entities for which exports require a licence or are presumed denied.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'endUseAssurances',
    topic: 'end-use',
    label: 'End-use assurances required',
    description: 'Whether end-user statements or certificates are required for (some) licence applications.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'postShipmentVerification',
    topic: 'end-use',
    label: 'Post-shipment verification',
    description: 'Whether the authority conducts end-use checks or post-shipment verifications abroad.',
    type: boolean,
    direction: 'stricter',
    scope: 'both',
    evidence: 'practice',
  },
  // 6. Licensing
  {
    id: 'licenceTypes',
    topic: 'licensing',
    label: 'Licence types',
    description: 'The kinds of authorisation available.',
    type: { kind: 'set', options: LICENCE_TYPES },
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'generalLicenceDestinations',
    topic: 'licensing',
    label: 'Trusted destinations',
    description: 'Destinations that receive the broadest simplified treatment (e.g. EU001 destinations, Country Group A:5), as jurisdiction codes.',
    type: { kind: 'jurisdictions' },
    direction: 'looser',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'deMinimisRule',
    topic: 'licensing',
    label: 'De minimis rule for foreign-made items',
    description: 'Whether foreign-made items containing more than a set share of controlled national content are themselves controlled.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'statutoryProcessingDays',
    topic: 'licensing',
    label: 'Statutory licence processing deadline',
    description: 'The deadline in law for deciding a licence application, in days.',
    type: { kind: 'number', unit: 'days' },
    direction: 'looser',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'licensingAppeals',
    topic: 'licensing',
    label: 'Appeal against licence refusal',
    description: 'Whether an applicant can appeal or seek review of a licence refusal.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 7. Enforcement and penalties
  {
    id: 'criminalMaxImprisonmentYears',
    topic: 'enforcement',
    label: 'Maximum prison term',
    description: 'The longest prison term for an export-control offence by an individual, in years, or life imprisonment.',
    type: { kind: 'number', unit: 'years', allowLife: true },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'criminalMaxFine',
    topic: 'enforcement',
    label: 'Maximum criminal fine',
    description: 'The highest criminal fine for an export-control offence.',
    type: { kind: 'money' },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'administrativeMaxPenalty',
    topic: 'enforcement',
    label: 'Maximum administrative or civil penalty',
    description: 'The highest administrative or civil monetary penalty per violation.',
    type: { kind: 'money' },
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'corporateCriminalLiability',
    topic: 'enforcement',
    label: 'Corporate criminal liability',
    description: 'Whether companies (not only individuals) can be criminally liable for export offences.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'denialOfExportPrivileges',
    topic: 'enforcement',
    label: 'Denial of export privileges',
    description: 'Whether the authority can bar a person from exporting as a sanction.',
    type: boolean,
    direction: 'stricter',
    scope: 'dual-use',
    evidence: 'law',
  },
  {
    id: 'voluntaryDisclosure',
    topic: 'enforcement',
    label: 'Voluntary disclosure procedure',
    description: 'Whether there is a published procedure for voluntarily disclosing violations, with mitigation.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'publishesEnforcementCases',
    topic: 'enforcement',
    label: 'Enforcement outcomes published',
    description: 'Whether the government publishes its export-control enforcement outcomes (penalties, convictions).',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  // 8. Compliance and outreach
  {
    id: 'icpGuidance',
    topic: 'compliance',
    label: 'Internal compliance programme guidance',
    description: 'Whether official guidance on internal compliance programmes is published.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'redFlagGuidance',
    topic: 'compliance',
    label: 'Red-flag guidance',
    description: 'Whether official red-flag indicators for diversion or suspicious orders are published.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'advisoryOpinions',
    topic: 'compliance',
    label: 'Advisory opinions and classification rulings',
    description: 'Whether exporters can obtain an official classification or advisory ruling before exporting.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  // 9. Transparency and reporting
  {
    id: 'publishesLicensingStatistics',
    topic: 'transparency',
    label: 'Licensing statistics published',
    description:
      'How much licensing data the government publishes: aggregate totals only, or broken down by destination (none when nothing is published).',
    type: { kind: 'enum', options: STATISTICS_DETAIL, ordered: true },
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'publishesDenials',
    topic: 'transparency',
    label: 'Licence denials published',
    description: 'Whether data on refused licences is published.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'annualReport',
    topic: 'transparency',
    label: 'Annual report',
    description: 'Whether the government publishes an annual report on export controls (to parliament or the public).',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  {
    id: 'publicConsultation',
    topic: 'transparency',
    label: 'Public consultation on changes',
    description: 'Whether changes to controls are normally published for public comment before adoption.',
    type: boolean,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'practice',
  },
  // 10. International commitments (regime membership comes from the regime pages)
  {
    id: 'un1540Reporting',
    topic: 'international',
    label: 'UNSCR 1540 national report',
    description: 'Whether the jurisdiction has submitted a national implementation report to the 1540 Committee.',
    type: boolean,
    direction: 'neither',
    scope: 'both',
    evidence: 'practice',
  },
  {
    id: 'regionalFramework',
    topic: 'international',
    label: 'Regional framework',
    description: 'A regional bloc whose common rules the jurisdiction applies (e.g. the EU dual-use regulation).',
    type: text,
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
  // 11. Recent developments
  {
    id: 'lastMajorReform',
    topic: 'developments',
    label: 'Last major reform',
    description: 'The date the most recent overhaul of the dual-use export-control law took effect.',
    type: { kind: 'date' },
    direction: 'neither',
    scope: 'dual-use',
    evidence: 'law',
  },
] as const satisfies readonly Dimension[];

const REGIME_LABELS: Record<RegimeId, { label: string; scope: Scope }> = {
  wassenaar: { label: 'Wassenaar Arrangement', scope: 'both' },
  nsg: { label: 'Nuclear Suppliers Group', scope: 'dual-use' },
  mtcr: { label: 'Missile Technology Control Regime', scope: 'both' },
  'australia-group': { label: 'Australia Group', scope: 'dual-use' },
  zangger: { label: 'Zangger Committee', scope: 'dual-use' },
  att: { label: 'Arms Trade Treaty', scope: 'military' },
  cwc: { label: 'Chemical Weapons Convention', scope: 'both' },
  bwc: { label: 'Biological Weapons Convention', scope: 'both' },
};

/** The id of each regime's derived status dimension. */
export const REGIME_STATUS_IDS = {
  wassenaar: 'wassenaarStatus',
  nsg: 'nsgStatus',
  mtcr: 'mtcrStatus',
  'australia-group': 'australiaGroupStatus',
  zangger: 'zanggerStatus',
  att: 'attStatus',
  cwc: 'cwcStatus',
  bwc: 'bwcStatus',
} as const satisfies Record<RegimeId, string>;

/** `australia-group` → `australiaGroupStatus`. */
export function regimeStatusId(regime: RegimeId): (typeof REGIME_STATUS_IDS)[RegimeId] {
  return REGIME_STATUS_IDS[regime];
}

/** Regime and treaty status, derived from each regime's member list: an ordinary dimension for pages and data. */
const DERIVED = REGIME_IDS.map((regime): Dimension => ({
  id: regimeStatusId(regime),
  topic: 'international',
  label: `${REGIME_LABELS[regime].label}: status`,
  description: `How the jurisdiction stands towards the ${REGIME_LABELS[regime].label}, read from its member list; “not a member” only where that list is complete.`,
  type: { kind: 'enum', options: REGIME_STATUS_OPTIONS },
  direction: 'neither',
  scope: REGIME_LABELS[regime].scope,
  evidence: 'record',
  derived: { regime },
}));

/** Dimensions written in jurisdiction files. */
export type StoredDimensionId = (typeof STORED)[number]['id'];
/** Every dimension id, stored or derived. */
export type DimensionId = StoredDimensionId | (typeof REGIME_STATUS_IDS)[RegimeId];

/** Dimensions written in profiles, in registry order. */
export const STORED_DIMENSIONS: readonly (Dimension & { id: StoredDimensionId })[] = STORED;

/** Every dimension, stored and derived, in page order (derived ones close the international topic). */
export const DIMENSIONS: readonly (Dimension & { id: DimensionId })[] = TOPICS.flatMap((topic) => [
  ...STORED.filter((dimension) => dimension.topic === topic.id),
  ...DERIVED.filter((dimension) => dimension.topic === topic.id).map((dimension) => dimension as Dimension & { id: DimensionId }),
]);

/** Look up a dimension by id; undefined when it does not exist. */
export function findDimension(id: string): (Dimension & { id: DimensionId }) | undefined {
  return DIMENSIONS.find((dimension) => dimension.id === id);
}

/** The dimensions of one topic, in registry order. */
export function dimensionsOfTopic(topic: TopicId): (Dimension & { id: DimensionId })[] {
  return DIMENSIONS.filter((dimension) => dimension.topic === topic);
}

/** The derived status dimension of a regime. */
export function statusDimensionOf(regime: RegimeId): Dimension & { id: DimensionId } {
  const dimension = findDimension(regimeStatusId(regime));
  if (!dimension) throw new Error(`no status dimension for ${regime}`);
  return dimension;
}
