/** <kpi-scorecard>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { Interval } from '../../engine/periods.js';
import type { ScorecardKpi } from '../../engine/scorecard.js';
import type { SmartStatus } from '../../engine/smart.js';
import type { Lang } from '../../i18n/strings.js';

type Named = Record<ScorecardKpi, { name: string; definition: string }>;

const enKpis: Named = {
  nps: { name: 'NPS', definition: 'Promoters (9–10) minus detractors (0–6), in % of answers.' },
  csat: { name: 'Satisfaction (CSAT)', definition: 'Share of satisfied answers (the top two of the scale).' },
  ces: { name: 'Customer effort (CES)', definition: 'Mean effort score of the answers.' },
  fcr: { name: 'First-contact resolution', definition: 'Requests solved in the first exchange, of all contacts.' },
  containment: { name: 'Containment', definition: 'Contacts after which the customer did not come back for the same issue.' },
  transfer: { name: 'Transfer rate', definition: 'Requests moved to another channel to get an answer.' },
  'self-care': { name: 'Self-care resolution', definition: 'Self-service attempts that solved the request.' },
  abandonment: { name: 'Abandonment', definition: 'Requests left before they were resolved.' },
  'response-time': { name: 'Response time', definition: 'Mean time to the first answer.' },
  volume: { name: 'Requests', definition: 'Number of requests received.' },
  retention: { name: 'Retention', definition: 'Customers at the start of the period still there at its end.' },
  churn: { name: 'Churn', definition: 'Customers at the start of the period lost by its end.' },
  conversion: { name: 'Conversion rate', definition: 'Visitors who took the wanted action (purchase, sign-up).' },
  'cart-abandonment': { name: 'Cart abandonment', definition: 'Carts filled but not paid.' },
  aov: { name: 'Average order value', definition: 'Revenue per order.' },
  'open-rate': { name: 'Open rate', definition: 'Delivered emails that were opened.' },
  ctr: { name: 'Click-through rate', definition: 'Impressions or emails that led to a click.' },
  ctor: { name: 'Click-to-open rate', definition: 'Opened emails that led to a click.' },
  engagement: { name: 'Engagement', definition: 'Likes, shares, comments and mentions per person reached.' },
  cpc: { name: 'Cost per click', definition: 'Campaign cost per click.' },
  cpa: { name: 'Cost per acquisition', definition: 'Campaign cost per new customer.' },
  roi: { name: 'Return on investment', definition: 'Net profit (revenue − cost) over cost.' },
  revenue: { name: 'Revenue', definition: 'Sales over the period.' },
  cltv: { name: 'Customer lifetime value', definition: 'Average order value × purchase frequency × customer lifespan.' },
};

const frKpis: Named = {
  nps: { name: 'NPS', definition: 'Promoteurs (9–10) moins détracteurs (0–6), en % des réponses.' },
  csat: { name: 'Satisfaction (CSAT)', definition: 'Part des réponses satisfaites (les deux meilleures notes).' },
  ces: { name: 'Effort client (CES)', definition: 'Note moyenne d’effort des réponses.' },
  fcr: { name: 'Résolution au premier contact', definition: 'Demandes résolues dès le premier échange, sur tous les contacts.' },
  containment: { name: 'Contacts contenus', definition: 'Contacts après lesquels le client n’est pas revenu pour le même sujet.' },
  transfer: { name: 'Taux de transfert', definition: 'Demandes passées à un autre canal pour obtenir une réponse.' },
  'self-care': { name: 'Résolution en selfcare', definition: 'Tentatives en libre-service qui ont résolu la demande.' },
  abandonment: { name: 'Abandon', definition: 'Demandes abandonnées avant leur résolution.' },
  'response-time': { name: 'Délai de réponse', definition: 'Temps moyen jusqu’à la première réponse.' },
  volume: { name: 'Demandes', definition: 'Nombre de demandes reçues.' },
  retention: { name: 'Rétention', definition: 'Clients du début de période encore présents à la fin.' },
  churn: { name: 'Attrition', definition: 'Clients du début de période perdus à la fin.' },
  conversion: { name: 'Taux de conversion', definition: 'Visiteurs ayant réalisé l’action voulue (achat, inscription).' },
  'cart-abandonment': { name: 'Abandon de panier', definition: 'Paniers remplis mais non payés.' },
  aov: { name: 'Panier moyen', definition: 'Chiffre d’affaires par commande.' },
  'open-rate': { name: 'Taux d’ouverture', definition: 'E-mails délivrés qui ont été ouverts.' },
  ctr: { name: 'Taux de clic', definition: 'Impressions ou e-mails suivis d’un clic.' },
  ctor: { name: 'Taux de clic à l’ouverture', definition: 'E-mails ouverts suivis d’un clic.' },
  engagement: { name: 'Engagement', definition: 'J’aime, partages, commentaires et mentions par personne atteinte.' },
  cpc: { name: 'Coût par clic', definition: 'Coût de campagne par clic.' },
  cpa: { name: 'Coût par acquisition', definition: 'Coût de campagne par nouveau client.' },
  roi: { name: 'Retour sur investissement', definition: 'Bénéfice net (recettes − coût) rapporté au coût.' },
  revenue: { name: 'Chiffre d’affaires', definition: 'Ventes de la période.' },
  cltv: { name: 'Valeur vie client', definition: 'Panier moyen × fréquence d’achat × durée de vie client.' },
};

const en = {
  title: 'Scorecard',
  kpis: enKpis,
  status: { met: 'target met', 'on-track': 'on track', behind: 'behind', 'not-met': 'target not met' } satisfies Record<SmartStatus, string>,
  /** "target ≥ 80% by 12/31/2026" (the seeds' target says so). */
  target: (sign: string, value: string, by: string | null, seeds: boolean) => `${seeds ? 'seeds’ target' : 'target'} ${sign} ${value}${by ? ` by ${by}` : ''}`,
  noTarget: 'no target',
  versus: { day: 'vs the previous day', week: 'vs the previous week', month: 'vs the previous month', quarter: 'vs the previous quarter' } satisfies Record<Interval, string>,
  points: (delta: string) => `${delta} pts`,
  significant: (lo: string, hi: string) => `significant (95 %: ${lo} … ${hi})`,
  notSignificant: (lo: string, hi: string) => `not significant (95 %: ${lo} … ${hi})`,
  noPrevious: 'no previous period to compare',
  noData: 'no data for this KPI',
  n: (n: string) => `n = ${n}`,
  weekOf: (date: string) => `week of ${date}`,
  quarter: (q: number, year: number) => `Q${q} ${year}`,
  sparkline: (count: number, from: string, to: string) => `${count} periods from ${from} to ${to}`,
  listLabel: (title: string) => `${title}: figures`,
  /** What the schemas' own checks say (the shared problem sentences do not know them). */
  problems: {
    period: 'must be a period: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY-Qn',
    date: 'must be a date YYYY-MM-DD',
    after: (from: string) => `must come after from (${from})`,
    pair: 'baseline and from go together (the value at that date)',
    sum: (total: string) => `retained + lost must equal atStart (${total})`,
    currency: 'must be an ISO 4217 currency code such as EUR',
  },
};

