/**
 * Texts of the customer-facing pages (hosted survey page and public feedback page) in the supported languages.
 * Survey emails have their own catalogue (distribution/email-i18n.ts); the language is picked the same way.
 * Questions written by the workspace are shown as written; the built-in default questions are translated.
 */
import { type Locale, pickLocale, SUPPORTED_LOCALES } from '../distribution/email-i18n.ts';
import type { SurveyKind } from '../surveys/score-groups.ts';

export type { Locale };

export type FeedbackType = 'complaint' | 'praise' | 'question' | 'idea';
export const FEEDBACK_TYPES: readonly FeedbackType[] = ['complaint', 'praise', 'question', 'idea'];

export interface PageTexts {
  /** Ends of each scale, read out with the lowest and highest score. */
  scale: Record<SurveyKind, { low: string; high: string }>;
  /** The built-in questions (used when a survey keeps the default English wording). */
  defaultQuestion: Record<SurveyKind, string>;
  defaultFollowUp: { default: string; positive: string; negative: string };
  next: string;
  send: string;
  optional: string;
  required: string;
  commentHint: string;
  oneClickIntro: string;
  noScriptConfirm: string;
  scoreSaved: string;
  changeScoreHint: string;
  errorSummary: string;
  errors: {
    score: (min: number, max: number) => string;
    tooLong: (max: number) => string;
    answerRequired: string;
    choice: string;
    generic: string;
    formExpired: string;
  };
  thanksTitle: string;
  thanksBody: string;
  closedTitle: string;
  closedBody: string;
  /** A draft survey: its links work once it is activated. */
  notOpenTitle: string;
  notOpenBody: string;
  /** A send that was skipped (fatigue rules, unsubscribe…) or cancelled: its personal link was never meant to be used. */
  withdrawnTitle: string;
  withdrawnBody: string;
  expiredTitle: string;
  expiredBody: string;
  invalidTitle: string;
  invalidBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  tooManyTitle: string;
  tooManyBody: string;
  tooLargeTitle: string;
  tooLargeBody: string;
  errorTitle: string;
  errorBody: string;
  feedback: {
    title: (company: string) => string;
    intro: string;
    typeLegend: string;
    types: Record<FeedbackType, string>;
    message: string;
    messageHint: string;
    contactLegend: string;
    contactHint: string;
    name: string;
    email: string;
    phone: string;
    honeypot: string;
    send: string;
    thanksTitle: string;
    thanksBody: string;
    errors: { type: string; message: string; email: string };
  };
}

