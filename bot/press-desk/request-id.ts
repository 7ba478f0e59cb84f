// A press request's id as it arrives from outside (a card's data, a URL): only a whole number the
// database can hold is looked up; anything else (9223372036854775808, 1e400, -1, "12abc") is simply
// not a request, rather than an error from the database.
const ID = /^[1-9]\d{0,14}$/;

export function parseRequestId(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return ID.test(text) ? Number(text) : undefined;
}
