export {
  ReadableCells,
  ReadableTable,
  WholeValue,
  WithWholeDates,
} from './ReadableTable';
