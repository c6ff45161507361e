export {
  ReadableCells,
  ReadableTable,
  WholeValue,
  ReadableText,
} from './ReadableTable';
