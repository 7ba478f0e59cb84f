export interface Migration {
  /** Unique and increasing; the order migrations are applied in. Never renumber one that shipped. */
  id: number;
  name: string;
  /** One or more statements; runs in the same transaction as its schema_migrations row. */
  sql: string;
}
