/**
 * The one registry of comparable dimensions. Every table, CSV column, search
 * filter and fact schema is generated from this list: adding a dimension is
 * one entry here plus content, and no page changes.
 */

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

/**
 * How a dimension's value is typed. `compare` says how two values are set
 * side by side: `equal` (same or different), `set` (overlap of two sets),
 * `numeric` (ordered numbers), `descriptive` (prose-like: shown, not scored).
 */
export type ValueType =
  | { kind: 'boolean' }
  | { kind: 'number'; unit: 'years' | 'days' | 'percent'; allowLife?: true }
  | { kind: 'money' }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'set'; options: readonly string[] }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'jurisdictions' };

export type Comparison = 'equal' | 'set' | 'numeric' | 'descriptive';

export interface Dimension {
  id: string;
  topic: TopicId;
  label: string;
  description: string;
  type: ValueType;
  compare: Comparison;
}

const boolean = { kind: 'boolean' } as const;
const text = { kind: 'text' } as const;

const REGIME_BASES = ['wassenaar-dual-use', 'wassenaar-munitions', 'nsg', 'mtcr', 'australia-group', 'cwc', 'eu-annex-i', 'national'] as const;

const EMERGING_TECH = ['advanced-computing', 'semiconductor-equipment', 'quantum', 'additive-manufacturing', 'cyber-surveillance', 'other'] as const;