const en: PageTexts = {
  scale: {
    nps: { low: 'Not at all likely', high: 'Extremely likely' },
    csat: { low: 'Very dissatisfied', high: 'Very satisfied' },
    ces: { low: 'Strongly disagree', high: 'Strongly agree' },
  },
  defaultQuestion: {
    nps: 'How likely are you to recommend us to a friend or colleague?',
    csat: 'How satisfied were you with your experience?',
    ces: 'How much do you agree: the company made it easy for me to handle my issue.',
  },
  defaultFollowUp: {
    default: 'What is the most important reason for your score?',
    positive: 'What did we do especially well?',
    negative: 'What could we have done better?',
  },
  next: 'Next',
  send: 'Send',
  optional: 'optional',
  required: 'required',
  commentHint: 'Up to 10,000 characters.',
  oneClickIntro: 'Thanks for your rating! Would you like to tell us a little more?',
  noScriptConfirm: 'Press “Send” to save your answer.',
  scoreSaved: 'Your score has been saved.',
  changeScoreHint: 'You can still change your score here.',
  errorSummary: 'Please check your answer',
  errors: {
    score: (min, max) => `Please choose a score from ${min} to ${max}.`,
    tooLong: (max) => `Please keep this under ${max.toLocaleString('en')} characters.`,
    answerRequired: 'Please answer this question.',
    choice: 'Please choose one of the options shown.',
    generic: 'We could not save your answer. Please try again.',
    formExpired: 'This form has expired. Please start again.',
  },
  thanksTitle: 'Thank you!',
  thanksBody: 'We have received your feedback. It really helps us improve.',
  closedTitle: 'This survey is closed',
  closedBody: 'Thank you for taking the time to look. This survey no longer accepts answers.',
  notOpenTitle: 'This survey is not open yet',
  notOpenBody: 'Thank you for wanting to share your thoughts. This survey does not accept answers yet; please try again later.',
  withdrawnTitle: 'This link is no longer active',
  withdrawnBody: 'This survey invitation was withdrawn, so it cannot be answered. Thank you all the same for wanting to share your thoughts.',
  expiredTitle: 'This link has expired',
  expiredBody: 'Survey links are only valid for a limited time. Thank you all the same for wanting to share your thoughts.',
  invalidTitle: 'This link does not work',
  invalidBody: 'The link may be incomplete. Please open it again from the original message, making sure to copy the whole address.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'We could not find the page you were looking for. Please check the address.',
  tooManyTitle: 'Too many attempts',
  tooManyBody: 'Please wait a minute and try again.',
  tooLargeTitle: 'Your message is too long',
  tooLargeBody: 'Please go back, shorten your answer and send it again.',
  errorTitle: 'Something went wrong',
  errorBody: 'Please go back and try again.',
  feedback: {
    title: (c) => `Share your feedback with ${c}`,
    intro: 'Something went wrong, something went right, or you have a question or an idea? Tell us: we read every message.',
    typeLegend: 'What would you like to share?',
    types: { complaint: 'A complaint', praise: 'Praise', question: 'A question', idea: 'An idea' },
    message: 'Your message',
    messageHint: 'Up to 5,000 characters.',
    contactLegend: 'Your contact details',
    contactHint: 'Optional. Leave them if you would like us to get back to you.',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    honeypot: 'Leave this field empty',
    send: 'Send feedback',
    thanksTitle: 'Thank you for your message',
    thanksBody: 'It has reached our team. If you left your contact details, we will get back to you.',
    errors: { type: 'Please choose what your message is about.', message: 'Please write your message.', email: 'Please enter a valid email address, like name@example.com.' },
  },
};

const es: PageTexts = {
  scale: {
    nps: { low: 'Nada probable', high: 'Muy probable' },
    csat: { low: 'Muy insatisfecho', high: 'Muy satisfecho' },
    ces: { low: 'Totalmente en desacuerdo', high: 'Totalmente de acuerdo' },
  },
  defaultQuestion: {
    nps: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
    csat: '¿Qué tan satisfecho quedó con su experiencia?',
    ces: '¿Está de acuerdo con esta afirmación?: la empresa me facilitó resolver mi consulta.',
  },
  defaultFollowUp: {
    default: '¿Cuál es el motivo principal de su puntuación?',
    positive: '¿Qué es lo que más le gustó?',
    negative: '¿Qué podríamos haber hecho mejor?',
  },
  next: 'Siguiente',
  send: 'Enviar',
  optional: 'opcional',
  required: 'obligatorio',
  commentHint: 'Hasta 10.000 caracteres.',
  oneClickIntro: '¡Gracias por su valoración! ¿Quiere contarnos algo más?',
  noScriptConfirm: 'Pulse «Enviar» para guardar su respuesta.',
  scoreSaved: 'Hemos guardado su puntuación.',
  changeScoreHint: 'Todavía puede cambiar su puntuación aquí.',
  errorSummary: 'Revise su respuesta',
  errors: {
    score: (min, max) => `Elija una puntuación del ${min} al ${max}.`,
    tooLong: (max) => `El texto no puede superar los ${max.toLocaleString('es')} caracteres.`,
    answerRequired: 'Responda a esta pregunta, por favor.',
    choice: 'Elija una de las opciones indicadas.',
    generic: 'No hemos podido guardar su respuesta. Inténtelo de nuevo.',
    formExpired: 'Este formulario ha caducado. Vuelva a empezar, por favor.',
  },
  thanksTitle: '¡Muchas gracias!',
  thanksBody: 'Hemos recibido su opinión. Nos ayuda de verdad a mejorar.',
  closedTitle: 'Esta encuesta ya está cerrada',
  closedBody: 'Gracias por su interés. Esta encuesta ya no admite respuestas.',
  notOpenTitle: 'Esta encuesta aún no está abierta',
  notOpenBody: 'Gracias por querer darnos su opinión. Esta encuesta todavía no admite respuestas; inténtelo de nuevo más tarde.',
  withdrawnTitle: 'Este enlace ya no está activo',
  withdrawnBody: 'Esta invitación a la encuesta se ha retirado y no se puede responder. Aun así, gracias por querer darnos su opinión.',
  expiredTitle: 'Este enlace ha caducado',
  expiredBody: 'Los enlaces de las encuestas solo son válidos durante un tiempo limitado. Aun así, gracias por querer darnos su opinión.',
  invalidTitle: 'Este enlace no funciona',
  invalidBody: 'Puede que el enlace esté incompleto. Ábralo de nuevo desde el mensaje original y asegúrese de copiar la dirección completa.',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'No hemos encontrado la página que busca. Compruebe la dirección.',
  tooManyTitle: 'Demasiados intentos',
  tooManyBody: 'Espere un minuto y vuelva a intentarlo.',
  tooLargeTitle: 'Su mensaje es demasiado largo',
  tooLargeBody: 'Vuelva atrás, acorte su respuesta y envíela de nuevo.',
  errorTitle: 'Algo ha fallado',
  errorBody: 'Vuelva atrás e inténtelo de nuevo.',
  feedback: {
    title: (c) => `Cuéntele a ${c} lo que piensa`,
    intro: '¿Algo salió mal, algo salió bien, o tiene una pregunta o una idea? Cuéntenoslo: leemos todos los mensajes.',
    typeLegend: '¿Qué quiere compartir?',
    types: { complaint: 'Una queja', praise: 'Un elogio', question: 'Una pregunta', idea: 'Una idea' },
    message: 'Su mensaje',
    messageHint: 'Hasta 5.000 caracteres.',
    contactLegend: 'Sus datos de contacto',
    contactHint: 'Opcional. Déjelos si quiere que le respondamos.',
    name: 'Nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    honeypot: 'Deje este campo vacío',
    send: 'Enviar mensaje',
    thanksTitle: 'Gracias por su mensaje',
    thanksBody: 'Ya lo tiene nuestro equipo. Si nos ha dejado sus datos, nos pondremos en contacto con usted.',
    errors: {
      type: 'Indique de qué trata su mensaje.',
      message: 'Escriba su mensaje, por favor.',
      email: 'Introduzca un correo electrónico válido, por ejemplo nombre@ejemplo.com.',
    },
  },
};

