import TableRow from '@material-ui/core/TableRow';
import { ReactNode } from 'react';
import { useScrollIntoView } from '../../hooks/useHighlightedRecord';

/** A table row of a record, selected and scrolled into view when a link landed on it. */
export function HighlightableRow(props: {
  highlighted: boolean;
  testId: string;
  children: ReactNode;
}) {
  const ref = useScrollIntoView<HTMLTableRowElement>(props.highlighted);
  return (
    <TableRow
      ref={ref}
      data-testid={props.testId}
      selected={props.highlighted}
      aria-current={props.highlighted ? 'true' : undefined}
    >
      {props.children}
    </TableRow>
  );
}
