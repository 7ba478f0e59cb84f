// Statements in plain Dutch words, for the CLI, the tab and the bot's replies.
import type { Modality, Statement } from './types';
import { ACTIONS, OBJECTS, ROLE_LABELS } from './vocabulary';

const MODALITY_LABELS: Record<Modality, string> = {
  mag: 'mag',
  'mag-niet': 'mag niet',
  'mag-mits': 'mag, onder voorwaarden',
  moet: 'moet',
  info: 'is verantwoordelijk',
};

export function modalityLabel(m: Modality): string {
  return MODALITY_LABELS[m];
}

export function actionLabel(id: string): string {
  return (ACTIONS as Record<string, { label: string }>)[id]?.label ?? id;
}

export function objectLabel(id: string): string {
  return (OBJECTS as Record<string, { label: string }>)[id]?.label ?? id;
}

export function roleLabel(id: string): string {
  return (ROLE_LABELS as Record<string, string>)[id] ?? id;
}

/** "moet · communicatiedienst · versturen: persbericht, persuitnodiging": the statement's structure in words. */
export function describeStatementParts(s: Statement): string {
  const objects = s.objects.map(objectLabel).join(', ');
  return `${modalityLabel(s.modality)} · ${roleLabel(s.actor)} · ${actionLabel(s.action)}${objects ? `: ${objects}` : ''}`;
}