const fr: PageTexts = {
  scale: {
    nps: { low: 'Pas du tout probable', high: 'Très probable' },
    csat: { low: 'Très insatisfait', high: 'Très satisfait' },
    ces: { low: 'Pas du tout d’accord', high: 'Tout à fait d’accord' },
  },
  defaultQuestion: {
    nps: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?',
    csat: 'Dans quelle mesure êtes-vous satisfait de votre expérience ?',
    ces: 'Êtes-vous d’accord avec cette affirmation : l’entreprise m’a facilité la résolution de ma demande.',
  },
  defaultFollowUp: {
    default: 'Quelle est la principale raison de votre note ?',
    positive: 'Qu’avons-nous particulièrement bien fait ?',
    negative: 'Qu’aurions-nous pu mieux faire ?',
  },
  next: 'Suivant',
  send: 'Envoyer',
  optional: 'facultatif',
  required: 'obligatoire',
  commentHint: 'Jusqu’à 10 000 caractères.',
  oneClickIntro: 'Merci pour votre note ! Voulez-vous nous en dire un peu plus ?',
  noScriptConfirm: 'Appuyez sur « Envoyer » pour enregistrer votre réponse.',
  scoreSaved: 'Votre note a bien été enregistrée.',
  changeScoreHint: 'Vous pouvez encore modifier votre note ici.',
  errorSummary: 'Veuillez vérifier votre réponse',
  errors: {
    score: (min, max) => `Veuillez choisir une note de ${min} à ${max}.`,
    tooLong: (max) => `Le texte ne doit pas dépasser ${max.toLocaleString('fr')} caractères.`,
    answerRequired: 'Veuillez répondre à cette question.',
    choice: 'Veuillez choisir l’une des options proposées.',
    generic: 'Nous n’avons pas pu enregistrer votre réponse. Veuillez réessayer.',
    formExpired: 'Ce formulaire a expiré. Veuillez recommencer.',
  },
  thanksTitle: 'Merci beaucoup !',
  thanksBody: 'Nous avons bien reçu votre avis. Il nous aide vraiment à nous améliorer.',
  closedTitle: 'Cette enquête est terminée',
  closedBody: 'Merci de votre intérêt. Cette enquête n’accepte plus de réponses.',
  notOpenTitle: 'Cette enquête n’est pas encore ouverte',
  notOpenBody: 'Merci de vouloir nous donner votre avis. Cette enquête n’accepte pas encore de réponses ; veuillez réessayer plus tard.',
  withdrawnTitle: 'Ce lien n’est plus actif',
  withdrawnBody: 'Cette invitation à l’enquête a été retirée : il n’est plus possible d’y répondre. Merci tout de même d’avoir voulu nous donner votre avis.',
  expiredTitle: 'Ce lien a expiré',
  expiredBody: 'Les liens d’enquête ne sont valables que pendant une durée limitée. Merci tout de même d’avoir voulu nous donner votre avis.',
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalidBody: 'Le lien est peut-être incomplet. Ouvrez-le à nouveau depuis le message d’origine, en copiant bien l’adresse entière.',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'Nous n’avons pas trouvé la page demandée. Veuillez vérifier l’adresse.',
  tooManyTitle: 'Trop de tentatives',
  tooManyBody: 'Veuillez patienter une minute avant de réessayer.',
  tooLargeTitle: 'Votre message est trop long',
  tooLargeBody: 'Revenez en arrière, raccourcissez votre réponse et envoyez-la à nouveau.',
  errorTitle: 'Une erreur s’est produite',
  errorBody: 'Revenez en arrière et réessayez.',
  feedback: {
    title: (c) => `Donnez votre avis à ${c}`,
    intro: 'Un problème, une bonne surprise, une question ou une idée ? Écrivez-nous : nous lisons chaque message.',
    typeLegend: 'Que souhaitez-vous nous dire ?',
    types: { complaint: 'Une réclamation', praise: 'Un compliment', question: 'Une question', idea: 'Une idée' },
    message: 'Votre message',
    messageHint: 'Jusqu’à 5 000 caractères.',
    contactLegend: 'Vos coordonnées',
    contactHint: 'Facultatif. Indiquez-les si vous souhaitez une réponse.',
    name: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    honeypot: 'Laissez ce champ vide',
    send: 'Envoyer mon message',
    thanksTitle: 'Merci pour votre message',
    thanksBody: 'Il a bien été transmis à notre équipe. Si vous avez laissé vos coordonnées, nous reviendrons vers vous.',
    errors: {
      type: 'Veuillez indiquer le sujet de votre message.',
      message: 'Veuillez écrire votre message.',
      email: 'Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.fr.',
    },
  },
};

