// Generated from plugins/devex-backend/src/schema/openapi.yaml by scripts/generate-openapi.js; do not edit.
/* eslint-disable */
export interface paths {
    "/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Lists action items, filtered and sorted, one page at a time (keyset pagination). */
        get: operations["ListActionItems"];
        put?: never;
        post: operations["CreateActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetActionItem"];
        put?: never;
        post?: never;
        delete: operations["DeleteActionItem"];
        options?: never;
        head?: never;
        patch: operations["UpdateActionItem"];
        trace?: never;
    };
    "/admin/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Erases a person's personal data from every DevEx table (permission devex.personal-data.erase, admins): who answered pulse campaigns and their calendar feed links are deleted; in every record that stays (authorship, owners, attendees, history, free text and JSON) their entity ref becomes user:default/former-user. Aggregates (pulse results, counts, ratios) are unchanged. Audited as personal-data-erasure; running it again changes nothing. */
        post: operations["ErasePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The open telemetry anomalies of the last two weeks, newest first: of an entity, or of the portal and every entity the caller sees. Each is a measurement series (a metric for the portal or an entity) whose week or latest value lies beyond its eight-week baseline in the direction bad for the metric, found by the hourly detection. */
        get: operations["ListAnomalies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/anomalies/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Dismisses an open anomaly with a note (permission devex.occurrence.record). */
        post: operations["DismissAnomaly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The IDP backlog by rank (portal-wide, or one entity's), with the latest reprioritisations. */
        get: operations["ListBacklog"];
        put?: never;
        post: operations["CreateBacklogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backlog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields or records the forum's decision and note; `version` must be current. */
        patch: operations["UpdateBacklogItem"];
        trace?: never;
    };
    "/backlog/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves one item to a new rank (others shift by one) and records who, when, old and new rank, and why. */
        post: operations["ReorderBacklog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blockers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListBlockers"];
        put?: never;
        /** @description Records a blocker (step 1) and notifies the entity's owners (step 2). */
        post: operations["RaiseBlocker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blockers/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ResolveBlocker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feed-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Issues a new iCalendar feed link for the caller (portal-wide, or for an entity), like POST /calendar/feeds without an expiry; kept for clients that only need the path. */
        get: operations["GetCalendarFeedUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feed/{token}/devex.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The iCalendar feed of a link: the token (`<id>.<secret>`) stands in for credentials, so calendar apps can fetch it. A malformed, unknown, revoked or expired token, or one whose user has left the catalog, answers 404. */
        get: operations["GetCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's own feed links, newest first, revoked and expired ones included (never their secrets). */
        get: operations["ListCalendarFeeds"];
        put?: never;
        /** @description Issues a feed link for the caller, portal-wide or for an entity the caller can see in the catalog, optionally expiring. The path carries the link's secret and is shown only here. */
        post: operations["IssueCalendarFeed"];
        /** @description Revokes every feed link of a user: the caller's own, or anyone's with devex.calendar.feed.admin. */
        delete: operations["RevokeUserCalendarFeeds"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Revokes one of the caller's feed links (anyone's with devex.calendar.feed.admin); revoking a revoked link again changes nothing. */
        delete: operations["RevokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Governance occurrences computed from the cadences and verification windows for a range (default: the next 90 days, at most 400), optionally only those that concern an entity. */
        get: operations["ListOccurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/occurrences/{occurrenceId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Records an occurrence as held, skipped or rescheduled, with minutes and decisions. */
        put: operations["RecordOccurrence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/verification-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a verification run; the framework's window, and the forum aligned with it, move. */
        post: operations["RecordVerificationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/verification-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListVerificationWindows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digest/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The metrics digest as it would be sent now. */
        get: operations["PreviewDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digest/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sends the metrics digest now, outside its schedule: it is queued and delivered at once; a delivery that fails is retried in the background until it goes out. */
        post: operations["SendDigest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The portal database's evidence catalog. */
        get: operations["ListEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Creates or replaces an evidence record of the portal database. */
        put: operations["PutEvidence"];
        post?: never;
        delete: operations["DeleteEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Experiments by key, filtered by entity, owner group, status and metric family. */
        get: operations["ListExperiments"];
        put?: never;
        post: operations["CreateExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experiments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetExperiment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields (not the status); `version` must be current, else 409. */
        patch: operations["UpdateExperiment"];
        trace?: never;
    };
    "/experiments/{id}/flag-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The experiment's feature-flag decisions, newest first, with their drift. */
        get: operations["ListFlagDecisions"];
        put?: never;
        /** @description Records a decision on one of the experiment's feature flags; needs the permission to change the experiment's status. It becomes the current decision for the flag and environment. */
        post: operations["RecordFlagDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experiments/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The status history, oldest first. */
        get: operations["ListExperimentTransitions"];
        put?: never;
        /** @description Moves the experiment along its lifecycle with a required note; an illegal move is refused with 400 listing the legal ones, a stale version with 409. */
        post: operations["TransitionExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Starts running an occurrence of a forum cadence (the quarterly forum or the monthly sync) in the portal, or answers the run already started. Governance admins only. */
        post: operations["StartForum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The run of the occurrence, as everyone following it sees it (poll it to follow). */
        get: operations["GetForum"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An action item with an owner and a due date, sourced to the occurrence. */
        post: operations["RecordForumActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/anomaly-dismissals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Dismisses an open telemetry anomaly with a note (the monthly sync's "Surface telemetry anomalies" step), recorded in the minutes. */
        post: operations["RecordForumAnomalyDismissal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Who attends (user or group references). */
        put: operations["SetForumAttendees"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/backlog-moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A reprioritisation of the IDP backlog, made in the forum. */
        post: operations["RecordForumBacklogMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A decision on an experiment, with the status transition it causes. */
        post: operations["RecordForumDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ends the run. The occurrence is recorded as held, with minutes listing every output and linking to its record. */
        post: operations["FinishForum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/flag-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A feature-flag decision on an experiment, linked to the occurrence. */
        post: operations["RecordForumFlagDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/minutes.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The minutes of a finished run, as Markdown. */
        get: operations["GetForumMinutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A decision or roadmap adjustment that changes no record, in words. */
        post: operations["RecordForumNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forums/{occurrenceId}/risk-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A change to a risk of the register, its status, impact, likelihood or mitigation. */
        post: operations["RecordForumRiskChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records up to 5000 measurements at once, all or none. Takes user or service credentials, so CI jobs and exporters (Four Keys, Prefect) can push. */
        post: operations["RecordMeasurements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metric-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Each metric source's last collection, and whether it was reachable. */
        get: operations["ListMetricSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Opens this month's campaign by hand (otherwise it opens on the pulse-survey cadence). */
        post: operations["OpenPulseCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/campaigns/{campaignId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answers a campaign once. The answer is stored without the user or a time; a separate row records only that the user answered. */
        post: operations["AnswerPulse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/campaigns/{campaignId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Aggregates for the portal or a group; below the threshold only the count. */
        get: operations["GetPulseResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/campaigns/{campaignId}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The aggregates as CSV (one row per question), never raw answers; empty below the threshold. */
        get: operations["ExportPulseResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The open pulse campaign, whether the caller has answered it, and how many have. */
        get: operations["GetCurrentPulse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pulse/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The pulse across its last twelve campaigns, newest first, for the portal or a group: each campaign's participation (responses of the population) and satisfaction, under the same rules as its results (nothing before a campaign settles, no count below minResponses, a group's figures withheld where a difference would single out fewer than minResponses). */
        get: operations["GetPulseTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/remediation-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Idempotent bulk upsert of remediation items, by id; user or service credentials. The items of an entity pushed here belong to the source `api:<entityRef>`; an id already held by another source (another entity, or a backlog file) is not written, nothing of its holder changes, and it is answered in `conflicts` (and shown on both entities' sync overview). */
        post: operations["UpsertRemediationItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The risk register by exposure, its 5x5 heat map (open and in-progress risks) and change history. */
        get: operations["ListRisks"];
        put?: never;
        post: operations["CreateRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdateRisk"];
        trace?: never;
    };
    "/runbooks/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One runbook of an entity, read through the backend's URL reader, to render in the portal. Only a URL the entity's `devex.io/runbooks` annotation names is read (400 for any other); an entity the catalog hides from the caller is a 404, as is a runbook its source does not have. */
        get: operations["GetRunbookContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runbooks/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The runbooks an entity names, each with whether it changed since the last runbook-update ritual, as the scheduled runbook checks saw it. An entity the catalog hides from the caller is a 404. */
        get: operations["ListRunbookStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Experiment scorecards (computed on read) for an entity or across the portfolio. */
        get: operations["ListScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scorecards/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The scorecards matching the filters as CSV, one row per experiment metric. */
        get: operations["ExportScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/success-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The process's success measures computed on read: value against target, progress from the baseline, status (met, on_track, at_risk, missed, no_data), days to the deadline, the least-squares projection at the deadline, and the window's values. */
        get: operations["ListSuccessMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The first view of an entity's DevEx tab (with entityRef) or of the DevEx page (without) in one request: active experiments with scorecards, active action items (counts and the soonest due), the sync ratio, the next governance events, open blockers, high risks, the success measures and the caller's pulse. Records of entities the catalog hides from the caller are left out; an entity it hides is a 404. */
        get: operations["GetSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The automatically-synced ratio for an entity, an owner group or the portal (computed in SQL), its target, its history from the runs, and the items not synced automatically with reasons. */
        get: operations["GetSyncOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The ratio per owner group. */
        get: operations["GetSyncPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListSyncRuns"];
        put?: never;
        /** @description Starts a sync run now, through the scheduler, so it never runs twice at once. */
        post: operations["TriggerSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/waivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Waivers, newest request first, a page at a time; filtered by subject type, status or the entity of their remediation item. Only waivers of entities the caller can see. */
        get: operations["ListWaivers"];
        put?: never;
        /** @description Requests a waiver; one request or waiver in force per subject at a time. For a remediation item the owners of its entity may request; for a success measure, admins. */
        post: operations["RequestWaiver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/waivers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An admin approves or rejects a requested waiver, or revokes an approved one; a stale version is refused with 409. */
        post: operations["DecideWaiver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionItem: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            dueDate: string;
            entityRef: string;
            id: string;
            owner: string;
            source: components["schemas"]["ActionItemSource"];
            sourceId: string | null;
            status: components["schemas"]["ActionItemStatus"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        ActionItemSource: "governance_forum" | "monthly_sync" | "escalation" | "manual";
        /** @enum {string} */
        ActionItemStatus: "open" | "in_progress" | "blocked" | "done" | "cancelled";
        Anomaly: {
            actionItemId: string | null;
            /** @description the baseline's median */
            baseline: number;
            baselineWeeks: number;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            detectedAt: string;
            /** @description how many scaled median absolute deviations the value lies from the baseline, signed */
            deviations: number;
            /** @description null: the portal */
            entityRef: string | null;
            explanation: string;
            id: string;
            /**
             * @description the week's median (level) or the latest value (spike) is anomalous
             * @enum {string}
             */
            kind: "level" | "spike";
            metricKey: string;
            metricName: string;
            note: string | null;
            /** @enum {string} */
            status: "open" | "dismissed" | "taken_up";
            unit: string;
            value: number;
            /** Format: date-time */
            windowFrom: string;
            /** Format: date-time */
            windowTo: string;
        };
        BacklogFields: {
            dependencies?: string[];
            description?: string;
            /** @enum {string} */
            effort?: "S" | "M" | "L" | "XL";
            entityRef?: components["schemas"]["EntityRef"] | null;
            /** @enum {integer} */
            horizon?: 30 | 60 | 90;
            initiative?: string;
            owner?: components["schemas"]["OwnerRef"];
            /** @enum {string} */
            status?: "proposed" | "planned" | "in_progress" | "done" | "dropped";
            targetDate?: components["schemas"]["OptionalDate"];
        };
        BacklogFileError: {
            entityRef: string;
            error: string;
            location: string;
            readAt: string;
        };
        BacklogItem: {
            createdAt: string;
            createdBy: string;
            decision: string | null;
            decisionNote: string | null;
            dependencies: string[];
            description: string;
            /** @enum {string} */
            effort: "S" | "M" | "L" | "XL";
            entityRef: string | null;
            /** @enum {integer} */
            horizon: 30 | 60 | 90;
            id: string;
            initiative: string;
            owner: string;
            rank: number;
            /** @enum {string} */
            status: "proposed" | "planned" | "in_progress" | "done" | "dropped";
            targetDate: string | null;
            updatedAt: string;
            version: number;
        };
        BacklogRankChange: {
            changedAt: string;
            changedBy: string;
            id: string;
            initiative: string;
            itemId: string;
            newRank: number;
            note: string;
            occurrenceId: string | null;
            oldRank: number;
        };
        Blocker: {
            description: string;
            entityRef: string;
            escalatedAt: string | null;
            escalatedTo: string[];
            escalationDueAt: string;
            id: string;
            /** @description Why the owners could not be notified yet (the catalog lookup failed, or the entity has no owner); null once they were. Retried on each run of the escalation task. */
            notificationError: string | null;
            notifiedOwners: string[];
            ownersNotifiedAt: string | null;
            raisedAt: string;
            raisedBy: string;
            resolution: string | null;
            resolvedAt: string | null;
            resolvedBy: string | null;
            /** @enum {string} */
            source: "portal" | "next-steps";
            title: string;
            version: number;
        };
        CalendarFeed: {
            /** Format: date-time */
            createdAt: string;
            /** @description The entity the feed is scoped to; null for the portal-wide feed. */
            entityRef: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        CreateActionItemRequest: {
            description?: components["schemas"]["Description"];
            dueDate: components["schemas"]["DueDate"];
            entityRef: components["schemas"]["EntityRef"];
            owner: components["schemas"]["OwnerRef"];
            source?: components["schemas"]["ActionItemSource"];
            sourceId?: components["schemas"]["SourceId"];
            status?: components["schemas"]["ActionItemStatus"];
            title: components["schemas"]["Title"];
        };
        CreateExperimentRequest: {
            design?: string;
            endDate?: components["schemas"]["OptionalDate"];
            entityRefs: components["schemas"]["EntityRef"][];
            hypothesis: string;
            key: string;
            kickoffDate?: components["schemas"]["OptionalDate"];
            links?: components["schemas"]["ExperimentLink"][];
            metrics?: components["schemas"]["ExperimentMetricInput"][];
            owner: components["schemas"]["GroupRef"];
            pilotDate?: components["schemas"]["OptionalDate"];
            /** @enum {string} */
            status?: "proposed" | "planned";
            title: components["schemas"]["Title"];
            vehicle?: components["schemas"]["ExperimentVehicle"];
        };
        CurrentPulse: {
            answered: boolean;
            campaign: components["schemas"]["PulseCampaign"] | null;
            responses: number;
        };
        DecideWaiverRequest: {
            /** @enum {string} */
            decision: "approve" | "reject" | "revoke";
            note?: string;
            version: number;
        };
        Description: string;
        /** @description The first view of the DevEx tab (entityRef set) or page (entityRef null) in one response. A section is null when the caller may not read it. Computed at most every 10 seconds per replica (and after each write through it); the pulse is the caller's own. */
        DevexSummary: {
            actionItems: {
                items: components["schemas"]["ActionItem"][];
                open: number;
                overdue: number;
            } | null;
            /** @description The open telemetry anomalies (of the entity, or of the portal and the entities the caller sees); null without governance read access. */
            anomalies: components["schemas"]["Anomaly"][] | null;
            blockers: {
                items: components["schemas"]["Blocker"][];
                open: number;
            } | null;
            entityRef: string | null;
            experiments: {
                /** @description Planned */
                active: number;
                atRisk: number;
                hasMore: boolean;
                offTrack: number;
                /** @description The active experiments' overall scorecard status; their metrics and series come from GET /scorecards when the experiments section opens. */
                scorecards: components["schemas"]["ScorecardHeadline"][];
            } | null;
            /** Format: date-time */
            generatedAt: string;
            measures: components["schemas"]["SuccessMeasureResult"][] | null;
            nextEvents: components["schemas"]["Occurrence"][] | null;
            pulse: components["schemas"]["CurrentPulse"] | null;
            risks: {
                /** @description Open risks with exposure of 12 or more */
                high: number;
                items: components["schemas"]["Risk"][];
                open: number;
            } | null;
            sync: components["schemas"]["SyncRatio"] | null;
        };
        Digest: {
            dashboards: components["schemas"]["DigestLink"][];
            period: string;
            recipients: string[];
            sections: {
                lines: {
                    link: string;
                    text: string;
                }[];
                title: string;
            }[];
            title: string;
        };
        DigestLink: {
            title: string;
            url: string;
        };
        /**
         * Format: date
         * @description Calendar date, YYYY-MM-DD.
         */
        DueDate: string;
        /** @description A full entity reference, `kind:namespace/name`. */
        EntityRef: string;
        ErasureReport: {
            /** @description The marker that now stands for them in the records that stay. */
            replacedWith: string;
            /** @description Per devex_ table, the rows changed or deleted (for devex_sync_counts, the entities recounted); 0 for a table that named nothing of the person. */
            tables: {
                [key: string]: number;
            };
            /** @description The person erased, lower case. */
            userEntityRef: string;
        };
        ErasureRequest: {
            userEntityRef: components["schemas"]["UserRef"];
        };
        Error: {
            error: {
                message: string;
                name: string;
            };
            response: {
                statusCode: number;
            };
        };
        EvidenceRecord: {
            /** Format: date-time */
            collectedAt: string | null;
            /** @enum {string} */
            collection: "automated" | "manual";
            id: string;
            location: string;
            owner: components["schemas"]["OwnerRef"];
            remediationIds: string[];
            retentionDays: number | null;
            source: string;
            title: string;
            url: components["schemas"]["LinkUrl"] | null;
        };
        Experiment: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            decision: components["schemas"]["ExperimentDecision"] | null;
            design: string;
            endDate: string | null;
            entityRefs: string[];
            hypothesis: string;
            id: string;
            key: string;
            kickoffDate: string | null;
            links: components["schemas"]["ExperimentLink"][];
            metrics: components["schemas"]["ExperimentMetric"][];
            owner: string;
            pilotDate: string | null;
            status: components["schemas"]["ExperimentStatus"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vehicle: components["schemas"]["ExperimentVehicle"];
            version: number;
        };
        /** @enum {string} */
        ExperimentDecision: "scale" | "iterate" | "retire";
        ExperimentFields: {
            design?: string;
            endDate?: components["schemas"]["OptionalDate"];
            entityRefs?: components["schemas"]["EntityRef"][];
            hypothesis?: string;
            kickoffDate?: components["schemas"]["OptionalDate"];
            links?: components["schemas"]["ExperimentLink"][];
            metrics?: components["schemas"]["ExperimentMetricInput"][];
            owner?: components["schemas"]["GroupRef"];
            pilotDate?: components["schemas"]["OptionalDate"];
            title?: components["schemas"]["Title"];
            vehicle?: components["schemas"]["ExperimentVehicle"];
        };
        /**
         * @description How an experiment stands against its targets, its worst metric's status; not_started while it is proposed or planned, whatever its baseline says.
         * @enum {string}
         */
        ExperimentHealth: "on_track" | "at_risk" | "off_track" | "no_data" | "not_started";
        ExperimentLink: {
            title?: string;
            /** @enum {string} */
            type: "runbook" | "retro" | "dashboard" | "other";
            url: components["schemas"]["LinkUrl"];
        };
        /** @description A metric an experiment is judged by, as the API answers it. */
        ExperimentMetric: {
            baseline: number | null;
            /** @enum {string} */
            comparator: "lte" | "lt" | "gte" | "gt";
            metricKey: string;
            target: number;
        };
        /** @description A metric an experiment is judged by, as a request names it (baseline optional). */
        ExperimentMetricInput: {
            baseline?: number | null;
            /** @enum {string} */
            comparator: "lte" | "lt" | "gte" | "gt";
            metricKey: string;
            target: number;
        };
        /** @description Computed on read; status on_track, at_risk, off_track or no_data per metric and overall, and overall not_started for a proposed or planned experiment (its health is not judged before it starts). */
        ExperimentScorecard: {
            experiment: components["schemas"]["Experiment"];
            history: components["schemas"]["ExperimentTransition"][];
            metrics: components["schemas"]["MetricScorecard"][];
            status: components["schemas"]["ExperimentHealth"];
        };
        /** @enum {string} */
        ExperimentStatus: "proposed" | "planned" | "running" | "observing" | "decided" | "paused" | "abandoned";
        ExperimentTransition: {
            /** Format: date-time */
            changedAt: string;
            changedBy: string;
            decision: components["schemas"]["ExperimentDecision"] | null;
            experimentId: string;
            from: components["schemas"]["ExperimentStatus"];
            id: string;
            note: string;
            to: components["schemas"]["ExperimentStatus"];
        };
        ExperimentVehicle: {
            ref: string;
            /** @enum {string} */
            type: "feature_flag" | "idp_template";
        } | null;
        /** @description A decision on an experiment's feature flag in one environment, with who made it, when and in which meeting. Only the newest decision per flag and environment is current; a current decision whose live state differs from its `to` state is drift. */
        FlagDecision: {
            current: boolean;
            /** Format: date-time */
            decidedAt: string;
            decidedBy: string;
            /** @description Whether the live state differs; null when not current or not read yet. */
            drift: boolean | null;
            environment: string;
            experimentId: string;
            flagKey: string;
            from: components["schemas"]["FlagState"];
            id: string;
            live: components["schemas"]["FlagLiveState"] | null;
            /** @description The minutes of that meeting, a path under the app's base URL. */
            meetingLink: string | null;
            /** @description The forum or monthly sync occurrence it was decided in. */
            occurrenceId: string | null;
            reason: string;
            to: components["schemas"]["FlagState"];
        };
        /** @description What the drift check last read from the flag services: the live state (on, off, a percentage, or targeted for a rollout to chosen users only), null when no provider knows the flag or the read failed (then error says why). */
        FlagLiveState: {
            /** Format: date-time */
            checkedAt: string;
            error: string | null;
            provider: string | null;
            state: string | null;
        };
        /** @description A feature flag's state as decided, on, off or a rollout percentage from 1% to 99%. */
        FlagState: string;
        /** @description Something a forum decided or changed, recorded where it was made. */
        ForumOutput: {
            id: string;
            /** @enum {string} */
            kind: "decision" | "flag_decision" | "action_item" | "backlog_move" | "risk_change" | "note" | "anomaly_dismissal";
            record: components["schemas"]["ForumRecord"] | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** @description The agenda step it was recorded in. */
            step: string;
            summary: string;
        };
        /** @description The record an output of a forum changed or created, and where the portal shows it. */
        ForumRecord: {
            /** @description The catalog entities the record belongs to (none for a portal-wide record); a reader from whom the catalog hides all of them does not see the output. */
            entityRefs: string[];
            id: string;
            /** @description The record's place in the portal, a path under the app's base URL. */
            link: string;
            title: string;
            /** @enum {string} */
            type: "experiment" | "action_item" | "backlog_item" | "risk" | "anomaly";
        };
        /** @description A governance forum or monthly sync run in the portal, for one occurrence. Its agenda, who attended, every output in the order recorded, and once finished its minutes (Markdown). */
        ForumSession: {
            agenda: string[];
            attendees: string[];
            cadenceId: string;
            /** Format: date */
            date: string;
            /** Format: date-time */
            finishedAt: string | null;
            finishedBy: string | null;
            minutes: string | null;
            occurrenceId: string;
            outputs: components["schemas"]["ForumOutput"][];
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
            /** @enum {string} */
            status: "running" | "held";
            title: string;
            version: number;
        };
        /** @description The agenda step the output is recorded in. */
        ForumStep: string;
        /** @description A group entity reference, `group:namespace/name`. */
        GroupRef: string;
        IssueCalendarFeedRequest: {
            entityRef?: components["schemas"]["EntityRef"];
            /** @description Days until the link stops working; absent, it works until revoked. */
            expiresInDays?: number;
        };
        IssuedCalendarFeed: {
            /** Format: date-time */
            createdAt: string;
            entityRef: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            id: string;
            /** @description The feed's path under the plugin; it holds the link's secret, shown only once. */
            path: string;
        };
        /** @description A link people follow from the portal: http(s) or a path within the portal. Other schemes (javascript:, data:, file:) are refused. */
        LinkUrl: string;
        ListActionItemsResponse: {
            items: components["schemas"]["ActionItem"][];
            nextCursor?: string;
        };
        MeasureScope: {
            /** @constant */
            type: "portal";
        } | {
            ref: string;
            /** @enum {string} */
            type: "group" | "entity";
        };
        /** @enum {string} */
        MetricFamily: "DORA" | "SPACE" | "DevEx" | "Compliance" | "Pipeline" | "Supply chain";
        MetricScorecard: {
            /** @description The performance band the current value falls in (the Four Keys' DORA bands), with the source of its thresholds; null for other metrics or without a value. */
            band: components["schemas"]["PerformanceBand"] | null;
            baseline: number | null;
            /** @enum {string} */
            comparator: "lte" | "lt" | "gte" | "gt";
            current: number | null;
            /** @description How many measurements the scorecard rests on. */
            measurements: number;
            metric: {
                family: components["schemas"]["MetricFamily"];
                key: string;
                lowerIsBetter: boolean;
                name: string;
                unit: string;
            };
            /** @description 0..1 from baseline to target */
            progress: number | null;
            /** @description The latest measurements (at most 26, oldest first), for the scorecard's sparkline; current, progress, status and trend are computed from all of them. */
            series: {
                /** Format: date-time */
                measuredAt: string;
                value: number;
            }[];
            /** @enum {string} */
            status: "on_track" | "at_risk" | "off_track" | "no_data";
            target: number;
            targetMet: boolean;
            /** @enum {string} */
            trend: "improving" | "worsening" | "flat" | "unknown";
        };
        MetricSourceStatus: {
            collectedAt: string;
            id: string;
            measurements: number;
            message: string;
            ok: boolean;
        };
        MetricSourceStatuses: {
            sources: components["schemas"]["MetricSourceStatus"][];
        };
        /** @description The last read of an entity's Next_Steps file (annotation devex.io/next-steps) failed: unreadable, too large, too many bullets, or no "Risks/Notes" section. Its blockers were left as they were. */
        NextStepsSourceError: {
            checkedAt: string;
            entityRef: string;
            error: string;
            location: string;
        };
        Occurrence: {
            actionItemCount: number;
            agenda: string[];
            allDay: boolean;
            cadenceId: string;
            end: string;
            framework: string | null;
            id: string;
            inputs: string[];
            outputs: string[];
            participants: string[];
            record: components["schemas"]["OccurrenceRecord"] | null;
            runbookUrl: string | null;
            start: string;
            timeZone: string;
            title: string;
            /** @enum {string} */
            type: "quarterly_forum" | "monthly_sync" | "pulse_survey" | "metrics_digest" | "runbook_update" | "compliance_verification" | "steering_committee";
        };
        OccurrenceRecord: {
            decisions: string[];
            minutesUrl: string | null;
            notes: string;
            occurrenceId: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "skipped" | "rescheduled";
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            version: number;
        };
        /** Format: date */
        OptionalDate: string | null;
        /** @description A user or group entity reference, `user:namespace/name` or `group:namespace/name`. */
        OwnerRef: string;
        PerformanceBand: {
            /** @enum {string} */
            level: "elite" | "high" | "medium" | "low";
            source: string;
        };
        PulseCampaign: {
            closesAt: string;
            id: string;
            opensAt: string;
            period: string;
            questions: components["schemas"]["PulseQuestion"][];
            title: string;
        };
        PulseQuestion: {
            dimension: string | null;
            id: string;
            /** @enum {string} */
            kind: "likert" | "free_text";
            text: string;
        };
        PulseResults: {
            campaignId: string;
            dimensions: {
                dimension: string;
                mean: number;
            }[];
            freeText: string[] | null;
            group: string | null;
            hidden: boolean;
            /** @description Why the scores are hidden: the campaign has not closed and settled (results are published at publishedAt), fewer than minResponses answered, or the group is withheld so that no difference of published figures covers fewer than minResponses people. */
            hiddenReason: ("campaign-open" | "too-few-responses" | "suppressed") | null;
            minResponses: number;
            population: number | null;
            /**
             * Format: date-time
             * @description When the results are published (the campaign's close plus a settling time).
             */
            publishedAt: string;
            questions: {
                dimension: string | null;
                id: string;
                mean: number;
                shareAtOrBelow2: number;
                text: string;
            }[];
            responseRate: number | null;
            /** @description How many answered; null below minResponses (participation is shown from k up only), and for a group until the campaign has settled and unless its results are published (answers still pooled may withhold it). */
            responses: number | null;
            satisfaction: number | null;
        };
        PulseTrendPoint: {
            campaignId: string;
            closesAt: string;
            hiddenReason: ("campaign-open" | "too-few-responses" | "suppressed") | null;
            period: string;
            population: number | null;
            responseRate: number | null;
            responses: number | null;
            satisfaction: number | null;
            title: string;
        };
        RecordFlagDecisionRequest: {
            environment: string;
            flagKey: string;
            from: components["schemas"]["FlagState"];
            reason: string;
            to: components["schemas"]["FlagState"];
        };
        RecordMeasurementsRequest: {
            measurements: {
                entityRef?: components["schemas"]["EntityRef"] | null;
                /** @description Experiment key or id */
                experiment?: string | null;
                /** Format: date-time */
                measuredAt: string;
                metricKey: string;
                /** @description Refused with a 400: a measurement's source comes from the caller's credentials (api for a service principal, manual for a person), never from the body. */
                source?: string;
                value: number;
            }[];
        };
        /** @description A remediation item id claimed by a source other than the one holding it. Sources are `api:<entityRef>` (pushed through POST /remediation-items for that entity) and `file:<entityRef>:<location>` (that entity's backlog file). Nothing of the holder changes. */
        RemediationConflict: {
            claimantEntityRef: string;
            /** @description The source claiming it in vain. */
            claimedBy: string;
            firstSeenAt: string;
            /** @description The source holding the id. */
            heldBy: string;
            holderEntityRef: string;
            id: string;
            lastSeenAt: string;
        };
        RemediationItem: {
            dueDate: string | null;
            entityRef: string;
            expectedEvidence: string[];
            framework: string;
            id: string;
            owner: string;
            /** @enum {string} */
            riskLevel: "high" | "medium" | "low";
            sourceLocation: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "completed";
            title: string;
        };
        RemediationSyncStatus: {
            attempts: number;
            evidence: components["schemas"]["SyncedEvidence"][];
            item: components["schemas"]["RemediationItem"];
            lastSyncedAt: string | null;
            nextAttemptAt: string | null;
            reason: string | null;
            /** @enum {string} */
            state: "synced_automatically" | "synced_manually" | "unsynced" | "failed" | "stale";
            /** @description The item's waiver in force or awaiting approval, if any (on the drill-down). */
            waiver?: components["schemas"]["Waiver"] | null;
        };
        RequestWaiverRequest: {
            /** Format: date */
            expiresOn: string;
            justification: string;
            subjectId: string;
            subjectType: components["schemas"]["WaiverSubjectType"];
        };
        Risk: {
            actionItemIds: string[];
            createdAt: string;
            createdBy: string;
            description: string;
            entityRef: string | null;
            exposure: number;
            id: string;
            impact: number;
            key: string;
            likelihood: number;
            mitigation: string;
            owner: string;
            remediationIds: string[];
            /** @enum {string} */
            status: "open" | "in_progress" | "mitigated" | "accepted";
            title: string;
            updatedAt: string;
            version: number;
        };
        /** @description A runbook of an entity as the portal read it, to render in the portal. */
        RunbookContent: {
            /** @description What the URL reader reported */
            etag?: string;
            fetchedAt: string;
            /** @description When the source says it last changed, if it says (ISO 8601). */
            lastModified?: string;
            markdown: string;
            /** @description The runbook as the entity names it (its source). */
            url: string;
        };
        /** @description An occurrence of the runbook-update ritual. */
        RunbookRitual: {
            end: string;
            occurrenceId: string;
            start: string;
        };
        /** @description What the runbook checks last saw of one runbook of an entity. changedSinceLastRitual compares its content now with the baseline recorded by the first check after the last runbook-update ritual ended; null when there is no such ritual, no baseline or no check yet. */
        RunbookStatus: {
            /** @description When the baseline of the last ritual was read. */
            baselineAt: string | null;
            changedSinceLastRitual: boolean | null;
            checkedAt: string | null;
            /** @description Why the last check could not read it; null when it could. */
            error: string | null;
            /** @description When a check first saw the current content differ from the one before. */
            lastChangedAt: string | null;
            /** @description When the source says it last changed, if it says. */
            lastModified: string | null;
            /** @description False for a runbook that opens in TechDocs; the portal neither reads nor checks it. */
            readable: boolean;
            title: string;
            url: string;
        };
        RunbookStatusList: {
            entityRef: string;
            lastRitual: components["schemas"]["RunbookRitual"] | null;
            runbooks: components["schemas"]["RunbookStatus"][];
        };
        /** @description An experiment's scorecard in one word, for overviews. */
        ScorecardHeadline: {
            experiment: {
                entityRefs: string[];
                id: string;
                key: string;
                status: components["schemas"]["ExperimentStatus"];
                title: string;
            };
            status: components["schemas"]["ExperimentHealth"];
        };
        ScorecardPoint: {
            measuredAt: string;
            value: number;
        };
        SourceId: string | null;
        SuccessMeasure: {
            /** @enum {string} */
            aggregation: "latest" | "mean" | "median" | "p90" | "ratio";
            baseline: number | null;
            /** @enum {string} */
            comparator: "lte" | "lt" | "gte" | "gt";
            deadline: string | null;
            id: string;
            metric: string;
            /** @enum {string|null} */
            recurrence: "quarterly" | null;
            scope: components["schemas"]["MeasureScope"];
            /** @description The only measurement sources the measure counts (absent: every source). The SPACE satisfaction counts the pulse survey's settled campaigns only, so nobody moves it by recording a value by hand or through the API. */
            sources?: ("manual" | "api" | "four_keys" | "prefect" | "survey")[];
            target: number;
            title: string;
            unit: string;
            windowDays: number;
        };
        SuccessMeasureResult: {
            daysToDeadline: number | null;
            deadline: string | null;
            measure: components["schemas"]["SuccessMeasure"];
            progress: number | null;
            projectedAtDeadline: number | null;
            series: components["schemas"]["ScorecardPoint"][];
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "missed" | "no_data";
            value: number | null;
            /** @description An approved waiver pausing the target now, if any. */
            waiver?: components["schemas"]["Waiver"] | null;
        };
        SyncedEvidence: {
            collectedAt: string | null;
            /** @enum {string} */
            collection: "automated" | "manual";
            id: string;
            location: string;
            providerId: string;
            title: string;
            url: string | null;
        };
        SyncHistoryPoint: {
            finishedAt: string;
            ratio: number | null;
            runId: string;
        };
        SyncOverview: {
            /** @description For a group, each child group's ratio with its own descendants' items (the drill-down of a roll-up through the catalog's group hierarchy); absent otherwise. */
            children?: components["schemas"]["SyncRatio"][];
            /** @description Ids of the scope held by one source and claimed by another: for an entity, those it holds and those it claims; for a group, those held by its items. */
            conflicts: components["schemas"]["RemediationConflict"][];
            fileErrors: components["schemas"]["BacklogFileError"][];
            history: components["schemas"]["SyncHistoryPoint"][];
            notSyncedAutomatically: components["schemas"]["RemediationSyncStatus"][];
            ratio: components["schemas"]["SyncRatio"];
        };
        SyncRatio: {
            meetsTarget: boolean;
            ratio: number | null;
            scope: {
                /** @constant */
                type: "portal";
            } | {
                entityRef: string;
                /** @constant */
                type: "entity";
            } | {
                groupRef: string;
                /** @constant */
                type: "group";
            };
            syncedAutomatically: number;
            target: number;
            total: number;
            /** @description Items not synced automatically under an approved waiver that has not expired; shown apart. */
            waived: number;
            /** @description Whether waived items count in the ratio as not synced (devex.sync.waivers.countInRatio); when false they are left out of the ratio's denominator. */
            waivedCounted: boolean;
        };
        SyncRun: {
            errors: string[];
            failed: number;
            finishedAt: string | null;
            id: string;
            ratio: number | null;
            skipped: number;
            stale: number;
            startedAt: string;
            syncedAutomatically: number;
            syncedManually: number;
            total: number;
            /** @enum {string} */
            trigger: "schedule" | "manual" | "test";
            unsynced: number;
        };
        Title: string;
        TransitionExperimentRequest: {
            decision?: components["schemas"]["ExperimentDecision"];
            note: string;
            to: components["schemas"]["ExperimentStatus"];
            version: number;
        };
        UpdateActionItemRequest: {
            description?: components["schemas"]["Description"];
            dueDate?: components["schemas"]["DueDate"];
            entityRef?: components["schemas"]["EntityRef"];
            owner?: components["schemas"]["OwnerRef"];
            source?: components["schemas"]["ActionItemSource"];
            sourceId?: components["schemas"]["SourceId"];
            status?: components["schemas"]["ActionItemStatus"];
            title?: components["schemas"]["Title"];
            /** @description The version the change was made against; a stale one is refused with 409. */
            version: number;
        };
        UpdateExperimentRequest: {
            design?: string;
            endDate?: components["schemas"]["OptionalDate"];
            entityRefs?: components["schemas"]["EntityRef"][];
            hypothesis?: string;
            kickoffDate?: components["schemas"]["OptionalDate"];
            links?: components["schemas"]["ExperimentLink"][];
            metrics?: components["schemas"]["ExperimentMetricInput"][];
            owner?: components["schemas"]["GroupRef"];
            pilotDate?: components["schemas"]["OptionalDate"];
            title?: components["schemas"]["Title"];
            vehicle?: components["schemas"]["ExperimentVehicle"];
            version: number;
        };
        /** @description A user entity reference, `user:namespace/name`. */
        UserRef: string;
        VerificationRun: {
            findings: string[];
            framework: string;
            id: string;
            notes: string;
            recordedBy: string;
            reviewers: string[];
            /** Format: date-time */
            runAt: string;
        };
        VerificationWindow: {
            cadenceDays: number;
            /** Format: date-time */
            closesAt: string;
            daysLeft: number;
            framework: string;
            lastRun: components["schemas"]["VerificationRun"] | null;
            overdue: boolean;
        };
        /** @description A justified exception: a remediation item deliberately not automated, or a success measure's target paused, requested by one person, approved by an admin, until it expires. An approved waiver is in force until the end of its expiry date; then the item counts as before. */
        Waiver: {
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            entityRef: string | null;
            /** Format: date */
            expiresOn: string;
            id: string;
            /** @description Approved and not expired, today in the plugin's time zone. */
            inForce: boolean;
            justification: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "revoked";
            subjectId: string;
            subjectTitle: string;
            subjectType: components["schemas"]["WaiverSubjectType"];
            version: number;
        };
        /** @enum {string} */
        WaiverSubjectType: "remediation_item" | "success_measure";
    };
    responses: {
        /** @description An error, with a message that says what is wrong. */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        actionItemId: string;
        cursor: string;
        experimentFilters_entityRef: components["schemas"]["EntityRef"];
        experimentFilters_family: components["schemas"]["MetricFamily"][];
        experimentFilters_owner: components["schemas"]["GroupRef"][];
        experimentFilters_status: components["schemas"]["ExperimentStatus"][];
        experimentId: string;
        limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListActionItems: {
        parameters: {
            query?: {
                cursor?: string;
                entityRef?: components["schemas"]["EntityRef"];
                limit?: number;
                /** @description Only items owned by the caller or one of the caller's groups. */
                mine?: boolean;
                /** @description Only open, in-progress or blocked items whose due date has passed. */
                overdue?: boolean;
                owner?: components["schemas"]["OwnerRef"][];
                /** @description dueDate (earliest first) or updatedAt (latest first). */
                sort?: "dueDate" | "updatedAt";
                status?: components["schemas"]["ActionItemStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of action items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListActionItemsResponse"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    CreateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionItemRequest"];
            };
        };
        responses: {
            /** @description The created action item. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    GetActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    DeleteActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    UpdateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItemRequest"];
            };
        };
        responses: {
            /** @description The updated action item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ErasePersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequest"];
            };
        };
        responses: {
            /** @description What was erased, per table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureReport"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListAnomalies: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open anomalies, each with the sentence that explains it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anomalies: components["schemas"]["Anomaly"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    DismissAnomaly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description The dismissed anomaly. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Anomaly"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ListBacklog: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Items and history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        history: components["schemas"]["BacklogRankChange"][];
                        items: components["schemas"]["BacklogItem"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    CreateBacklogItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dependencies?: string[];
                    description?: string;
                    /** @enum {string} */
                    effort: "S" | "M" | "L" | "XL";
                    entityRef?: components["schemas"]["EntityRef"] | null;
                    /** @enum {integer} */
                    horizon: 30 | 60 | 90;
                    initiative: string;
                    owner: components["schemas"]["OwnerRef"];
                    /** @enum {string} */
                    status?: "proposed" | "planned" | "in_progress" | "done" | "dropped";
                    targetDate?: components["schemas"]["OptionalDate"];
                };
            };
        };
        responses: {
            /** @description The item, ranked last. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogItem"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    UpdateBacklogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision?: string | null;
                    decisionNote?: string | null;
                    dependencies?: string[];
                    description?: string;
                    /** @enum {string} */
                    effort?: "S" | "M" | "L" | "XL";
                    entityRef?: components["schemas"]["EntityRef"] | null;
                    /** @enum {integer} */
                    horizon?: 30 | 60 | 90;
                    initiative?: string;
                    owner?: components["schemas"]["OwnerRef"];
                    /** @enum {string} */
                    status?: "proposed" | "planned" | "in_progress" | "done" | "dropped";
                    targetDate?: components["schemas"]["OptionalDate"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogItem"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ReorderBacklog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    itemId: string;
                    note: string;
                    occurrenceId?: string | null;
                    toRank: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The moved item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogItem"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ListBlockers: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                includeResolved?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blockers, newest first, and the Next_Steps files whose last read failed (of the entity asked for, or of every entity): a failed read changes no blocker, so until a read succeeds the blockers of that file may be out of date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Blocker"][];
                        sourceErrors: components["schemas"]["NextStepsSourceError"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    RaiseBlocker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    entityRef: components["schemas"]["EntityRef"];
                    title: string;
                };
            };
        };
        responses: {
            /** @description The blocker. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blocker"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ResolveBlocker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resolution: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The resolved blocker. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blocker"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    GetCalendarFeedUrl: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed's path under the plugin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        path: string;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    GetCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListCalendarFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's feed links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        feeds: components["schemas"]["CalendarFeed"][];
                    };
                };
            };
        };
    };
    IssueCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCalendarFeedRequest"];
            };
        };
        responses: {
            /** @description The new feed link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCalendarFeed"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    RevokeUserCalendarFeeds: {
        parameters: {
            query: {
                userRef: components["schemas"]["UserRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many links were revoked now (those revoked before are not counted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    RevokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListOccurrences: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Occurrences, earliest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        occurrences: components["schemas"]["Occurrence"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    RecordOccurrence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decisions?: string[];
                    minutesUrl?: components["schemas"]["LinkUrl"] | null;
                    notes?: string;
                    /** @enum {string} */
                    status: "scheduled" | "held" | "skipped" | "rescheduled";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccurrenceRecord"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordVerificationRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findings?: string[];
                    framework: string;
                    notes?: string;
                    reviewers?: string[];
                    /** Format: date-time */
                    runAt: string;
                };
            };
        };
        responses: {
            /** @description The run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRun"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListVerificationWindows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each framework's window, flagged when overdue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        windows: components["schemas"]["VerificationWindow"][];
                    };
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    PreviewDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    SendDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digest sent (or queued for a retry). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvidenceRecord"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    PutEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceRecord"];
            };
        };
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    DeleteEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListExperiments: {
        parameters: {
            query?: {
                cursor?: components["parameters"]["cursor"];
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                family?: components["parameters"]["experimentFilters_family"];
                limit?: components["parameters"]["limit"];
                owner?: components["parameters"]["experimentFilters_owner"];
                status?: components["parameters"]["experimentFilters_status"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of experiments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Experiment"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    CreateExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExperimentRequest"];
            };
        };
        responses: {
            /** @description The created experiment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    GetExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            404: components["responses"]["ErrorResponse"];
        };
    };
    UpdateExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExperimentRequest"];
            };
        };
        responses: {
            /** @description The updated experiment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ListFlagDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FlagDecision"][];
                    };
                };
            };
            404: components["responses"]["ErrorResponse"];
        };
    };
    RecordFlagDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFlagDecisionRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagDecision"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListExperimentTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExperimentTransition"][];
                    };
                };
            };
            404: components["responses"]["ErrorResponse"];
        };
    };
    TransitionExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["experimentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionExperimentRequest"];
            };
        };
        responses: {
            /** @description The experiment after the change, and the history entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        experiment: components["schemas"]["Experiment"];
                        transition: components["schemas"]["ExperimentTransition"];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    StartForum: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    occurrenceId: string;
                };
            };
        };
        responses: {
            /** @description The run already started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumSession"];
                };
            };
            /** @description Started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumSession"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    GetForum: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumSession"];
                };
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The open telemetry anomaly the item takes up (the anomaly step); it is then taken up, and no longer open.
                     */
                    anomalyId?: string;
                    description?: components["schemas"]["Description"];
                    dueDate: components["schemas"]["DueDate"];
                    entityRef: components["schemas"]["EntityRef"];
                    owner: components["schemas"]["OwnerRef"];
                    step: components["schemas"]["ForumStep"];
                    title: components["schemas"]["Title"];
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumAnomalyDismissal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    anomalyId: string;
                    note: string;
                    step: components["schemas"]["ForumStep"];
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    SetForumAttendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees: components["schemas"]["OwnerRef"][];
                };
            };
        };
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumSession"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumBacklogMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemId: string;
                    note: string;
                    step: components["schemas"]["ForumStep"];
                    toRank: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision?: components["schemas"]["ExperimentDecision"];
                    experimentId: string;
                    note: string;
                    step: components["schemas"]["ForumStep"];
                    to: components["schemas"]["ExperimentStatus"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    FinishForum: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumSession"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumFlagDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    environment: string;
                    experimentId: string;
                    flagKey: string;
                    from: components["schemas"]["FlagState"];
                    reason: string;
                    step: components["schemas"]["ForumStep"];
                    to: components["schemas"]["FlagState"];
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    GetForumMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The minutes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    step: components["schemas"]["ForumStep"];
                    text: string;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordForumRiskChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                occurrenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    impact?: number;
                    likelihood?: number;
                    mitigation?: string;
                    riskId: string;
                    /** @enum {string} */
                    status?: "open" | "in_progress" | "mitigated" | "accepted";
                    step: components["schemas"]["ForumStep"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumOutput"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    RecordMeasurements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeasurementsRequest"];
            };
        };
        responses: {
            /** @description How many were recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recorded: number;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListMetricSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricSourceStatuses"];
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    OpenPulseCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseCampaign"];
                };
            };
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    AnswerPulse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: number;
                    };
                    freeText?: string;
                };
            };
        };
        responses: {
            /** @description Counted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        responses: number;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    GetPulseResults: {
        parameters: {
            query?: {
                group?: components["schemas"]["GroupRef"];
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseResults"];
                };
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ExportPulseResults: {
        parameters: {
            query?: {
                group?: components["schemas"]["GroupRef"];
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    GetCurrentPulse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentPulse"];
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    GetPulseTrend: {
        parameters: {
            query?: {
                group?: components["schemas"]["GroupRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaigns, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaigns: components["schemas"]["PulseTrendPoint"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    UpsertRemediationItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        dueDate?: components["schemas"]["OptionalDate"];
                        entityRef: components["schemas"]["EntityRef"];
                        expectedEvidence?: string[];
                        framework: string;
                        id: string;
                        owner: components["schemas"]["OwnerRef"];
                        /** @enum {string} */
                        riskLevel: "high" | "medium" | "low";
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "completed";
                        title: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description How many were written, how many were unchanged, and the ids refused because another source holds them (200 even when every item conflicts). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts: components["schemas"]["RemediationConflict"][];
                        unchanged: number;
                        written: number;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListRisks: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                status?: ("open" | "in_progress" | "mitigated" | "accepted")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Risks, heat map and history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        heatmap: {
                            cells: {
                                count: number;
                                impact: number;
                                likelihood: number;
                            }[];
                        };
                        history: {
                            changedAt: string;
                            changedBy: string;
                            /** @description Each field changed, with its value before and after. */
                            changes: {
                                [key: string]: {
                                    from: unknown;
                                    to: unknown;
                                };
                            };
                            id: string;
                            riskId: string;
                        }[];
                        risks: components["schemas"]["Risk"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    CreateRisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actionItemIds?: string[];
                    description?: string;
                    entityRef?: components["schemas"]["EntityRef"] | null;
                    impact: number;
                    key: string;
                    likelihood: number;
                    mitigation?: string;
                    owner: components["schemas"]["OwnerRef"];
                    remediationIds?: string[];
                    /** @enum {string} */
                    status?: "open" | "in_progress" | "mitigated" | "accepted";
                    title: string;
                };
            };
        };
        responses: {
            /** @description The risk. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    UpdateRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["actionItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actionItemIds?: string[];
                    description?: string;
                    entityRef?: components["schemas"]["EntityRef"] | null;
                    impact?: number;
                    likelihood?: number;
                    mitigation?: string;
                    owner?: components["schemas"]["OwnerRef"];
                    remediationIds?: string[];
                    /** @enum {string} */
                    status?: "open" | "in_progress" | "mitigated" | "accepted";
                    title?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The risk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    GetRunbookContent: {
        parameters: {
            query: {
                entityRef: components["schemas"]["EntityRef"];
                url: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runbook's Markdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunbookContent"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListRunbookStatus: {
        parameters: {
            query: {
                entityRef: components["schemas"]["EntityRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's runbooks and the last ritual. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunbookStatusList"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    ListScorecards: {
        parameters: {
            query?: {
                cursor?: components["parameters"]["cursor"];
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                family?: components["parameters"]["experimentFilters_family"];
                limit?: components["parameters"]["limit"];
                owner?: components["parameters"]["experimentFilters_owner"];
                status?: components["parameters"]["experimentFilters_status"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scorecards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        nextCursor?: string;
                        scorecards: components["schemas"]["ExperimentScorecard"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ExportScorecards: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                family?: components["parameters"]["experimentFilters_family"];
                owner?: components["parameters"]["experimentFilters_owner"];
                status?: components["parameters"]["experimentFilters_status"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListSuccessMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measures: components["schemas"]["SuccessMeasureResult"][];
                    };
                };
            };
            403: components["responses"]["ErrorResponse"];
        };
    };
    GetSummary: {
        parameters: {
            query?: {
                entityRef?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevexSummary"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
        };
    };
    GetSyncOverview: {
        parameters: {
            query?: {
                entityRef?: components["parameters"]["experimentFilters_entityRef"];
                group?: components["schemas"]["GroupRef"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncOverview"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    GetSyncPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ratios. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: components["schemas"]["SyncRatio"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    ListSyncRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest runs, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SyncRun"][];
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
        };
    };
    TriggerSync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Triggered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    ListWaivers: {
        parameters: {
            query?: {
                cursor?: string;
                entityRef?: components["schemas"]["EntityRef"];
                limit?: number;
                status?: ("requested" | "approved" | "rejected" | "revoked")[];
                subjectType?: components["schemas"]["WaiverSubjectType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of waivers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Waiver"][];
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["ErrorResponse"];
        };
    };
    RequestWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestWaiverRequest"];
            };
        };
        responses: {
            /** @description The waiver, awaiting approval. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Waiver"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
    DecideWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideWaiverRequest"];
            };
        };
        responses: {
            /** @description The waiver after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Waiver"];
                };
            };
            400: components["responses"]["ErrorResponse"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            409: components["responses"]["ErrorResponse"];
        };
    };
}

/** The values of the spec's enums, in its order. */
export const actionItemSourceValues = ["governance_forum","monthly_sync","escalation","manual"] as const;
export const actionItemStatusValues = ["open","in_progress","blocked","done","cancelled"] as const;
export const anomalyKindValues = ["level","spike"] as const;
export const anomalyStatusValues = ["open","dismissed","taken_up"] as const;
export const backlogFieldsEffortValues = ["S","M","L","XL"] as const;
export const backlogFieldsHorizonValues = [30,60,90] as const;
export const backlogFieldsStatusValues = ["proposed","planned","in_progress","done","dropped"] as const;
export const backlogItemEffortValues = ["S","M","L","XL"] as const;
export const backlogItemHorizonValues = [30,60,90] as const;
export const backlogItemStatusValues = ["proposed","planned","in_progress","done","dropped"] as const;
export const blockerSourceValues = ["portal","next-steps"] as const;
export const createExperimentRequestStatusValues = ["proposed","planned"] as const;
export const decideWaiverRequestDecisionValues = ["approve","reject","revoke"] as const;
export const evidenceRecordCollectionValues = ["automated","manual"] as const;
export const experimentDecisionValues = ["scale","iterate","retire"] as const;
export const experimentHealthValues = ["on_track","at_risk","off_track","no_data","not_started"] as const;
export const experimentLinkTypeValues = ["runbook","retro","dashboard","other"] as const;
export const experimentMetricComparatorValues = ["lte","lt","gte","gt"] as const;
export const experimentMetricInputComparatorValues = ["lte","lt","gte","gt"] as const;
export const experimentStatusValues = ["proposed","planned","running","observing","decided","paused","abandoned"] as const;
export const experimentVehicleTypeValues = ["feature_flag","idp_template"] as const;
export const forumOutputKindValues = ["decision","flag_decision","action_item","backlog_move","risk_change","note","anomaly_dismissal"] as const;
export const forumRecordTypeValues = ["experiment","action_item","backlog_item","risk","anomaly"] as const;
export const forumSessionStatusValues = ["running","held"] as const;
export const metricFamilyValues = ["DORA","SPACE","DevEx","Compliance","Pipeline","Supply chain"] as const;
export const metricScorecardComparatorValues = ["lte","lt","gte","gt"] as const;
export const metricScorecardStatusValues = ["on_track","at_risk","off_track","no_data"] as const;
export const metricScorecardTrendValues = ["improving","worsening","flat","unknown"] as const;
export const occurrenceTypeValues = ["quarterly_forum","monthly_sync","pulse_survey","metrics_digest","runbook_update","compliance_verification","steering_committee"] as const;
export const occurrenceRecordStatusValues = ["scheduled","held","skipped","rescheduled"] as const;
export const performanceBandLevelValues = ["elite","high","medium","low"] as const;
export const pulseQuestionKindValues = ["likert","free_text"] as const;
export const remediationItemRiskLevelValues = ["high","medium","low"] as const;
export const remediationItemStatusValues = ["open","in_progress","completed"] as const;
export const remediationSyncStatusStateValues = ["synced_automatically","synced_manually","unsynced","failed","stale"] as const;
export const riskStatusValues = ["open","in_progress","mitigated","accepted"] as const;
export const successMeasureAggregationValues = ["latest","mean","median","p90","ratio"] as const;
export const successMeasureComparatorValues = ["lte","lt","gte","gt"] as const;
export const successMeasureRecurrenceValues = ["quarterly"] as const;
export const successMeasureSourcesValues = ["manual","api","four_keys","prefect","survey"] as const;
export const successMeasureResultStatusValues = ["met","on_track","at_risk","missed","no_data"] as const;
export const syncRunTriggerValues = ["schedule","manual","test"] as const;
export const syncedEvidenceCollectionValues = ["automated","manual"] as const;
export const waiverStatusValues = ["requested","approved","rejected","revoked"] as const;
export const waiverSubjectTypeValues = ["remediation_item","success_measure"] as const;
