export { ReadableCells, ReadableTable } from './ReadableTable';
