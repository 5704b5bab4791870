import { startPolitely } from './app';

startPolitely();
