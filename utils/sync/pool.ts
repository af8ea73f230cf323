/**
 * Runs tasks with at most `limit` at a time (uploads to one server: enough in flight to hide the
 * round trips, few enough not to swamp a student's NAS). The first failure stops new tasks from
 * starting and is thrown once those running have ended.
 */
export async function runPooled<T>(tasks: T[], limit: number, run: (task: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < tasks.length) {
      const task = tasks[next++] as T;
      try {
        await run(task);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}
