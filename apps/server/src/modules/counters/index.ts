/** Counters kept on tasks and projects: the one place that decides when a task is labeled. */
export { applyOverlap, countNewTasks, isLabeled, refreshTaskCounters, uncountTasks } from './task-counters.service';
export { TaskCounterRepository, type ProjectCounterDelta } from './task-counters.repository';
