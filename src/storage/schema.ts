/**
 * The one drizzle schema. PGlite (embedded) and PostgreSQL run the same migrations.
 * Idempotency and multi-instance safety live here as constraints, not in application code:
 * - a redelivered webhook hits `messages_inbound_external_uq` and becomes a no-op;
 * - queued work (`messages.status`, `outbox.status`) is claimed with FOR UPDATE SKIP LOCKED.
 */
import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
const createdAt = () => ts('created_at').notNull().defaultNow()

/** A person (or enterprise) as one channel knows them. */
export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    channel: text('channel').notNull(),
    /** The receiving account on that channel: official-account id, bot id, portal id. */
    account: text('account').notNull(),
    externalUserId: text('external_user_id').notNull(),
    displayName: text('display_name'),
    phone: text('phone'),
    companyName: text('company_name'),
    creditCode: text('credit_code'),
    lastInboundAt: ts('last_inbound_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contacts_identity_uq').on(t.channel, t.account, t.externalUserId)],
)

/** One running conversation per contact; `state` + `data` drive the multi-turn intake. */
export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    channel: text('channel').notNull(),
    account: text('account').notNull(),
    state: text('state').notNull().default('idle'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    openTicketId: text('open_ticket_id'),
    lastInboundAt: ts('last_inbound_at'),
    /** Outbound messages sent since the last inbound one: WeChat allows 5 per 48 h window. */
    outboundSinceInbound: integer('outbound_since_inbound').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('conversations_contact_uq').on(t.contactId)],
)

/** Inbound and outbound messages. Inbound rows double as the processing queue (`status`). */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').references(() => conversations.id),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    channel: text('channel').notNull(),
    account: text('account').notNull(),
    externalId: text('external_id'),
    externalUserId: text('external_user_id'),
    kind: text('kind').notNull().default('text'),
    text: text('text'),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    raw: jsonb('raw'),
    /** inbound: pending → processing → done | failed | ignored. outbound: queued | sent | dead | inline. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: ts('locked_until'),
    error: text('error'),
    createdAt: createdAt(),
    processedAt: ts('processed_at'),
  },
  (t) => [
    uniqueIndex('messages_inbound_external_uq').on(t.channel, t.account, t.direction, t.externalId),
    index('messages_queue_idx').on(t.status, t.createdAt),
    index('messages_conversation_idx').on(t.conversationId, t.createdAt),
    // The inbound queue, small even when the table is large. A surge leaves thousands pending: the
    // per-sender ordering check ("no earlier pending message from this citizen") and the poll's
    // oldest-first scan then read these instead of every pending row (EXPLAIN in bench/results).
    index('messages_inbound_sender_queue_idx')
      .on(t.channel, t.account, t.externalUserId, t.createdAt, t.id)
      .where(sql`direction = 'in' and status in ('pending', 'processing')`),
    index('messages_inbound_queue_idx')
      .on(t.createdAt)
      .where(sql`direction = 'in' and status in ('pending', 'processing')`),
  ],
)

/** Outbound deliveries. `deliveryId` stays the same across retries so receivers can dedupe. */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id').notNull(),
    messageId: text('message_id'),
    channel: text('channel').notNull(),
    account: text('account').notNull(),
    recipient: text('recipient').notNull(),
    conversationId: text('conversation_id'),
    ticketId: text('ticket_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** `diverted`: the platform could not reach the citizen (reply window closed); the ticket is marked for a callback. */
    status: text('status', { enum: ['pending', 'sending', 'sent', 'dead', 'diverted'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    uniqueIndex('outbox_delivery_uq').on(t.deliveryId),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    // Replies still queued, per recipient, for the in-order check of every claim (see claimOutbox).
    index('outbox_recipient_queue_idx')
      .on(t.channel, t.account, t.recipient, t.createdAt, t.deliveryId)
      .where(sql`status in ('pending', 'sending')`),
    index('outbox_queue_idx')
      .on(t.nextAttemptAt, t.createdAt, t.deliveryId)
      .where(sql`status in ('pending', 'sending')`),
  ],
)

export const departments = pgTable(
  'departments',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['street', 'district', 'bureau', 'center', 'enterprise'] }).notNull(),
    parentId: text('parent_id'),
    city: text('city').notNull(),
    district: text('district'),
    code: text('code'),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('departments_city_idx').on(t.city, t.kind)],
)

/** Department staff tokens; only a SHA-256 of the token is stored. */
export const departmentTokens = pgTable('department_tokens', {
  id: text('id').primaryKey(),
  departmentId: text('department_id')
    .notNull()
    .references(() => departments.id),
  tokenHash: text('token_hash').notNull().unique(),
  label: text('label'),
  createdAt: createdAt(),
  revokedAt: ts('revoked_at'),
})

