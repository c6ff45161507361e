import { formatDay } from '../dates';
import { PersonLink } from '../PersonLink';
import { makeStyles } from '@material-ui/core/styles';
import Table, { TableProps } from '@material-ui/core/Table';
import { ReactNode } from 'react';

/**
 * Cells that never break inside a word. Backstage's theme gives every table cell
 * `word-break: break-word`, which lets a squeezed column break "Effort" into "Effor t" and a date
 * into "202 6-12- 17"; here lines break only between words, and a table that is wider than its
 * card scrolls sideways instead.
 */
const useStyles = makeStyles(
  {
    scroll: { overflowX: 'auto', maxWidth: '100%' },
    cells: {
      '& th, & td': { wordBreak: 'normal', overflowWrap: 'normal' },
    },
  },
  { name: 'DevexReadableTable' },
);

/**
 * A value that must not wrap at all, not even at its hyphens: a date (2026-12-17), an id
 * (POPIA-003), a reference. Line breaks inside a word are the table's rule; these add the hyphens.
 */
export function WholeValue(props: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{props.children}</span>;
}

/** A date (YYYY-MM-DD) or an entity reference (kind:namespace/name) inside server-written text. */
const DATE_OR_REF =
  /(\d{4}-\d{2}-\d{2}|\b(?:user|group|component|system|resource|api|domain):[a-z0-9][\w.-]*\/[a-z0-9][\w-]*(?:\.[\w-]+)*)/i;

/**
 * Text the server wrote (a sync reason, a forum output's summary) as people read the rest of
 * the plugin: each date in it written as every date is (`formatDay`) and kept on one line, each
 * entity reference a link to the entity under its name.
 */
export function ReadableText(props: { text: string }) {
  return (
    <>
      {props.text.split(DATE_OR_REF).map((part, i) => {
        if (i % 2 === 0) return part;
        if (/^\d{4}-/.test(part))
          return <WholeValue key={i}>{formatDay(part)}</WholeValue>;
        return <PersonLink key={i} entityRef={part} />;
      })}
    </>
  );
}

/** A MUI table whose cells read whole, scrolling sideways when it must. */
export function ReadableTable(props: TableProps) {
  const classes = useStyles();
  return (
    <div className={`${classes.scroll} ${classes.cells}`}>
      <Table {...props} />
    </div>
  );
}

/** The same rule around a table drawn by someone else (Backstage's core-components Table). */
export function ReadableCells(props: { children: ReactNode }) {
  const classes = useStyles();
  return <div className={classes.cells}>{props.children}</div>;
}
