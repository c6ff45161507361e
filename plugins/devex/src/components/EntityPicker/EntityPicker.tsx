import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { DEVEX_ENTITY_KINDS } from '../../isDevexAvailable';

interface EntityChoice {
  ref: string;
  label: string;
}

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
];

/** How an entity reads in the picker: its title and its short reference. */
function choiceOf(entity: Entity): EntityChoice {
  const name = humanizeEntityRef(entity, { defaultKind: 'component' });
  const title = entity.metadata.title;
  return {
    ref: stringifyEntityRef(entity),
    label: title ? `${title} (${name})` : name,
  };
}

/**
 * A catalog entity chosen by its name or title, as people know it: the catalog is searched as
 * they type (at most 20 matches a query, so a catalog of thousands stays quick), and the value
 * is the entity's reference. The kinds are those that get a DevEx tab.
 */
export function EntityPicker(props: {
  id: string;
  label: string;
  value: string;
  onChange: (entityRef: string) => void;
  required?: boolean;
  helperText?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  useDebounce(() => setTerm(input.trim()), 250, [input]);
  const matches = useAsync(async (): Promise<EntityChoice[]> => {
    const { items } = await catalogApi.queryEntities({
      filter: { kind: DEVEX_ENTITY_KINDS },
      fields: FIELDS,
      limit: 20,
      orderFields: { field: 'metadata.name', order: 'asc' },
      ...(term
        ? {
            fullTextFilter: {
              term,
              fields: ['metadata.name', 'metadata.title'],
            },
          }
        : {}),
    });
    return items.map(choiceOf);
  }, [catalogApi, term]);
  const [chosen, setChosen] = useState<EntityChoice | null>(null);
  const selected =
    chosen?.ref === props.value
      ? chosen
      : (matches.value ?? []).find(c => c.ref === props.value) ??
        (props.value ? { ref: props.value, label: props.value } : null);
  return (
    <Autocomplete
      id={props.id}
      options={matches.value ?? []}
      loading={matches.loading}
      value={selected}
      getOptionLabel={o => o.label}
      getOptionSelected={(o, v) => o.ref === v.ref}
      filterOptions={o => o}
      inputValue={input}
      onInputChange={(_, value) => setInput(value)}
      onChange={(_, choice) => {
        setChosen(choice);
        props.onChange(choice?.ref ?? '');
      }}
      noOptionsText={term ? `No entity matches "${term}"` : 'No entities'}
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          required={props.required}
          helperText={
            matches.error
              ? `Could not search the catalog: ${matches.error.message}`
              : props.helperText
          }
        />
      )}
    />
  );
}
