// Flemish news media that staff name instead of "de pers": a journalist "van HLN" is the press as
// the one who acts (a role) and as the channel a message goes to (an object).
export const MEDIA_OUTLETS: readonly string[] = [
  'vrt',
  'vtm',
  'tv limburg',
  'radio 2',
  'het nieuwsblad',
  'nieuwsblad',
  'het laatste nieuws',
  'hln',
  'het belang van limburg',
  'gazet van antwerpen',
  'de standaard',
  'ringtv',
  'rob-tv',
  'atv',
  'tvl',
];