export type ScorecardStrings = typeof en;

const fr: ScorecardStrings = {
  title: 'Tableau de bord',
  kpis: frKpis,
  status: { met: 'objectif atteint', 'on-track': 'en bonne voie', behind: 'en retard', 'not-met': 'objectif non atteint' },
  target: (sign, value, by, seeds) => `${seeds ? 'objectif de référence' : 'objectif'} ${sign} ${value}${by ? ` d’ici le ${by}` : ''}`,
  noTarget: 'pas d’objectif',
  versus: { day: 'par rapport à la veille', week: 'par rapport à la semaine précédente', month: 'par rapport au mois précédent', quarter: 'par rapport au trimestre précédent' },
  points: (delta) => `${delta} pts`,
  significant: (lo, hi) => `significatif (95 % : ${lo} … ${hi})`,
  notSignificant: (lo, hi) => `non significatif (95 % : ${lo} … ${hi})`,
  noPrevious: 'pas de période précédente à comparer',
  noData: 'pas de données pour cet indicateur',
  n: (n) => `n = ${n}`,
  weekOf: (date) => `semaine du ${date}`,
  quarter: (q, year) => `T${q} ${year}`,
  sparkline: (count, from, to) => `${count} périodes de ${from} à ${to}`,
  listLabel: (title) => `${title} : chiffres`,
  problems: {
    period: 'doit être une période : AAAA-MM-JJ, AAAA-Wss, AAAA-MM ou AAAA-Tn (AAAA-Qn)',
    date: 'doit être une date AAAA-MM-JJ',
    after: (from) => `doit venir après from (${from})`,
    pair: 'baseline et from vont ensemble (la valeur à cette date)',
    sum: (total) => `retained + lost doit valoir atStart (${total})`,
    currency: 'doit être un code de devise ISO 4217, comme EUR',
  },
};

export const SCORECARD_STRINGS: Record<Lang, ScorecardStrings> = { en, fr };
