import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';

let reasons = 0;

/**
 * A form's submit button that says why it cannot be pressed yet: while something is missing it
 * is disabled and the line beside it names what ("Still needed: a title, an owner"), so nobody
 * is left wondering at a greyed-out button.
 */
export function SubmitButton(props: {
  label: string;
  /** What the form still needs, in a few words each ("a title", "an answer to every question"). */
  missing: string[];
  /** A submission under way. */
  busy?: boolean;
}) {
  // useId is React 18's; the plugin also runs on 16 and 17
  const [reasonId] = useState(() => `devex-submit-missing-${++reasons}`);
  const blocked = props.missing.length > 0;
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" style={{ gap: 12 }}>
      <Button
        type="submit"
        color="primary"
        variant="contained"
        disabled={blocked || props.busy}
        aria-describedby={blocked ? reasonId : undefined}
      >
        {props.label}
      </Button>
      {blocked && (
        <Typography
          id={reasonId}
          variant="body2"
          color="textSecondary"
          data-testid="submit-missing"
        >
          Still needed: {props.missing.join(', ')}
        </Typography>
      )}
    </Box>
  );
}

/** The names of the entries of `checks` that are not yet true, in order. */
export function missingOf(checks: Array<[string, unknown]>): string[] {
  return checks.filter(([, ok]) => !ok).map(([name]) => name);
}