/** The registry, grouped by topic. Order here is the order on every page. */
export const DIMENSIONS: readonly Dimension[] = [
  // 1. Legal framework and institutions
  {
    id: 'primaryLegislation',
    topic: 'legal-framework',
    label: 'Primary legislation',
    description: 'The statute(s) that establish the export-control system for dual-use items.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'implementingRegulations',
    topic: 'legal-framework',
    label: 'Implementing regulations',
    description: 'The main regulations or orders made under the primary legislation.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'militaryExportLegislation',
    topic: 'legal-framework',
    label: 'Military export legislation',
    description: 'The instrument controlling exports of military items, where separate from dual-use law.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'licensingAuthority',
    topic: 'legal-framework',
    label: 'Licensing authority (dual-use)',
    description: 'The body that decides dual-use export licence applications.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'enforcementAgencies',
    topic: 'legal-framework',
    label: 'Enforcement agencies',
    description: 'The agencies that investigate and enforce export-control offences.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'interagencyReview',
    topic: 'legal-framework',
    label: 'Interagency licence review',
    description: 'Whether licence applications are reviewed by other departments (defence, foreign affairs, …) under a formal procedure.',
    type: boolean,
    compare: 'equal',
  },
  // 2. Scope and definitions
  {
    id: 'dualUseDefinition',
    topic: 'scope',
    label: 'Definition of dual-use item',
    description: 'The legal definition of a dual-use item, quoted or closely paraphrased with its pinpoint.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'softwareAndTechnologyControlled',
    topic: 'scope',
    label: 'Software and technology controlled',
    description: 'Whether software and technology (not only physical goods) are controlled items.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'deemedExportRule',
    topic: 'scope',
    label: 'Deemed export rule',
    description: 'Whether releasing controlled technology to a foreign national inside the territory counts as an export to that person’s country.',
    type: boolean,
    compare: 'equal',
  },
  // 3. Controlled activities
  {
    id: 'reExportControls',
    topic: 'activities',
    label: 'Re-export controls',
    description: 'Whether the law controls re-export of items from one foreign country to another (extraterritorial reach).',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'transitControls',
    topic: 'activities',
    label: 'Transit and trans-shipment controls',
    description: 'Whether the transit or trans-shipment of controlled items through the territory can be controlled or prohibited.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'brokeringControls',
    topic: 'activities',
    label: 'Brokering controls',
    description: 'Whether brokering services for controlled items between third countries are controlled.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'technicalAssistanceControls',
    topic: 'activities',
    label: 'Technical assistance controls',
    description: 'Whether the provision of technical assistance related to controlled items is controlled.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'intangibleTransferControls',
    topic: 'activities',
    label: 'Intangible technology transfer controls',
    description: 'Whether transmission of software or technology by electronic means (e-mail, download, cloud) is controlled.',
    type: boolean,
    compare: 'equal',
  },
  // 4. Control lists
  {
    id: 'controlListName',
    topic: 'control-lists',
    label: 'National dual-use control list',
    description: 'The name and location of the dual-use control list.',
    type: text,
    compare: 'descriptive',
  },
  {
    id: 'controlListBasis',
    topic: 'control-lists',
    label: 'Basis of the control list',
    description: 'Which multilateral lists the dual-use list implements, and whether it has national additions.',
    type: { kind: 'set', options: REGIME_BASES },
    compare: 'set',
  },
  {
    id: 'nationalOnlyControls',
    topic: 'control-lists',
    label: 'National-only list controls',
    description: 'Whether the list controls items beyond those agreed in the multilateral regimes.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'emergingTechnologyControls',
    topic: 'control-lists',
    label: 'Unilateral emerging-technology controls',
    description: 'Areas of emerging technology controlled beyond the multilateral lists.',
    type: { kind: 'set', options: EMERGING_TECH },
    compare: 'set',
  },
  // 5. End-use and end-user controls
  {
    id: 'catchAllTrigger',
    topic: 'end-use',
    label: 'Catch-all trigger',
    description:
      'What triggers a licence requirement for an unlisted item: being informed by the authority, the exporter’s knowledge (awareness), or grounds to suspect.',
    type: { kind: 'set', options: ['informed', 'knowledge', 'reason-to-suspect'] },
    compare: 'set',
  },
  {
    id: 'catchAllEndUses',
    topic: 'end-use',
    label: 'Catch-all end uses',
    description: 'The end uses a catch-all control covers.',
    type: {
      kind: 'set',
      options: ['wmd', 'missile', 'military-embargoed', 'military-any', 'human-rights', 'terrorism', 'other'],
    },
    compare: 'set',
  },
  {
    id: 'endUserList',
    topic: 'end-use',
    label: 'Published end-user list',
    description: 'Whether the authority publishes a list of entities for which exports require a licence or are presumed denied.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'endUseAssurances',
    topic: 'end-use',
    label: 'End-use assurances required',
    description: 'Whether end-user statements or certificates are required for (some) licence applications.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'postShipmentVerification',
    topic: 'end-use',
    label: 'Post-shipment verification',
    description: 'Whether the authority conducts end-use checks or post-shipment verifications abroad.',
    type: boolean,
    compare: 'equal',
  },
  // 6. Licensing
  {
    id: 'licenceTypes',
    topic: 'licensing',
    label: 'Licence types',
    description: 'The kinds of authorisation available.',
    type: { kind: 'set', options: ['individual', 'global', 'general', 'exception', 'project', 'other'] },
    compare: 'set',
  },
  {
    id: 'generalLicenceDestinations',
    topic: 'licensing',
    label: 'Trusted destinations',
    description: 'Destinations that receive the broadest simplified treatment (e.g. EU001 destinations, Country Group A:5), as jurisdiction codes.',
    type: { kind: 'jurisdictions' },
    compare: 'set',
  },
  {
    id: 'deMinimisRule',
    topic: 'licensing',
    label: 'De minimis rule for foreign-made items',
    description: 'Whether foreign-made items containing more than a set share of controlled national content are themselves controlled.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'statutoryProcessingDays',
    topic: 'licensing',
    label: 'Statutory licence processing deadline',
    description: 'The deadline in law for deciding a licence application, in days.',
    type: { kind: 'number', unit: 'days' },
    compare: 'numeric',
  },
  {
    id: 'licensingAppeals',
    topic: 'licensing',
    label: 'Appeal against licence refusal',
    description: 'Whether an applicant can appeal or seek review of a licence refusal.',
    type: boolean,
    compare: 'equal',
  },
  // 7. Enforcement and penalties
  {
    id: 'criminalMaxImprisonmentYears',
    topic: 'enforcement',
    label: 'Maximum prison term',
    description: 'The longest prison term for an export-control offence by an individual, in years, or life imprisonment.',
    type: { kind: 'number', unit: 'years', allowLife: true },
    compare: 'numeric',
  },
  {
    id: 'criminalMaxFine',
    topic: 'enforcement',
    label: 'Maximum criminal fine',
    description: 'The highest criminal fine for an export-control offence.',
    type: { kind: 'money' },
    compare: 'numeric',
  },
  {
    id: 'administrativeMaxPenalty',
    topic: 'enforcement',
    label: 'Maximum administrative or civil penalty',
    description: 'The highest administrative or civil monetary penalty per violation.',
    type: { kind: 'money' },
    compare: 'numeric',
  },
  {
    id: 'corporateCriminalLiability',
    topic: 'enforcement',
    label: 'Corporate criminal liability',
    description: 'Whether companies (not only individuals) can be criminally liable for export offences.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'denialOfExportPrivileges',
    topic: 'enforcement',
    label: 'Denial of export privileges',
    description: 'Whether the authority can bar a person from exporting as a sanction.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'voluntaryDisclosure',
    topic: 'enforcement',
    label: 'Voluntary disclosure procedure',
    description: 'Whether there is a published procedure for voluntarily disclosing violations, with mitigation.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'publishesEnforcementCases',
    topic: 'enforcement',
    label: 'Enforcement outcomes published',
    description: 'Whether the government publishes its export-control enforcement outcomes (penalties, convictions).',
    type: boolean,
    compare: 'equal',
  },
  // 8. Compliance and outreach
  {
    id: 'icpGuidance',
    topic: 'compliance',
    label: 'Internal compliance programme guidance',
    description: 'Whether official guidance on internal compliance programmes is published.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'redFlagGuidance',
    topic: 'compliance',
    label: 'Red-flag guidance',
    description: 'Whether official red-flag indicators for diversion or suspicious orders are published.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'advisoryOpinions',
    topic: 'compliance',
    label: 'Advisory opinions and classification rulings',
    description: 'Whether exporters can obtain an official classification or advisory ruling before exporting.',
    type: boolean,
    compare: 'equal',
  },
  // 9. Transparency and reporting
  {
    id: 'publishesLicensingStatistics',
    topic: 'transparency',
    label: 'Licensing statistics published',
    description:
      'How much licensing data the government publishes: aggregate totals only, or broken down by destination (`none` when nothing is published).',
    type: { kind: 'enum', options: ['aggregate', 'by-destination'] },
    compare: 'equal',
  },
  {
    id: 'publishesDenials',
    topic: 'transparency',
    label: 'Licence denials published',
    description: 'Whether data on refused licences is published.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'annualReport',
    topic: 'transparency',
    label: 'Annual report',
    description: 'Whether the government publishes an annual report on export controls (to parliament or the public).',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'publicConsultation',
    topic: 'transparency',
    label: 'Public consultation on changes',
    description: 'Whether changes to controls are normally published for public comment before adoption.',
    type: boolean,
    compare: 'equal',
  },
  // 10. International commitments (regime membership comes from the regime pages)
  {
    id: 'un1540Reporting',
    topic: 'international',
    label: 'UNSCR 1540 national report',
    description: 'Whether the jurisdiction has submitted a national implementation report to the 1540 Committee.',
    type: boolean,
    compare: 'equal',
  },
  {
    id: 'regionalFramework',
    topic: 'international',
    label: 'Regional framework',
    description: 'A regional bloc whose common rules the jurisdiction applies (e.g. the EU dual-use regulation).',
    type: text,
    compare: 'descriptive',
  },
  // 11. Recent developments
  {
    id: 'lastMajorReform',
    topic: 'developments',
    label: 'Last major reform',
    description: 'The date the most recent overhaul of the dual-use export-control law took effect.',
    type: { kind: 'date' },
    compare: 'descriptive',
  },
];

/** Look up a dimension by id; undefined when it does not exist. */
export function findDimension(id: string): Dimension | undefined {
  return DIMENSIONS.find((dimension) => dimension.id === id);
}

/** The dimensions of one topic, in registry order. */
export function dimensionsOfTopic(topic: TopicId): Dimension[] {
  return DIMENSIONS.filter((dimension) => dimension.topic === topic);
}
