// The least an activity needs before the adapter sees it. botbuilder throws on some malformed
// bodies (an array, a number as type) instead of answering 400; we answer 400 with the reason.
import { z } from 'zod';

const activityBody = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }).optional(),
  recipient: z.looseObject({ id: z.string().min(1) }).optional(),
  text: z.string().optional(),
  id: z.string().optional(),
});

/** Undefined when the body can be processed, otherwise why not (English, for the caller's logs). */
export function validateActivityBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'the request body must be a JSON object (a Bot Framework activity)';
  }
  const result = activityBody.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return `invalid activity: ${issue.path.join('.') || 'body'}: ${issue.message}`;
}