export const tickets = pgTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    status: text('status').notNull(),
    intent: text('intent').notNull(),
    urgency: text('urgency').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category1: text('category1'),
    category2: text('category2'),
    category3: text('category3'),
    categoryConfidence: real('category_confidence').notNull().default(0),
    province: text('province'),
    city: text('city'),
    district: text('district'),
    street: text('street'),
    community: text('community'),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    locationConfidence: real('location_confidence').notNull().default(0),
    departmentId: text('department_id'),
    firstDepartmentId: text('first_department_id'),
    dispatchRule: text('dispatch_rule'),
    channel: text('channel').notNull(),
    account: text('account').notNull(),
    conversationId: text('conversation_id'),
    contactId: text('contact_id'),
    citizenName: text('citizen_name'),
    phone: text('phone'),
    enterprise: boolean('enterprise').notNull().default(false),
    companyName: text('company_name'),
    creditCode: text('credit_code'),
    round: integer('round').notNull().default(1),
    duplicateOf: text('duplicate_of'),
    followers: integer('followers').notNull().default(1),
    dueAt: ts('due_at'),
    dispatchedAt: ts('dispatched_at'),
    acceptedAt: ts('accepted_at'),
    closedAt: ts('closed_at'),
    reply: text('reply'),
    resolved: boolean('resolved'),
    satisfaction: text('satisfaction'),
    callbackStatus: text('callback_status'),
    /** Set when the before-deadline reminder went out for the current round (src/lifecycle). */
    remindedAt: ts('reminded_at'),
    /** 0 on time; 1 overdue, escalated to the district; 2 escalated to the hotline center. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('tickets_status_idx').on(t.status, t.createdAt),
    // Duplicate lookup at filing: same category and place, recent (src/lifecycle/linkDuplicate.ts).
    index('tickets_duplicate_lookup_idx').on(t.category1, t.district, t.street, t.createdAt),
    // Hot-topic clusters and Open311 date ranges.
    index('tickets_created_idx').on(t.createdAt),
    index('tickets_duplicate_of_idx').on(t.duplicateOf, t.createdAt),
    // Callback timeouts: closed tickets still waiting for the citizen's answer.
    index('tickets_callback_idx').on(t.callbackStatus, t.closedAt),
    index('tickets_department_idx').on(t.departmentId, t.status),
    index('tickets_district_idx').on(t.district, t.createdAt),
    index('tickets_category_idx').on(t.category1, t.createdAt),
    index('tickets_due_idx').on(t.status, t.dueAt),
    index('tickets_conversation_idx').on(t.conversationId),
    // A citizen asking after their own tickets (src/conversation/progressQuery.ts).
    index('tickets_contact_idx').on(t.contactId, t.createdAt),
  ],
)

/** Every step of a ticket's life, with actor and time. The three rates are computed from these. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id),
    type: text('type').notNull(),
    actor: text('actor').notNull(),
    departmentId: text('department_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt),
    index('ticket_events_type_idx').on(t.type, t.createdAt),
    // The department event feed (GET /api/v1/department/events): a unit's own events, and
    // escalations addressed to it, read forward from a cursor.
    index('ticket_events_department_idx').on(t.departmentId, t.id),
    index('ticket_events_escalated_to_idx').on(sql`(${t.data}->>'to')`, t.id).where(sql`type = 'escalated'`),
  ],
)

/** Per-day sequence behind ticket numbers like BJ-20261122-000123; atomic across instances. */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    prefix: text('prefix').notNull(),
    day: text('day').notNull(),
    seq: integer('seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.day] })],
)

export const knowledgeEntries = pgTable(
  'knowledge_entries',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    questions: jsonb('questions').$type<string[]>().notNull().default([]),
    body: text('body').notNull(),
    category: text('category'),
    source: text('source'),
    audience: text('audience', { enum: ['citizen', 'enterprise', 'all'] })
      .notNull()
      .default('all'),
    region: text('region'),
    state: text('state', { enum: ['draft', 'review', 'published', 'archived'] })
      .notNull()
      .default('published'),
    effectiveFrom: text('effective_from'),
    expiresAt: text('expires_at'),
    version: integer('version').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    updatedBy: text('updated_by').notNull().default('system'),
    /**
     * An editor's unpublished revision of a published entry. The row keeps answering citizens with
     * the live content until a reviewer publishes the revision (see src/knowledge/editorWorkflow.ts).
     */
    pending: jsonb('pending').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('knowledge_entries_updated_idx').on(t.updatedAt),
    index('knowledge_entries_state_idx').on(t.state, t.updatedAt),
  ],
)

export const knowledgeVersions = pgTable(
  'knowledge_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entryId: text('entry_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    diff: text('diff'),
    author: text('author').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('knowledge_versions_entry_version_uq').on(t.entryId, t.version)],
)

/** Questions the gateway could not answer, grouped by editors into "what to write next". */
export const knowledgeGaps = pgTable(
  'knowledge_gaps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    query: text('query').notNull(),
    channel: text('channel'),
    topScore: real('top_score'),
    topEntryId: text('top_entry_id'),
    createdAt: createdAt(),
  },
  (t) => [index('knowledge_gaps_created_idx').on(t.createdAt)],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt)],
)

/** Editors of the knowledge base: token (hashed) and role. */
export const editors = pgTable('editors', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['editor', 'reviewer', 'admin'] }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  revokedAt: ts('revoked_at'),
})

/** A monotonically increasing counter per named resource, so instances notice changes (e.g. knowledge). */
export const changeCounters = pgTable('change_counters', {
  name: text('name').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
})
