/**
 * Where a person's entity ref can be in the plugin's tables, and what erasure does there. Every
 * `devex_` table is named: in {@link REPLACED_IN}, in {@link ERASED_ELSEWHERE} (deleted or
 * recounted by the store that owns the table) or in {@link HOLDS_NO_PERSONAL_DATA}. A test checks
 * that every table of the schema is, so a new table needs a decision here.
 */
export interface TableErasure {
  table: string;
  /** A single-column key, to walk the table in pages. */
  key: string;
  /** Columns holding one entity ref: the person's becomes the former-user marker. */
  refs: string[];
  /** JSON and free text: each mention of the person becomes the marker. */
  texts: string[];
  /** Rows carry a `version`: bumped, so an edit made from a copy read before erasure gets a 409. */
  versioned?: boolean;
}

export const REPLACED_IN: TableErasure[] = [
  {
    table: 'devex_action_items',
    key: 'id',
    refs: ['owner_ref', 'created_by', 'entity_ref'],
    texts: ['title', 'description'],
    versioned: true,
  },
  {
    table: 'devex_experiments',
    key: 'id',
    refs: ['owner_ref', 'created_by', 'vehicle_ref'],
    texts: ['title', 'hypothesis', 'design', 'links'],
    versioned: true,
  },
  {
    table: 'devex_experiment_transitions',
    key: 'id',
    refs: ['changed_by'],
    texts: ['note'],
  },
  {
    table: 'devex_measurements',
    key: 'id',
    refs: ['recorded_by', 'entity_ref'],
    texts: [],
  },
  {
    table: 'devex_verification_runs',
    key: 'id',
    refs: ['recorded_by'],
    texts: ['reviewers', 'findings', 'notes'],
  },
  {
    table: 'devex_occurrence_records',
    key: 'occurrence_id',
    refs: ['updated_by'],
    texts: ['decisions', 'notes', 'minutes_url'],
    versioned: true,
  },
  {
    table: 'devex_backlog_items',
    key: 'id',
    refs: ['owner_ref', 'created_by', 'entity_ref'],
    texts: [
      'initiative',
      'description',
      'dependencies',
      'decision',
      'decision_note',
    ],
    versioned: true,
  },
  {
    table: 'devex_backlog_rank_changes',
    key: 'id',
    refs: ['changed_by'],
    texts: ['note'],
  },
  {
    table: 'devex_risks',
    key: 'id',
    refs: ['owner_ref', 'created_by', 'entity_ref'],
    texts: ['title', 'description', 'mitigation'],
    versioned: true,
  },
  {
    table: 'devex_risk_changes',
    key: 'id',
    refs: ['changed_by'],
    texts: ['changes'],
  },
  {
    // an anomaly of a user's entity names it; who decided on it, and their note, name people
    table: 'devex_anomalies',
    key: 'id',
    refs: ['decided_by', 'entity_ref'],
    texts: ['note'],
    versioned: false,
  },
  {
    table: 'devex_blockers',
    key: 'id',
    refs: ['raised_by', 'resolved_by', 'entity_ref'],
    texts: [
      'title',
      'description',
      'notified_owners',
      'escalated_to',
      'resolution',
      'notify_error',
    ],
    versioned: true,
  },
  {
    table: 'devex_remediation_items',
    key: 'id',
    refs: ['owner_ref'],
    texts: ['title', 'expected_evidence'],
  },
  {
    table: 'devex_evidence_records',
    key: 'id',
    refs: ['owner_ref'],
    texts: ['title', 'source', 'location', 'url'],
  },
  {
    table: 'devex_sync_states',
    key: 'remediation_id',
    refs: [],
    texts: ['reason', 'evidence'],
  },
  { table: 'devex_sync_runs', key: 'id', refs: [], texts: ['errors'] },
  {
    table: 'devex_remediation_sources',
    key: 'entity_ref',
    refs: [],
    texts: ['error'],
  },
  {
    table: 'devex_next_steps_status',
    key: 'entity_ref',
    refs: [],
    texts: ['error'],
  },
  {
    table: 'devex_pulse_campaigns',
    key: 'id',
    refs: ['created_by'],
    texts: ['title', 'questions'],
  },
  {
    table: 'devex_pulse_responses',
    key: 'id',
    refs: [],
    texts: ['free_text'],
  },
  {
    table: 'devex_calendar_feed_tokens',
    key: 'id',
    refs: ['entity_ref'],
    texts: [],
  },
  {
    table: 'devex_notification_outbox',
    key: 'key',
    refs: [],
    texts: ['notification', 'last_error'],
  },
  {
    table: 'devex_forum_runs',
    key: 'occurrence_id',
    refs: ['started_by', 'finished_by'],
    texts: ['title', 'agenda', 'attendees', 'minutes'],
    versioned: true,
  },
  {
    table: 'devex_forum_outputs',
    key: 'id',
    refs: ['recorded_by'],
    texts: ['step', 'summary', 'record_title', 'record_link'],
  },
  {
    table: 'devex_flag_decisions',
    key: 'id',
    refs: ['decided_by'],
    texts: ['reason', 'live_error'],
  },
  {
    table: 'devex_runbook_checks',
    key: 'runbook_key',
    refs: [],
    texts: ['last_error'],
  },
  {
    table: 'devex_waivers',
    key: 'id',
    refs: ['requested_by', 'decided_by', 'owner_ref', 'entity_ref'],
    texts: ['subject_title', 'justification', 'decision_note'],
    versioned: true,
  },
  { table: 'devex_plugin_state', key: 'key', refs: [], texts: ['value'] },
];

/** Tables whose rows naming the person are deleted or recounted by their own store. */
export const ERASED_ELSEWHERE: Record<string, string> = {
  devex_pulse_participation:
    "the person's rows are deleted (who answered; the answers are anonymous and stay)",
  devex_pulse_erasures:
    "a SHA-256 of the person's ref is added, so no replica writes an answer they pooled as theirs; it goes when the campaigns open then have settled",
  devex_pulse_pool:
    "the person's answers waiting for a batch are deleted by their keyed tag (the ref is not stored); a replica holding no key of them refuses them by the erasure record",
  devex_calendar_feed_tokens:
    "the person's feed links are deleted (then other links' entity refs are replaced)",
  devex_experiment_entities:
    'the person as an experiment entity becomes the marker (a duplicate row is dropped)',
  devex_sync_counts:
    'recounted from the remediation items after their owners are replaced: totals unchanged',
};

/** Tables that hold no person's ref: ids, metric keys, numbers, hashes, entity refs of components. */
export const HOLDS_NO_PERSONAL_DATA: Record<string, string> = {
  devex_experiment_metrics: 'metric keys, baselines and targets',
  devex_digest_sends: 'the periods sent and how many recipients',
  devex_action_item_counts: 'counts per status and due date',
  devex_remediation_conflicts: 'remediation ids and the sources claiming them',
  devex_runbook_baselines: 'runbook URLs and content hashes',
};
