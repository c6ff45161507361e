import Grid, { GridSize } from '@material-ui/core/Grid';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';

/**
 * One text field of a form's draft, as a grid item: bound to `draft[field]`, full width,
 * required unless said otherwise, its element id `${idPrefix}-${name ?? field}`. What else a
 * field needs (a helper text, an error, a type, several lines) passes through to the TextField.
 */
export function DraftField<D, K extends keyof D & string>(
  props: {
    idPrefix: string;
    draft: D;
    field: K;
    onChange: (field: K, value: string) => void;
    label: string;
    /** The id's last part, where it is not the field's name. */
    name?: string;
    xs?: GridSize;
    sm?: GridSize;
    /** The API's limit for this text. */
    maxLength?: number;
  } & Pick<
    TextFieldProps,
    | 'required'
    | 'helperText'
    | 'error'
    | 'type'
    | 'multiline'
    | 'InputLabelProps'
  >,
) {
  const { idPrefix, draft, field, onChange, name, xs, sm, maxLength, ...rest } =
    props;
  return (
    <Grid item xs={xs ?? 12} sm={sm}>
      <TextField
        id={`${idPrefix}-${name ?? field}`}
        value={String(draft[field] ?? '')}
        onChange={e => onChange(field, e.target.value)}
        required
        fullWidth
        minRows={rest.multiline ? 2 : undefined}
        inputProps={maxLength ? { maxLength } : undefined}
        {...rest}
      />
    </Grid>
  );
}
