import {
  UrlReaderService,
  UrlReaderServiceReadUrlResponse,
} from '@backstage/backend-plugin-api';

/** The most of a Next_Steps file that is read; a larger file is an error, not a partial read. */
export const NEXT_STEPS_MAX_BYTES = 256 * 1024;
/** The most "Risks/Notes" bullets taken from one file; more is an error, not a partial read. */
export const NEXT_STEPS_MAX_BULLETS = 200;

export interface NextStepsLimits {
  maxBytes: number;
  maxBullets: number;
}

export const DEFAULT_NEXT_STEPS_LIMITS: NextStepsLimits = {
  maxBytes: NEXT_STEPS_MAX_BYTES,
  maxBullets: NEXT_STEPS_MAX_BULLETS,
};

/**
 * The open bullets of the "Risks/Notes" section of a Next_Steps.md-style file (heading
 * "Risks/Notes", "Risks / Notes" or "Risks and Notes", any level), checked items excluded;
 * undefined when the file has no such section.
 */
export function readRisksNotes(markdown: string): string[] | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex(l =>
    /^#{1,6}\s+risks\s*(\/|and|&)\s*notes\b/i.test(l.trim()),
  );
  if (start < 0) return undefined;
  const level = lines[start].trim().match(/^#+/)![0].length;
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const heading = line.trim().match(/^(#+)\s/);
    if (heading && heading[1].length <= level) break;
    const bullet = line.match(/^\s{0,3}[-*+]\s+(\[( |x|X)\]\s+)?(.+)$/);
    if (bullet && !/x/i.test(bullet[2] ?? '')) {
      items.push(bullet[3].trim());
    }
  }
  return items;
}

/**
 * Reads the blockers of a Next_Steps.md-style file: the bullets of its "Risks/Notes" section,
 * none when there is no such section.
 */
export function parseRisksNotes(markdown: string): string[] {
  return readRisksNotes(markdown) ?? [];
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** At most `maxBytes` of a response, streamed when the reader can; undefined when it is larger. */
async function readAtMost(
  response: UrlReaderServiceReadUrlResponse,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (!response.stream) {
    const buffer = await response.buffer();
    return buffer.length > maxBytes ? undefined : buffer;
  }
  const stream = response.stream();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += bytes.length;
      if (size > maxBytes) return undefined;
      chunks.push(bytes);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** What a read of a Next_Steps file found: its bullets, or why it could not be used. */
export type NextStepsRead = { bullets: string[] } | { error: string };

/**
 * Reads the "Risks/Notes" bullets of the file at `url`. An unreadable file, one larger than
 * `maxBytes`, one with more than `maxBullets` bullets or one without the section is an error:
 * the caller must then leave the blockers read from it as they are.
 */
export async function readNextStepsFile(
  urlReader: UrlReaderService,
  url: string,
  limits: NextStepsLimits = DEFAULT_NEXT_STEPS_LIMITS,
  signal?: AbortSignal,
): Promise<NextStepsRead> {
  let content: Buffer | undefined;
  try {
    content = await readAtMost(
      await urlReader.readUrl(url, { signal }),
      limits.maxBytes,
    );
  } catch (error) {
    return {
      error: `The file could not be read: ${
        error instanceof Error ? error.message : String(error)
      }`,
    };
  }
  if (!content) {
    return {
      error: `The file is larger than ${kib(
        limits.maxBytes,
      )}, the most that is read for blockers`,
    };
  }
  const bullets = readRisksNotes(content.toString('utf8'));
  if (!bullets) {
    return {
      error:
        'The file has no "Risks/Notes" heading (e.g. "## Risks/Notes"), so the blockers read from it before are left as they were',
    };
  }
  if (bullets.length > limits.maxBullets) {
    return {
      error: `The "Risks/Notes" section lists ${bullets.length} bullets, more than the ${limits.maxBullets} that are read as blockers`,
    };
  }
  return { bullets };
}
