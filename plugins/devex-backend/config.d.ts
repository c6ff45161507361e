export interface Config {
  /** Configuration of the DevEx governance plugin. */
  devex?: {
    /**
     * The plugin's one IANA time zone: "today", overdue, month and quarter boundaries, the pulse
     * opener, the digest day, deadlines and the calendar's cadences are reckoned in it.
     * @default "UTC"
     */
    timeZone?: string;
    /**
     * Where the app mounts the DevEx page, for the links forum minutes and outputs carry to their
     * records (default `/devex`).
     */
    pagePath?: string;
    clock?: {
      /**
       * Starts the DevEx clock at this ISO 8601 instant, from which it runs on; for demos and
       * browser tests. Absent: the real time.
       */
      startAt?: string;
    };
    /**
     * Metric definitions, added to the defaults (DORA, SPACE, DevEx, compliance, pipeline,
     * supply chain); an entry with a default's key replaces it.
     */
    metrics?: Array<{
      key: string;
      name: string;
      family:
        | 'DORA'
        | 'SPACE'
        | 'DevEx'
        | 'Compliance'
        | 'Pipeline'
        | 'Supply chain';
      unit?: string;
      lowerIsBetter: boolean;
    }>;
    scorecards?: {
      /** Progress (0..1 from baseline to target) at which a metric is on track. @default 0.7 */
      onTrackProgress?: number;
      /** Progress at which a metric is at risk rather than off track. @default 0.35 */
      atRiskProgress?: number;
    };
    escalation?: {
      /** Working days a blocker may stay unresolved before it is escalated. @default 2 */
      workingDays?: number;
      /**
       * The steering committee group blockers escalate to, e.g. group:default/steering-committee.
       * With neither it nor `chair` set, blockers notify their owners and are never escalated.
       */
      steeringCommittee?: string;
      /** Its chair (e.g. the DX sponsor, a user ref), notified with it. Default: none. */
      chair?: string;
      /** How often the escalation task runs (scheduler definition). @default every 5 minutes */
      schedule?: {
        frequency: { minutes?: number; hours?: number } | string;
        timeout: { minutes?: number } | string;
      };
    };
    calendar?: {
      /**
       * Keys that seal calendar feed links to this deployment, newest first (each at least 32
       * characters, e.g. `openssl rand -base64 48`). The database keeps an HMAC of each link's
       * secret under the key that issued it, so a copy of the database under other keys (a
       * staging clone, a restored backup elsewhere) serves no link. New links use the first key;
       * a link issued under a later one works while that key is listed. To rotate: put a new key
       * first, keep the old one for the grace period you give users to copy a new link, then
       * remove it (its links then answer 404). Absent: links are checked against the database
       * alone, as before; links issued then are sealed under the first key once keys are set.
       * @visibility secret
       */
      feedSigningKeys?: string[];
      /**
       * A feed link carries no credentials, so the plugin cannot ask the permission policy about
       * it when a calendar app fetches it: it serves this many days after a request of its user's
       * (any read of the calendar or the DevEx tab) last confirmed their calendar access, and
       * stops at once when such a request is refused the calendar (an entity's link: when the
       * catalog no longer shows them the entity), until access is confirmed again. 1 to 365.
       * @default 30
       */
      feedConfirmationDays?: number;
      /** Read only when `devex.timeZone` is absent, as earlier releases did. @deprecated use devex.timeZone */
      timeZone?: string;
      /**
       * The entity (e.g. a Resource) whose dependents, and itself, see every cadence; others see
       * the cadences their owners take part in. Default: none.
       */
      governanceEntityRef?: string;
      /** ISO weekdays off, 1 (Monday) to 7 (Sunday). @default [6, 7] */
      weekendDays?: number[];
      /**
       * Days off besides weekends, for working-day rules (blocker escalation, the forum date): the
       * public holidays (type `public`, substitute days included) of a country of the
       * `date-holidays` library, optionally of a state and region, plus `extra` dates. A list of
       * dates (as earlier releases read it) is taken as the only holidays. Default: none, weekends only.
       */
      holidays?:
        | {
            /** ISO 3166-1 country code, e.g. ZA, DE, US. */
            country?: string;
            /** A state of the country as date-holidays names it (ISO 3166-2), e.g. BY. */
            state?: string;
            /** A region of the state as date-holidays names it. */
            region?: string;
            /** Further days off, YYYY-MM-DD (e.g. a company holiday). */
            extra?: string[];
          }
        | string[];
      verification?: { cadenceDays?: number; frameworks?: string[] };
      forum?: { framework?: string };
      /**
       * Cadences merged by id over the defaults (quarterly-forum, monthly-sync, pulse-survey,
       * metrics-digest, runbook-update, compliance-verification, steering-committee), which carry
       * rules, times and agendas but no participants and no runbook links.
       */
      cadences?: Array<{
        id: string;
        type?: string;
        title?: string;
        rrule?: string;
        startTime?: string;
        durationMinutes?: number;
        timeZone?: string;
        participants?: string[];
        agenda?: string[];
        inputs?: string[];
        outputs?: string[];
        runbookUrl?: string;
        workingDaysBeforeWindowClose?: number;
      }>;
    };
    /**
     * Success measures, merged by id over the defaults (onboarding-duration, qa-feedback-loop,
     * space-satisfaction, evidence-sync).
     */
    successMeasures?: Array<{
      id: string;
      title?: string;
      /** A metric key, or compliance.remediation_auto_sync_ratio. */
      metric?: string;
      unit?: string;
      aggregation?: 'latest' | 'mean' | 'median' | 'p90' | 'ratio';
      windowDays?: number;
      comparator?: 'lte' | 'lt' | 'gte' | 'gt';
      target?: number;
      baseline?: number;
      /** YYYY-MM-DD */
      deadline?: string;
      recurrence?: 'quarterly';
      /** A group or entity ref; the portal when absent. */
      scope?: string;
      /**
       * The only measurement sources counted (manual, api, survey, prefect, four_keys, ...);
       * default every source, and `[survey]` for space-satisfaction.
       */
      sources?: string[];
    }>;
    /** Where the collector pulls measurements from (hourly, one run across replicas). */
    metricSources?: {
      /** Prefect deployments whose flow runs give success rate and p95 duration. */
      prefect?: Array<{
        name: string;
        /** The Prefect API base URL, e.g. https://prefect.example.com/api */
        baseUrl: string;
        /** @visibility secret */
        apiKey?: string;
        deploymentId: string;
        entityRef: string;
        windowDays?: number;
      }>;
      /** A Four Keys export (JSON or CSV) read through the urlReader. */
      fourKeys?: { url: string; entityRef?: string };
      /** Supply-chain summaries (buildsTotal, buildsWithSbom, buildsWithProvenance) per entity. */
      supplyChain?: Array<{ entityRef: string; url: string }>;
    };
    /** Feature-flag services the drift check reads live flag states from. */
    featureFlags?: {
      /** Unleash (open source) through its client API, `GET <url>/api/client/features`. */
      unleash?: {
        /** The Unleash base URL, e.g. https://unleash.example.com */
        url: string;
        /** One client token per environment the decisions name. */
        environments: Array<{
          /** The environment's name as decisions name it, e.g. production. */
          name: string;
          /** @visibility secret */
          token: string;
        }>;
      };
      /** How often the drift check runs (scheduler definition). @default every 15 minutes */
      schedule?: {
        frequency:
          | { minutes?: number; hours?: number; seconds?: number }
          | string;
        timeout: { minutes?: number; seconds?: number } | string;
      };
    };
    /** The monthly metrics digest, sent through Notifications. */
    digest?: {
      /**
       * Entity refs (users or groups) it always goes to; owners named in it get it too. Default:
       * none, so only those owners.
       */
      recipients?: string[];
      /** Day of the month from which the month's digest is sent. @default 1 */
      dayOfMonth?: number;
      /** Grafana / Four Keys dashboards linked from it. */
      dashboards?: Array<{ title: string; url: string }>;
      /**
       * Hostnames that dashboards named by entities' `devex.io/dashboards` annotations may link
       * to (e.g. grafana.example.com); others are left out and logged. Absent: any host. Only
       * http(s) URLs are ever linked.
       */
      dashboardHosts?: string[];
    };
    permissions?: {
      /**
       * Governance admins for the shipped DevexPermissionPolicy: group or user refs. They run the
       * process (pulse campaigns and free text, digest, verification runs, evidence, sync runs,
       * backlog); everyone else writes only the records of entities they own.
       */
      admins?: string[];
    };
    pulse?: {
      /**
       * k of the pulse's anonymity: answers are written in batches of k, and results of a group
       * (or the portal) show only from k responses, with complementary suppression. 3 to 1000.
       * @default 5
       */
      minResponses?: number;
      /**
       * Keys that seal the answers waiting for a batch of k, newest first (each at least 32
       * characters, e.g. `openssl rand -base64 48`; every replica the same). The database keeps
       * them sealed (AES-256-GCM) with keyed tags, so a reader of the database learns neither who
       * answered what nor from which group, and a replica that dies loses none: any replica
       * completes the batch. To rotate, put a new key first and keep the old one until the
       * campaigns open now have closed. Absent: each process seals under a random key of its
       * own, writes what it pooled as a remainder when it stops, and loses it if it dies.
       * @visibility secret
       */
      sealingKeys?: string[];
      /** The questions; default: five Likert statements with their SPACE dimension and one free-text question. */
      questions?: Array<{
        id: string;
        text: string;
        kind?: 'likert' | 'free_text';
        dimension?: string;
      }>;
    };
    sync?: {
      /** Share of remediation items to sync automatically. @default 0.8 */
      target?: number;
      /** An evidence index (JSON or YAML) read through the urlReader. */
      evidenceIndexUrl?: string;
      /**
       * Catalog entities whose `devex.io/remediation-ids` annotations count as evidence: an
       * entity counts when it matches one entry (every field given; `owner` a group or user ref,
       * a bare name being a group in the default namespace). Default: none, so no catalog entity
       * counts until its source is trusted here.
       */
      trustedEvidenceSources?: Array<{
        kind?: string;
        namespace?: string;
        owner?: string;
      }>;
      /** Waivers of remediation items deliberately not automated. */
      waivers?: {
        /**
         * Whether waived items count in the ratio as not synced (true) or are left out of its
         * denominator (false). Either way the ratio shows them apart. @default false
         */
        countInRatio?: boolean;
        /** Days before a waiver expires that its owners are notified. @default 7 */
        noticeDays?: number;
      };
      /** How often the sync runs (scheduler definition). @default every 30 minutes */
      schedule?: {
        frequency:
          | { minutes?: number; hours?: number; seconds?: number }
          | string;
        timeout: { minutes?: number; seconds?: number } | string;
      };
    };
    /**
     * How long prunable records are kept, in whole days (1 to 36500), pruned once a day by one
     * replica. Everything else is the governance process's record and stays (see the README's
     * "Data" section).
     */
    retention?: {
      /**
       * Measurements outside experiments collected by metric sources or pushed by services
       * (sources `prefect`, `four_keys`, `api`), by measured time; never fewer days than the
       * longest success-measure window. Experiments' series stay with their experiment; values
       * people record and pulse scores stay. @default 400
       */
      collectedMeasurementsDays?: number;
      /** Evidence sync runs, by start. @default 400 */
      syncRunsDays?: number;
      /**
       * Delivered notifications in the outbox, by when queued; never fewer days than the waiver
       * notice period plus one (the key keeps a notice from going twice). @default 30
       */
      outboxSentDays?: number;
      /** Notifications given up on, by when queued (same floor). @default 90 */
      outboxFailedDays?: number;
      /**
       * Who answered a pulse campaign (only needed to refuse a second answer), after the
       * campaign closes; the anonymous answers stay. @default 7
       */
      pulseParticipationDays?: number;
      /** Calendar feed links, after they were revoked or expired. @default 90 */
      calendarFeedLinksDays?: number;
      /** When the prune task runs (scheduler definition). @default every 24 hours */
      schedule?: {
        frequency: { minutes?: number; hours?: number; days?: number } | string;
        timeout: { minutes?: number; hours?: number } | string;
        initialDelay?: { minutes?: number; hours?: number } | string;
      };
    };
    /**
     * The performance bands the Four Keys are read against on scorecards: by default the
     * software delivery performance clusters of DORA's Accelerate State of DevOps Report 2023
     * (deployments per week 7 / 1 / 0.25, lead time 24 / 168 / 720 h, change failure rate
     * 5 / 10 / 15 %, time to restore 1 / 24 / 168 h, the lower edges of elite, high and medium).
     */
    performanceBands?: {
      /** Where the thresholds come from, shown beside each band. */
      source?: string;
      /** Per metric key (e.g. `dora.lead_time`): the edges, in the metric's unit. */
      metrics?: {
        [metricKey: string]: { elite: number; high: number; medium: number };
      };
    };
    /**
     * Reminders to owners through Backstage notifications (email, Slack... as the notifications
     * backend is configured), once per item, due date and threshold across replicas. Topics,
     * each mutable in a user's notification settings: `devex-action-item-due`,
     * `devex-action-item-overdue`, `devex-remediation-item-due`.
     */
    reminders?: {
      actionItems?: {
        /** Days before an action item's due date its owner is reminded. @default [3, 1] */
        daysBefore?: number[];
        /** Tell the owner once when the due date has passed. @default true */
        overdue?: boolean;
      };
      remediationItems?: {
        /** Days before a remediation item's due date its owner is reminded. @default [14, 3] */
        daysBefore?: number[];
      };
      /** Overdue items are reminded within this many days of their due date. @default 7 */
      overdueWindowDays?: number;
      /** When the reminder task runs (scheduler definition). @default every hour */
      schedule?: {
        frequency: { minutes?: number; hours?: number; days?: number } | string;
        timeout: { minutes?: number; hours?: number } | string;
        initialDelay?: { minutes?: number; hours?: number } | string;
      };
    };
    demoData?: {
      /**
       * Load the demo records on first start. Never honoured when NODE_ENV is production.
       * @default false
       */
      enabled?: boolean;
    };
  };
}
