/** UI text of joining an exercise from another laptop (the join screen). Dutch is required for every key (join.nl.ts). */
export const joinEn = {
  'join.title': 'Join the exercise',
  'join.intro':
    'Exercise control gives each role a code of nine letters and digits, such as ACD-EFH-347. Type it here, or open the link of its QR code.',
  'join.code': 'Join code',
  'join.codeHint': 'Nine letters and digits; case, spaces and hyphens do not matter.',
  'join.submit': 'Join',
  'join.joining': 'Joining…',
  'join.malformed': 'A join code is nine letters and digits from {alphabet}, such as ACD-EFH-347.',
  'join.refused': 'The exercise host did not take this code: {reason}',
  'join.unreachable': 'The exercise host did not answer: check the address with exercise control. ({reason})',
  'join.needed': 'This browser holds no pass for this station: join with the code exercise control gave you.',
  'join.cutOff': 'This station’s pass no longer works: {reason}',
} as const;
