import type { Migration } from './types';

// The press desk (issue 5): requests with a per-year readable number, their audit trail, the one
// channel that is the desk, and the outbox through which every Teams post goes. Nothing is posted
// before the request is committed; the outbox row is written in the same transaction.
export const migration: Migration = {
  id: 10,
  name: 'press-desk',
  sql: `
    create table press_desk_channel (
      id integer primary key default 1 check (id = 1),
      reference jsonb not null,
      channel_name text,
      set_by_id text not null,
      set_by_name text,
      set_at timestamptz not null default now()
    );

    -- One row per year; the row lock of the upsert serialises concurrent numbering.
    create table press_sequence (
      year integer primary key,
      last integer not null
    );

    create table press_requests (
      id bigserial primary key,
      number text not null unique,
      year integer not null,
      seq integer not null,
      -- The form a request was submitted from: a redelivered or double-clicked submit stores once.
      source_key text not null unique,
      status text not null check (status in ('open', 'genomen', 'teruggegeven', 'gesloten')),
      kind text not null,
      route text not null,
      agreements integer[] not null default '{}',
      inform jsonb not null default '[]',
      informed jsonb not null default '[]',
      description text not null,
      medium text,
      journalist text,
      contact text,
      question text not null,
      deadline timestamptz,
      department text,
      already_said text,
      requester_id text not null,
      requester_aad_id text,
      requester_name text,
      requester_reference jsonb not null,
      owner_id text,
      owner_aad_id text,
      owner_name text,
      taken_at timestamptz,
      outcome text,
      closed_at timestamptz,
      handback_note text,
      card_activity_id text,
      card_conversation_id text,
      reminded_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (year, seq)
    );
    create index press_requests_open_deadline on press_requests (deadline) where status in ('open', 'genomen');

    create table press_audit (
      id bigserial primary key,
      request_id bigint not null references press_requests (id),
      at timestamptz not null default now(),
      actor_id text not null,
      actor_name text,
      action text not null,
      detail jsonb not null default '{}'
    );
    create index press_audit_request on press_audit (request_id, id);

    create table press_outbox (
      id bigserial primary key,
      dedupe_key text not null unique,
      kind text not null,
      request_id bigint references press_requests (id),
      payload jsonb not null default '{}',
      status text not null default 'pending' check (status in ('pending', 'sent')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      claimed_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      result jsonb
    );
    create index press_outbox_due on press_outbox (next_attempt_at) where status = 'pending';
  `,
};
