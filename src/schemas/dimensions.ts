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

/**
 * The coding rule of a dimension (the codebook): how every jurisdiction is coded, so that a difference the
 * atlas shows is a difference in the law, not in how two people coded it.
 */
export interface CodingRule {
  /** The question, in one sentence. */
  readonly question: string;
  /** What counts (and which regime is read where a jurisdiction has several). */
  readonly counts: string;
  /** What does not count, and where it is recorded instead. */
  readonly excludes?: string;
  /** Edge cases, EU rules versus member-state options, how national categories map onto the options. */
  readonly edge?: string;
  /** Which date a date means. */
  readonly date?: string;
  /** A worked example from the atlas's own profiles. */
  readonly example: string;
}

export interface Dimension {
  readonly id: string;
  readonly topic: TopicId;
  readonly label: string;
  readonly description: string;
  readonly type: ValueSpec;
  readonly direction: Direction;
  readonly scope: Scope;
  readonly evidence: Evidence;
  readonly rule: CodingRule;
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
    rule: {
      question: 'Which statute or statutes establish the export-control system for dual-use items?',
      counts:
        'The act of parliament (or, for the EU, the regulation of the Council and Parliament) that creates the licensing requirement for dual-use items and the power to list them. Name it with its official title, number and date, and the parts that deal with export control.',
      excludes:
        'Implementing regulations and orders (“Implementing regulations”), the military-export statute where separate (“Military export legislation”), sanctions statutes, and the criminal code, unless the licensing requirement itself is set there.',
      edge: 'Where the requirement rests on a general trade or customs statute (Australia: Customs Act 1901 s. 112), that statute is the answer, and the note names the narrower acts. Where there is no dedicated statute (France), say so in the value and name the instruments that do the work.',
      example:
        'United States: the Export Control Reform Act of 2018, not the EAR (which are “Implementing regulations”). Japan: the Foreign Exchange and Foreign Trade Act.',
    },
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
    rule: {
      question: 'Which regulations, orders or decrees made under the primary legislation carry the dual-use controls?',
      counts:
        'The instruments that set the control list, the licence requirement and the procedure: cabinet or ministerial orders, decrees, statutory instruments, federal regulations.',
      excludes: 'Guidance, handbooks and notices that bind nobody; instruments for military items only.',
      edge: 'For EU member states, name the national implementing instruments; the EU Regulation itself is the EU profile’s “Primary legislation” and the member state’s “Regional framework”.',
      example: 'Japan: the Export Trade Control Order and the METI ministerial orders under it. United Kingdom: the Export Control Order 2008.',
    },
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
    rule: {
      question: 'Which instrument controls exports of military items, where it is separate from the dual-use law?',
      counts: 'The statute or order that requires a licence for military goods and technology (munitions lists, war-weapons acts, arms export acts).',
      edge: 'Where military and dual-use items share one statute and list, write that, and name the list or part for military items (United Kingdom, Netherlands, Canada). The EU has no export-licensing competence for arms: its answer is Council Common Position 2008/944/CFSP, described as such.',
      example: 'Germany: the Kriegswaffenkontrollgesetz, besides the AWG/AWV. United States: the Arms Export Control Act and the ITAR.',
    },
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
    rule: {
      question: 'Which body decides dual-use export licence applications?',
      counts:
        'The authority that grants or refuses individual dual-use licences, named as the law names it, with the unit that does the work where that differs.',
      excludes:
        'Bodies that only advise (they belong to “Interagency licence review”) and bodies that license military items only (say so in the note).',
      edge: 'Where the law gives the power to a minister who delegates it, name both. The EU itself licenses nothing: not applicable.',
      example: 'Germany: BAFA, the Federal Office for Economic Affairs and Export Control. European Union: not applicable (member states license).',
    },
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
    rule: {
      question: 'Which agencies investigate and enforce export-control offences?',
      counts:
        'Customs, police and prosecution services with powers over export-control offences, and the licensing authority where it imposes administrative penalties.',
      excludes: 'Bodies that only license or only give guidance.',
      example:
        'United States: BIS Export Enforcement, with the Justice Department for criminal cases. European Union: not applicable (enforcement is national).',
    },
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
    rule: {
      question: 'Are dual-use licence applications reviewed by other departments under a formal procedure?',
      counts:
        'true where a statute, regulation or published procedure sends applications (all, or a defined class) to other departments (defence, foreign affairs, intelligence, energy) for review or consent.',
      excludes:
        'Informal consultation in individual cases that no published procedure requires; review of military licences only (say so in the note, and code the dual-use answer).',
      edge: 'A review confined to sensitive classes of dual-use applications still counts (note the classes).',
      example: 'United States: true (EAR § 750.3 refers applications to Defense, State and Energy).',
    },
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
    rule: {
      question: 'How does the law define a dual-use item?',
      counts:
        'The statutory definition, quoted or closely paraphrased with its pinpoint; where the law has none, say so and describe how the controlled items are identified (by list).',
      excludes: 'Definitions from guidance or from the regimes, unless the law adopts them by reference (then say so).',
      edge: 'EU member states apply Art. 2(1) of Regulation 2021/821: record that the definition is the EU rule applied, and any national wording beside it.',
      example:
        'European Union: items, including software and technology, which can be used for both civil and military purposes (Reg. 2021/821 art. 2(1)). Japan: no statutory definition; controlled items are those listed in the Export Trade Control Order.',
    },
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
    rule: {
      question: 'Are software and technology, not only physical goods, controlled items?',
      counts:
        'true where the law’s controlled items or its licence requirement expressly include software or technology (or a provision on the provision of technology).',
      excludes: 'Controls on technical assistance as a service (“Technical assistance controls”).',
      example: 'Japan: true (FEFTA art. 25 controls the provision of technology alongside art. 48 for goods).',
    },
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
    rule: {
      question: 'Does releasing controlled technology to a foreign national inside the territory count as an export?',
      counts:
        'true only where the law treats a release inside the territory to a foreign person as an export or requires a licence for it (a "deemed export" or equivalent).',
      excludes:
        'Controls on transfers abroad, including electronic ones (“Intangible technology transfer controls”); a technical-assistance control that applies only outside the territory.',
      edge: 'A licence requirement for providing technology to non-residents in the territory (Japan’s FEFTA art. 25(1)) counts. Code false where the law’s definition of export requires crossing the border and no other provision catches the release. Technical assistance to a third-country resident temporarily in the territory (Reg. 2021/821 art. 2(10)(c) with art. 8) is a service control applied case by case, coded under “Technical assistance controls”, not a deemed-export rule.',
      example:
        'United States: true (EAR § 734.13(b)). European Union: false (Reg. 2021/821 art. 2(2) requires a transmission out of the customs territory).',
    },
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
    rule: {
      question: 'Does the law control the re-export of items from one foreign country to another?',
      counts:
        'true where the law requires a licence for, or prohibits, the onward export abroad of items that originate in, or were exported from, the jurisdiction (extraterritorial reach).',
      excludes:
        'End-use undertakings not to re-export given in a licence application (“End-use assurances required”); controls on exports from the territory of items that were imported.',
      example: 'United States: true (EAR § 734.3, § 734.4 de minimis). United Kingdom: false (the Government stated it does not control re-exports).',
    },
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
    rule: {
      question: 'Can the transit or trans-shipment of controlled items through the territory be controlled or prohibited?',
      counts:
        'true where the law lets the authority prohibit, or require a licence for, items passing through the territory (including a power used case by case).',
      edge: 'EU member states: Art. 7 of Regulation 2021/821 lets the competent authority prohibit a transit. Record it as an EU rule applied, with any national licence requirement beside it.',
      example: 'European Union: true (Reg. 2021/821 art. 7).',
    },
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
    rule: {
      question: 'Are brokering services for controlled items between third countries controlled?',
      counts:
        'true where the law requires a licence for, or lets the authority prohibit, arranging or negotiating transactions for controlled items between two foreign countries.',
      excludes: 'Brokering controls for military items only (say so in the note and code the dual-use answer).',
      edge: 'A prohibition of brokering for WMD end uses without a licensing scheme counts, if the law reaches deals between two foreign countries.',
      example: 'European Union: true (Reg. 2021/821 art. 6). China: false (no dual-use brokering provision in the texts read).',
    },
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
    rule: {
      question: 'Is the provision of technical assistance related to controlled items controlled?',
      counts:
        'true where the law requires a licence for, or lets the authority prohibit, technical support (repairs, training, know-how, consulting) related to controlled items or to WMD end uses.',
      excludes: 'Transfers of controlled technology as such (“Software and technology controlled”, “Intangible technology transfer controls”).',
      example: 'European Union: true (Reg. 2021/821 art. 8).',
    },
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
    rule: {
      question: 'Is the transmission of software or technology by electronic means controlled?',
      counts:
        'true where the licence requirement covers software or technology sent by e-mail, download, fax, telephone or made available in the cloud to a destination abroad.',
      excludes: 'Releases inside the territory (“Deemed export rule”).',
      example: 'European Union: true (Reg. 2021/821 art. 2(2)(iii) includes transmission by electronic media).',
    },
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
    rule: {
      question: 'What is the dual-use control list called and where is it published?',
      counts: 'The official name of the list and the instrument or annex that contains it.',
      edge: 'Where the list is in several instruments (goods and technology orders), name each.',
      example:
        'United States: the Commerce Control List, Supplement No. 1 to EAR Part 774. Germany: Annex I to Regulation 2021/821 plus the national Ausfuhrliste Part I Section B.',
    },
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
    rule: {
      question: 'Which multilateral lists does the dual-use list implement, and does it add national entries?',
      counts:
        'Tick each regime list that the national dual-use list implements in substance (by transposition or reference), EU Annex I where the list is the EU one, and National additions where it controls items beyond all of these.',
      excludes:
        'Regimes the state belongs to but whose list is not in the dual-use list (e.g. a munitions list kept in a separate military list, unless the state’s single list holds both: then tick it and say so).',
      edge: 'EU member states, and any other state whose law takes over the EU list as it stands, tick EU Annex I (the EU rule applied) and the regime lists it implements; National additions only for the state’s own national list. A list derived from EU Annex I but amended since as national law (the United Kingdom’s assimilated list) is not EU Annex I. A munitions list is ticked only where the dual-use list itself holds it (one list in one instrument), not where military items are in a separate schedule or order. The EU profile ticks the regime lists and National additions for Union-autonomous entries.',
      example:
        'Germany: Wassenaar Dual-Use and Munitions Lists, NSG, MTCR, Australia Group, CWC, EU Annex I and National additions (Ausfuhrliste Section B).',
    },
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
    rule: {
      question: 'Does the list control items beyond those agreed in the multilateral regimes?',
      counts: 'true where the national (or EU) list contains entries that no multilateral regime list contains.',
      edge: 'An EU member state that adds nothing to Annex I codes false even though the EU list has Union-autonomous entries; the EU profile codes those.',
      example: 'United Kingdom: true (the PL9000-series national entries).',
    },
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
    rule: {
      question: 'Which areas of emerging technology does the jurisdiction control beyond the multilateral lists?',
      counts:
        'Tick each area in which the list, or a published licence requirement, controls items unilaterally (ahead of or without a regime decision): advanced computing, semiconductor equipment, quantum, additive manufacturing, cyber-surveillance, other (named in the note).',
      excludes:
        'Controls adopted by a regime and transposed (they are not unilateral); proposals not yet in force (say so in the note with their date); extensions of a catch-all, which are not list controls (“Catch-all end uses”).',
      date: 'In force at the date of the text read.',
      example:
        'United States: advanced computing, semiconductor equipment, quantum, additive manufacturing (EAR national-security entries outside the Wassenaar list).',
    },
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
    rule: {
      question: 'What triggers a licence requirement for an unlisted item?',
      counts:
        'Tick each trigger the law uses: Informed (the authority notifies the exporter), Exporter’s knowledge (the exporter is aware or knows), Reason to suspect (grounds to suspect, reason to believe, or must have known).',
      excludes: 'Duties to notify the authority that do not themselves impose a licence requirement (say so in the note).',
      edge: 'A knowledge trigger that obliges the exporter to notify so that the authority decides (Reg. 2021/821 art. 4(2)) is coded Exporter’s knowledge. A definition of knowledge that includes awareness of a high probability or wilful blindness (EAR § 772.1) is still Exporter’s knowledge; Reason to suspect needs a separate, lower trigger in the law (grounds to suspect, reason to believe, should have known).',
      example:
        'European Union: Informed and Exporter’s knowledge (art. 4(1), 4(2)), and Reason to suspect where a member state has adopted art. 4(3) (national option: say so).',
    },
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
    rule: {
      question: 'Which end uses does the catch-all control cover?',
      counts:
        'Tick each end use for which an unlisted item can need a licence: WMD, missiles, military end use in embargoed destinations, any military end use, human-rights abuses (cyber-surveillance), terrorism, other (named in the note).',
      example:
        'European Union: WMD and missiles (art. 4(1)(a)), military end use in embargoed destinations (art. 4(1)(b)), other (parts of unlawfully exported military items, art. 4(1)(c)), human-rights abuses (art. 5).',
    },
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
    rule: {
      question: 'Does the authority publish a list of entities to which exports need a licence or are presumed denied?',
      counts:
        'true where an official list names foreign end users for which a licence is required, presumed denied or prohibited for export-control reasons.',
      excludes: 'Sanctions asset-freeze lists that are not export-control lists (say so in the note); non-public lists.',
      example: 'United States: true (the Entity List, Supplement No. 4 to EAR Part 744). Japan: true (METI’s End User List).',
    },
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
    rule: {
      question: 'Are end-user statements or certificates required for (some) licence applications?',
      counts:
        'true where the law or the authority’s published procedure requires an end-user statement, certificate or undertaking for at least a class of dual-use applications.',
      excludes: 'Requirements for military licences only.',
      example: 'Germany: true (BAFA requires end-use documents for individual licences).',
    },
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
    rule: {
      question: 'Does the authority carry out end-use checks or post-shipment verifications abroad?',
      counts:
        'true where an official source shows that the authority (or its embassies) verifies, after shipment, that items reached the stated end user or use, for dual-use or military items.',
      excludes: 'Pre-licence checks only (say so in the note); powers never shown to be used.',
      edge: 'Checks for war materiel count (the dimension’s scope is both).',
      example: 'Germany and Switzerland: true (post-shipment controls for war weapons and war materiel).',
    },
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
    rule: {
      question: 'Which kinds of authorisation are available for dual-use exports?',
      counts:
        'Tick each kind by what it does, whatever its national name: Individual (one exporter, named items and end user), Global (one exporter applies, then uses it for many shipments, end users or destinations), General (published for any eligible exporter without applying), Licence exception (a published exemption from the requirement), Project (one programme), Other (named in the note).',
      edge: 'A licence that one exporter applies for and then uses for many shipments is Global, even if the law calls it “general” (Japan’s bulk licence, Switzerland’s general licence under GKV arts. 10–11). A registration that lets an exporter use a published authorisation is General.',
      example: 'United States: Individual, Licence exception (EAR Part 740) and Other (e.g. Validated End-User authorisations, § 748.15).',
    },
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
    rule: {
      question: 'Which destinations receive the broadest simplified treatment?',
      counts:
        'The jurisdiction codes of the destinations of the broadest general authorisation or exemption for listed dual-use items (EU001 destinations, Country Group A:5, Japan’s Group A, Korea’s “Ga” group), as the law lists them.',
      excludes: 'Destinations of narrower authorisations (say so in the note); the jurisdiction itself.',
      edge: 'Where the law lists states and a union, list the states. Record the list as in force at the date of the text read.',
      example:
        'European Union: Australia, Canada, Iceland, Japan, New Zealand, Norway, Switzerland, Liechtenstein, the United Kingdom and the United States (Annex II, EU001).',
    },
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
    rule: {
      question: 'Are foreign-made items with more than a set share of controlled national content themselves controlled?',
      counts:
        'true where the law controls the export from abroad of foreign-made items because they incorporate more than a threshold share of controlled content of national origin (or are the direct product of national technology).',
      excludes: 'Controls on the national-origin components themselves.',
      example: 'United States: true (EAR § 734.4 de minimis, § 734.9 foreign direct product rules).',
    },
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
    rule: {
      question: 'What deadline does the law set for deciding a licence application, in calendar days?',
      counts: 'A binding time limit in a statute or regulation, converted to calendar days (the note shows the original: working days, months).',
      excludes:
        'Published service standards, targets and average times: a target review time is not a statutory deadline (code none and describe the target in the note).',
      edge: 'A deadline after which silence means refusal or approval still counts. A deadline that the authority may extend at will counts, with the extension in the note.',
      example:
        'China: 45 working days (ECL and Regulations), stored as 63 calendar days. Canada: none (the published service standard is not a deadline).',
    },
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
    rule: {
      question: 'Can an applicant appeal or seek review of a licence refusal?',
      counts:
        'true where an administrative appeal, reconsideration or judicial review of a refusal is available, under the export-control law or general administrative law.',
      example: 'China: true (administrative reconsideration under ECL art. 41, which is final).',
    },
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
    rule: {
      question: 'What is the longest prison term for intentionally exporting a controlled dual-use item without the required licence?',
      counts:
        'The longest term the law provides for an intentional export of a controlled dual-use item without the required licence, including aggravated forms, repeat offences and tiers for particular listed dual-use items (e.g. WMD-related listed items), whether set in the export-control law or in the criminal law it refers to.',
      excludes:
        'Terms that apply only to military items, to supplying a WMD programme as such, or to sanctions violations: these go in the note with their pinpoints.',
      edge: 'Where the criminal law’s smuggling offence applies, use its tier for dual-use items, not its tier for weapons or nuclear materials. Repeat offences count where the export-control or criminal law sets a tier for a repeat of this offence (Singapore’s repeat conviction); general recidivism rules of the criminal code that raise any sentence are not counted (say so in the note). The EU sets no criminal penalties: not applicable.',
      example:
        'China: Criminal Law art. 151(3) (smuggling goods the state prohibits from export) is the tier for unlicensed dual-use exports; the life term of art. 151(1) (weapons, nuclear materials) goes in the note.',
    },
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
    rule: {
      question: 'What is the highest criminal fine for that offence?',
      counts:
        'The maximum fine for the same offence as “Maximum prison term”, for an individual or a company, whichever is higher, as an amount in its currency, a formula in words (five times the value of the goods), or unlimited.',
      excludes: 'Confiscation and forfeiture; administrative penalties (“Maximum administrative or civil penalty”).',
      edge: 'Where the law gives an amount or a multiple of the value “whichever is greater”, record both. Penalty units are converted at the unit value in force, shown in the note.',
      example:
        'Japan: JPY 1 billion for a company or five times the value where higher (FEFTA art. 72(1)(i) with art. 69-7(2), as renumbered in 2026); the individual’s maximum is in the formula.',
    },
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
    rule: {
      question: 'What is the highest administrative or civil monetary penalty per violation?',
      counts:
        'A penalty the administration imposes without a criminal conviction (civil penalties, administrative fines, including fines imposed under administrative criminal law by the authority itself), per violation.',
      excludes:
        'Compound settlements and out-of-court settlements that replace prosecution (describe them in the note, and code none where nothing else exists); licence suspensions (“Denial of export privileges”).',
      example: 'United States: USD 374,474 or twice the value of the transaction (ECRA § 1760(c), as adjusted for inflation).',
    },
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
    rule: {
      question: 'Can companies, not only individuals, be criminally liable for export offences?',
      counts: 'true where a company can be convicted (or fined under a corporate-liability provision) for the export offence.',
      excludes: 'Administrative liability of companies only (code false and say so).',
      example: 'Germany: false (companies face administrative fines under the OWiG, not criminal conviction).',
    },
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
    rule: {
      question: 'Can the authority bar a person from exporting as a sanction?',
      counts:
        'true where the export-control law lets the authority (or a court, under that law) suspend or deny a person’s export privileges for a period.',
      excludes:
        'A court-imposed general ban on pursuing a trade under the ordinary criminal code (say so in the note); refusing individual licences; revoking a registration for one activity (e.g. a broker’s registration) that does not bar the person from exporting.',
      example: 'China: true (ECL art. 39, five-year bars).',
    },
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
    rule: {
      question: 'Is there a published procedure for voluntarily disclosing violations, with mitigation?',
      counts:
        'true where the authority publishes a procedure (or the law provides one) under which an exporter reports its own violation and the report mitigates the sanction.',
      excludes: 'General mitigation for cooperation in criminal sentencing without a disclosure procedure.',
      edge: 'The EU: not applicable, because penalties and their mitigation are set by member states (Reg. 2021/821 art. 25).',
      example: 'United States: true (EAR § 764.5).',
    },
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
    rule: {
      question: 'Does the government publish its export-control enforcement outcomes?',
      counts:
        'true where an official source publishes penalties, settlements or convictions for export-control offences (case lists, press releases, annual reports).',
      excludes: 'Outcomes known only from the press or court databases (say so in the note).',
      example: 'United States: true (BIS publishes settlements and orders).',
    },
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
    rule: {
      question: 'Is official guidance on internal compliance programmes published?',
      counts: 'true where the licensing authority (or the EU) publishes guidance on setting up an internal compliance programme.',
      example: 'European Union: true (Commission Recommendation (EU) 2019/1318).',
    },
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
    rule: {
      question: 'Are official red-flag indicators for diversion or suspicious orders published?',
      counts: 'true where an official source publishes a list of warning signs for exporters.',
      excludes: 'Red flags published only by industry associations or law firms.',
      example: 'United States: true (BIS “Know Your Customer” guidance and red flags, Supplement No. 3 to EAR Part 732).',
    },
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
    rule: {
      question: 'Can exporters obtain an official classification or advisory ruling before exporting?',
      counts: 'true where the authority gives, on request, a classification of an item or an opinion on whether a licence is needed.',
      example: 'United States: true (commodity classification and advisory opinions, EAR § 748.3).',
    },
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
    rule: {
      question: 'How much licensing data does the government publish?',
      counts: 'Aggregate totals only, or Broken down by destination, for dual-use licences; none when nothing is published.',
      excludes:
        'Statistics that cover military exports only, which say nothing of dual-use licensing (code the dual-use answer, note the military figures); publication by continent or region only is Aggregate, not Broken down by destination.',
      date: 'The most recent publication read, named in the note.',
      example:
        'Japan: unknown. The only figures found (METI’s annual report on overseas transfers of defence equipment) cover military items, so they do not answer for dual-use licensing.',
    },
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
    rule: {
      question: 'Is data on refused licences published?',
      counts: 'true where the government publishes numbers or lists of dual-use licence denials.',
      excludes: 'Denial notifications shared only among regime members.',
      example: 'United Kingdom: true (the quarterly statistics include refusals).',
    },
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
    rule: {
      question: 'Does the government publish an annual report on export controls?',
      counts:
        'true where a report on the export-control system (dual-use, or arms and dual-use together) is published every year, to parliament or the public.',
      excludes: 'One-off white papers; arms-export reports that say nothing of dual-use controls (say so in the note).',
      example: 'European Union: true (the Commission’s annual report under art. 26(2)).',
    },
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
    rule: {
      question: 'Are changes to controls normally published for public comment before adoption?',
      counts:
        'true where draft export-control rules (the control list and the licensing rules in statutes and regulations) are normally, by law or regular practice, published for comment; consultation on amendments to the statute alone does not make it normal for the list.',
      excludes: 'Consultation on single occasions; changes adopted as interim final rules with comments afterwards are coded by what is normal.',
      example: 'United States: false (EAR rules are usually published as interim final rules, with comments invited afterwards).',
    },
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
    rule: {
      question: 'Has the jurisdiction submitted a national implementation report to the 1540 Committee?',
      counts: 'true where the state has submitted at least one report under UNSCR 1540 paragraph 4.',
      edge: 'Not applicable to a jurisdiction that is not a UN member state (Taiwan); the EU reports as such only where it has submitted its own report.',
      example: 'Japan: true (reports listed by MOFA).',
    },
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
    rule: {
      question: 'Does the jurisdiction apply a regional bloc’s common export-control rules?',
      counts:
        'The bloc and its instrument where the jurisdiction applies common rules adopted by a regional organisation (the EU dual-use Regulation); none otherwise.',
      edge: 'Member states of the EU: name Regulation 2021/821 and say which parts are national options. The EU itself: not applicable.',
      example: 'Germany: European Union, Regulation (EU) 2021/821.',
    },
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
    rule: {
      question: 'When did the most recent overhaul of the dual-use export-control law take effect?',
      counts:
        'The entry-into-force date of the last instrument that replaced or restructured the dual-use system (a new statute, a recast regulation, a structural amendment), as precisely as the source gives it.',
      excludes: 'Routine list updates and single amendments; the date of promulgation or adoption.',
      date: 'Entry into force, not promulgation. It must agree with “Primary legislation” and “Implementing regulations” of the same profile.',
      example:
        'European Union: 2021-09-09 (Regulation 2021/821 in force). China: 2024-12-01 (the Dual-Use Regulations), not 2020-10-17 (when the ECL was adopted).',
    },
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
  rule: {
    question: `How does the jurisdiction stand towards the ${REGIME_LABELS[regime].label}?`,
    counts:
      'Read from the member list on the regime page, never written in a profile: the listed status (member or participant, state party, signatory, adherent, observer) with the source cited for that member.',
    excludes: 'Candidacy, applications and statements of intent (they go in the member note on the regime page, where sourced).',
    edge: 'An unlisted jurisdiction is “Not a member” only where the list is marked complete, citing the list and its date; otherwise its status is unknown. A unilateral pledge to apply a regime’s guidelines is “Adheres unilaterally”, with the pledge as its source.',
    date: 'The join date is the date the state became a member or party (for a treaty: entry into force for that state), as precisely as the source gives it.',
    example: 'China and the MTCR: adheres unilaterally (its 1992 undertaking to abide by the guidelines and parameters), not a partner.',
  },
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
