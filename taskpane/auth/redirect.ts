// The page the sign-in popup returns to: it hands the answer back to the pane and closes.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Aanmelden is niet gelukt: ${error instanceof Error ? error.message : String(error)}`;
});
