import TextField, { TextFieldProps } from '@material-ui/core/TextField';

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string; disabled?: boolean }>;
  onChange: (value: string) => void;
  required?: boolean;
  fullWidth?: boolean;
  helperText?: TextFieldProps['helperText'];
  style?: TextFieldProps['style'];
}

/** A labelled native select: keyboard and screen-reader friendly, and simple to drive in tests. */
export function SelectField(props: SelectFieldProps) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      required={props.required}
      fullWidth={props.fullWidth}
      helperText={props.helperText}
      style={props.style}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {props.options.map(o => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
