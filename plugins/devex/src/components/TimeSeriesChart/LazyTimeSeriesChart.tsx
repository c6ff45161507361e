import Skeleton from '@material-ui/lab/Skeleton';
import { lazy, Suspense } from 'react';
import { TimeSeriesChartProps } from './types';

/** recharts in a chunk of its own, loaded with the first chart a page shows. */
const Chart = lazy(() =>
  import('./TimeSeriesChart').then(m => ({ default: m.TimeSeriesChart })),
);

/**
 * A series over time (see the chart itself, `./TimeSeriesChart`): loaded when first shown, so
 * pages without a chart do not load the chart library.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const height = props.height ?? (props.compact ? 32 : 160);
  return (
    <Suspense
      fallback={
        <Skeleton
          variant="rect"
          height={height}
          width={props.width ?? '100%'}
          role="progressbar"
          aria-label={`${props.label}: loading`}
        />
      }
    >
      <Chart {...props} />
    </Suspense>
  );
}
