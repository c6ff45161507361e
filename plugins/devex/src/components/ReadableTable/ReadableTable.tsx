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
