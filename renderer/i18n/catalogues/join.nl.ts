import type { joinEn } from './join.en';

/** Dutch UI text of joining an exercise (join.en.ts). */
export const joinNl: Record<keyof typeof joinEn, string> = {
  'join.title': 'Deelnemen aan de oefening',
  'join.intro':
    'De oefenleiding geeft elke rol een code van negen letters en cijfers, zoals ACD-EFH-347. Typ die hier, of open de link van de QR-code.',
  'join.code': 'Deelnamecode',
  'join.codeHint': 'Negen letters en cijfers; hoofdletters, spaties en streepjes maken niet uit.',
  'join.submit': 'Deelnemen',
  'join.joining': 'Bezig met deelnemen…',
  'join.malformed':
    'Een deelnamecode bestaat uit negen letters en cijfers uit {alphabet}, zoals ACD-EFH-347.',
  'join.refused': 'De oefenhost heeft deze code niet aanvaard: {reason}',
  'join.unreachable': 'De oefenhost antwoordde niet: controleer het adres bij de oefenleiding. ({reason})',
  'join.needed': 'Deze browser heeft geen toegang tot deze post: neem deel met de code van de oefenleiding.',
  'join.cutOff': 'De toegang van deze post werkt niet meer: {reason}',
};
