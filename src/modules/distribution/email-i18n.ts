/** Texts of survey emails in the supported languages. Pages have their own catalogue next to them. */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const base = c?.slice(0, 2).toLowerCase();
    if (base && (SUPPORTED_LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

interface EmailTexts {
  subject: (company: string) => string;
  reminderSubject: (company: string) => string;
  greeting: (name: string | null) => string;
  intro: string;
  low: string;
  high: string;
  clickHint: string;
  unsubscribe: string;
  why: (company: string) => string;
}

export const EMAIL_TEXTS: Record<Locale, EmailTexts> = {
  en: {
    subject: (c) => `How are we doing, from ${c}?`,
    reminderSubject: (c) => `A quick reminder from ${c}: one question`,
    greeting: (n) => (n ? `Hi ${n},` : 'Hello,'),
    intro: 'We would love to hear what you think. It takes one click.',
    low: 'Not at all likely',
    high: 'Extremely likely',
    clickHint: 'Click a number to answer. You can add a comment on the next page.',
    unsubscribe: 'Unsubscribe from these surveys',
    why: (c) => `You receive this because you are a customer of ${c}.`,
  },
  es: {
    subject: (c) => `¿Qué tal lo estamos haciendo en ${c}?`,
    reminderSubject: (c) => `Un breve recordatorio de ${c}: una pregunta`,
    greeting: (n) => (n ? `Hola ${n}:` : 'Hola:'),
    intro: 'Nos encantaría conocer su opinión. Solo necesita un clic.',
    low: 'Nada probable',
    high: 'Muy probable',
    clickHint: 'Haga clic en un número para responder. En la página siguiente puede añadir un comentario.',
    unsubscribe: 'Darse de baja de estas encuestas',
    why: (c) => `Recibe este mensaje porque es cliente de ${c}.`,
  },
  fr: {
    subject: (c) => `Comment trouvez-vous ${c} ?`,
    reminderSubject: (c) => `Petit rappel de ${c} : une seule question`,
    greeting: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    intro: 'Votre avis compte pour nous. Un seul clic suffit.',
    low: 'Pas du tout probable',
    high: 'Très probable',
    clickHint: 'Cliquez sur une note pour répondre. Vous pourrez ajouter un commentaire ensuite.',
    unsubscribe: 'Ne plus recevoir ces enquêtes',
    why: (c) => `Vous recevez ce message parce que vous êtes client de ${c}.`,
  },
  de: {
    subject: (c) => `Wie zufrieden sind Sie mit ${c}?`,
    reminderSubject: (c) => `Kurze Erinnerung von ${c}: eine Frage`,
    greeting: (n) => (n ? `Hallo ${n},` : 'Guten Tag,'),
    intro: 'Wir möchten gern wissen, was Sie denken. Es dauert nur einen Klick.',
    low: 'Sehr unwahrscheinlich',
    high: 'Sehr wahrscheinlich',
    clickHint: 'Klicken Sie auf eine Zahl. Auf der nächsten Seite können Sie einen Kommentar ergänzen.',
    unsubscribe: 'Von diesen Umfragen abmelden',
    why: (c) => `Sie erhalten diese Nachricht, weil Sie Kunde von ${c} sind.`,
  },
};
