// "Kopieer" for a suggested block (a contact block): the browser's clipboard, which Word's task
// pane and the standalone page both offer after a click.
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('Kopiëren gaat niet in deze omgeving.');
  await navigator.clipboard.writeText(text);
}
