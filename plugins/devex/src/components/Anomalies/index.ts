export { AnomaliesCard } from './AnomaliesCard';
