// Entry point for `npm run dev` (tsx watch restarts it on every change).
import { start } from './main';

await start();
