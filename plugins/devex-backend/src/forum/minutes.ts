import {
  ForumOutput,
  ForumSession,
} from '@devex-governance/backstage-plugin-devex-common';

const kindLabels: Record<ForumOutput['kind'], string> = {
  decision: 'Decision',
  flag_decision: 'Flag decision',
  action_item: 'Action item',
  backlog_move: 'Backlog move',
  risk_change: 'Risk change',
  anomaly_dismissal: 'Anomaly dismissed',
  note: 'Note',
};

/** Text people typed, kept as text in Markdown: no links, emphasis or HTML of its own. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, c => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/**
 * The minutes of a finished run, in Markdown: when and by whom it was held, who attended, then
 * every output under the agenda step it was recorded in (in agenda order, in the order recorded),
 * each linking to the record it changed.
 */
export function writeMinutes(
  run: Pick<
    ForumSession,
    'title' | 'date' | 'agenda' | 'attendees' | 'outputs' | 'occurrenceId'
  >,
  options: { finishedBy: string; finishedAt: string; portalUrl: string },
): string {
  const steps = [
    ...run.agenda,
    ...new Set(
      run.outputs.map(o => o.step).filter(s => !run.agenda.includes(s)),
    ),
  ];
  const lines = [
    `# ${escapeMarkdown(run.title)}, ${run.date}`,
    '',
    `Held on ${run.date} and run in the DevEx portal; finished by ${options.finishedBy} at ${options.finishedAt}.`,
    '',
    `**Attendees:** ${
      run.attendees.length ? run.attendees.join(', ') : 'not recorded'
    }`,
    '',
    `**Outputs:** ${run.outputs.length} (${
      run.outputs.filter(o => o.kind === 'decision').length
    } decisions, ${
      run.outputs.filter(o => o.kind === 'flag_decision').length
    } flag decisions, ${
      run.outputs.filter(o => o.kind === 'action_item').length
    } action items, ${
      run.outputs.filter(o => o.kind === 'backlog_move').length
    } backlog moves, ${
      run.outputs.filter(o => o.kind === 'risk_change').length
    } risk changes, ${
      run.outputs.filter(o => o.kind === 'note').length
    } notes)`,
  ];
  for (const step of steps) {
    const outputs = run.outputs.filter(o => o.step === step);
    lines.push('', `## ${escapeMarkdown(step)}`, '');
    if (!outputs.length) {
      lines.push('Nothing recorded.');
      continue;
    }
    for (const o of outputs) {
      const record = o.record
        ? ` ([${escapeMarkdown(o.record.title)}](${options.portalUrl}${
            o.record.link
          }))`
        : '';
      lines.push(
        `- **${kindLabels[o.kind]}:** ${escapeMarkdown(
          o.summary,
        )}${record}, recorded by ${o.recordedBy}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
