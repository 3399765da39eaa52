/** Commented answers for the <kpi-comments> stories: French comments at the seeds' themes, fixed (no clock, no random). */
const BAD: Record<string, string[]> = {
  phone: ['Temps d’attente trop long au téléphone.', 'Attente interminable avant d’avoir un conseiller.', 'On m’a transféré trois fois.'],
  chat: ['Le chat ne comprend pas ma question.', 'Attente au chat avant un conseiller.'],
  store: ['Personne à l’accueil, attente en caisse.', 'Vendeur peu aimable.'],
};
const GOOD: Record<string, string[]> = {
  phone: ['Conseiller patient, problème réglé.', 'Rappel rapide comme promis.'],
  chat: ['Très réactif, réponse en deux minutes.', 'Chat rapide et efficace.', 'Réponse rapide et claire, merci !'],
  store: ['Accueil chaleureux en boutique.', 'Vendeuse très aimable et de bon conseil.', 'Accueil aimable et rapide.'],
};
const TOUCHPOINTS: Record<string, string> = { phone: 'after-call', chat: 'after-chat', store: 'checkout' };

/** `count` NPS answers (or CSAT), one every 7 hours back from 31 May 2026, scores cycling 0…10. */
export function commentedAnswers(count = 60, metric: 'nps' | 'csat' = 'nps') {
  const channels = Object.keys(BAD);
  return Array.from({ length: count }, (_, i) => {
    const channel = channels[i % channels.length]!;
    const score = metric === 'nps' ? (i * 7) % 11 : 1 + ((i * 3) % 5);
    const bad = metric === 'nps' ? score <= 6 : score <= 3;
    const list = (bad ? BAD : GOOD)[channel]!;
    return {
      id: `${metric}-${i}`,
      metric,
      score,
      channel,
      touchpoint: TOUCHPOINTS[channel],
      at: new Date(Date.UTC(2026, 4, 31, 18) - i * 7 * 3_600_000).toISOString(),
      comment: list[i % list.length],
    };
  });
}

/** Names and comments that try to look like something else. */
export const hostileAnswers = [
  { id: 'h1', metric: 'nps', score: 1, channel: '\u202Eevil', touchpoint: 'ch\u200Bat', at: '2026-05-30T10:00:00Z', comment: '<img src=x onerror=alert(1)> <b>gras</b> attente trop longue' },
  { id: 'h2', metric: 'nps', score: 2, channel: 'chat\u200B', at: '2026-05-29T10:00:00Z', comment: 'attente \u2066isolée\u2069 et zéro\u200Blargeur' },
  { id: 'h3', metric: 'nps', score: 10, channel: 'chat', at: '2026-05-28T10:00:00Z', comment: `rapide ${'très-long-mot-sans-espace-'.repeat(20)}` },
  { id: 'h4', metric: 'nps', score: 9, channel: 'chat', at: '2026-05-27T10:00:00Z', comment: 'rapide et aimable 👩🏽‍💻' },
];