const de: PageTexts = {
  scale: {
    nps: { low: 'Sehr unwahrscheinlich', high: 'Sehr wahrscheinlich' },
    csat: { low: 'Sehr unzufrieden', high: 'Sehr zufrieden' },
    ces: { low: 'Stimme überhaupt nicht zu', high: 'Stimme voll und ganz zu' },
  },
  defaultQuestion: {
    nps: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?',
    csat: 'Wie zufrieden waren Sie mit Ihrer Erfahrung?',
    ces: 'Wie sehr stimmen Sie zu: Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu klären.',
  },
  defaultFollowUp: {
    default: 'Was ist der wichtigste Grund für Ihre Bewertung?',
    positive: 'Was haben wir besonders gut gemacht?',
    negative: 'Was hätten wir besser machen können?',
  },
  next: 'Weiter',
  send: 'Absenden',
  optional: 'optional',
  required: 'Pflichtfeld',
  commentHint: 'Bis zu 10.000 Zeichen.',
  oneClickIntro: 'Danke für Ihre Bewertung! Möchten Sie uns noch etwas mehr erzählen?',
  noScriptConfirm: 'Klicken Sie auf „Absenden“, um Ihre Antwort zu speichern.',
  scoreSaved: 'Ihre Bewertung wurde gespeichert.',
  changeScoreHint: 'Hier können Sie Ihre Bewertung noch ändern.',
  errorSummary: 'Bitte prüfen Sie Ihre Antwort',
  errors: {
    score: (min, max) => `Bitte wählen Sie eine Bewertung von ${min} bis ${max}.`,
    tooLong: (max) => `Bitte schreiben Sie höchstens ${max.toLocaleString('de')} Zeichen.`,
    answerRequired: 'Bitte beantworten Sie diese Frage.',
    choice: 'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
    generic: 'Ihre Antwort konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
    formExpired: 'Dieses Formular ist abgelaufen. Bitte beginnen Sie noch einmal.',
  },
  thanksTitle: 'Vielen Dank!',
  thanksBody: 'Wir haben Ihr Feedback erhalten. Es hilft uns wirklich, besser zu werden.',
  closedTitle: 'Diese Umfrage ist beendet',
  closedBody: 'Danke für Ihr Interesse. Für diese Umfrage werden keine Antworten mehr angenommen.',
  notOpenTitle: 'Diese Umfrage ist noch nicht geöffnet',
  notOpenBody: 'Danke, dass Sie uns Ihre Meinung sagen möchten. Für diese Umfrage werden noch keine Antworten angenommen; bitte versuchen Sie es später noch einmal.',
  withdrawnTitle: 'Dieser Link ist nicht mehr aktiv',
  withdrawnBody: 'Diese Einladung zur Umfrage wurde zurückgezogen und kann nicht mehr beantwortet werden. Trotzdem vielen Dank, dass Sie uns Ihre Meinung sagen wollten.',
  expiredTitle: 'Dieser Link ist abgelaufen',
  expiredBody: 'Umfrage-Links sind nur begrenzte Zeit gültig. Trotzdem vielen Dank, dass Sie uns Ihre Meinung sagen wollten.',
  invalidTitle: 'Dieser Link funktioniert nicht',
  invalidBody: 'Der Link ist möglicherweise unvollständig. Öffnen Sie ihn bitte noch einmal aus der ursprünglichen Nachricht und achten Sie darauf, die ganze Adresse zu kopieren.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundBody: 'Die gesuchte Seite gibt es leider nicht. Bitte prüfen Sie die Adresse.',
  tooManyTitle: 'Zu viele Versuche',
  tooManyBody: 'Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.',
  tooLargeTitle: 'Ihre Nachricht ist zu lang',
  tooLargeBody: 'Bitte gehen Sie zurück, kürzen Sie Ihre Antwort und senden Sie sie erneut.',
  errorTitle: 'Etwas ist schiefgelaufen',
  errorBody: 'Bitte gehen Sie zurück und versuchen Sie es noch einmal.',
  feedback: {
    title: (c) => `Ihre Meinung an ${c}`,
    intro: 'Ist etwas schiefgelaufen oder besonders gut gelungen? Haben Sie eine Frage oder eine Idee? Schreiben Sie uns – wir lesen jede Nachricht.',
    typeLegend: 'Worum geht es?',
    types: { complaint: 'Eine Beschwerde', praise: 'Ein Lob', question: 'Eine Frage', idea: 'Eine Idee' },
    message: 'Ihre Nachricht',
    messageHint: 'Bis zu 5.000 Zeichen.',
    contactLegend: 'Ihre Kontaktdaten',
    contactHint: 'Optional. Hinterlassen Sie sie, wenn Sie eine Antwort möchten.',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    honeypot: 'Dieses Feld bitte leer lassen',
    send: 'Nachricht senden',
    thanksTitle: 'Danke für Ihre Nachricht',
    thanksBody: 'Sie ist bei unserem Team angekommen. Wenn Sie Kontaktdaten hinterlassen haben, melden wir uns bei Ihnen.',
    errors: {
      type: 'Bitte wählen Sie aus, worum es in Ihrer Nachricht geht.',
      message: 'Bitte schreiben Sie Ihre Nachricht.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    },
  },
};

export const PAGE_TEXTS: Record<Locale, PageTexts> = { en, es, fr, de };

/** Languages of an Accept-Language header, most preferred first (q=0 excluded). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/** The page language: the person's, else the survey's, else the workspace's, else the browser's, else English. */
export function pageLocale(candidates: (string | null | undefined)[], acceptLanguage: string | undefined): Locale {
  const chain = [...candidates, ...acceptedLanguages(acceptLanguage)];
  const supported = chain.find((c) => c && (SUPPORTED_LOCALES as readonly string[]).includes(c.slice(0, 2).toLowerCase()));
  return pickLocale(supported);
}
