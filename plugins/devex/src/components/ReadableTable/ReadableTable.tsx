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

/** Text with each date in it (YYYY-MM-DD) kept on one line, e.g. a reason that names a date. */
export function WithWholeDates(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/(\d{4}-\d{2}-\d{2})/)
        .map((part, i) =>
          i % 2 === 1 ? <WholeValue key={i}>{part}</WholeValue> : part,
        )}
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
