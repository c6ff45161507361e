import TextField from '@material-ui/core/TextField';

/**
 * A note people write with a record (a decision, a status change, a forum note, a waiver's
 * justification): several lines, required unless said otherwise, bounded by the API's limit.
 */
export function NoteField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  helperText?: string;
  /** The API's limit for this text. */
  maxLength: number;
  required?: boolean;
  minRows?: number;
  margin?: 'none' | 'dense' | 'normal';
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      helperText={props.helperText}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      required={props.required ?? true}
      fullWidth
      multiline
      minRows={props.minRows ?? 2}
      margin={props.margin}
      inputProps={{ maxLength: props.maxLength }}
    />
  );
}
