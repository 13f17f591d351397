using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Cx.Lint.Commands
{
    /// <summary>
    /// Runs one function over a list on a few long-lived worker threads with a large stack and hands
    /// the results back in list order as soon as each is ready. At most <c>window</c> results are
    /// finished but not yet taken, so memory stays bounded however long the list is.
    /// </summary>
    /// <remarks>
    /// Replaces PLINQ plus one new 256 MB-stack thread per file: thread creation was a large share
    /// of a run's time, and PLINQ's ordered merge buffered results without a bound.
    /// </remarks>
    internal static class OrderedParallel
    {
        /// <summary>True on a worker thread started here (it already has the large stack).</summary>
        [ThreadStatic] private static bool _onWorker;

        public static bool OnWorkerThread => _onWorker;

        public static IEnumerable<TResult> Run<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> work, int workers, int stackSize, int window)
        {
            var count = items.Count;
            if (count == 0) yield break;
            workers = Math.Max(1, Math.Min(workers, count));
            window = Math.Max(window, workers);

            var slots = new TResult[window];
            var ready = new bool[window];
            var failures = new Exception?[window];
            var gate = new object();
            var free = new SemaphoreSlim(window, int.MaxValue);
            var next = -1;
            var stop = false;

            void Worker()
            {
                _onWorker = true;
                while (true)
                {
                    free.Wait();
                    if (Volatile.Read(ref stop)) return;
                    var i = Interlocked.Increment(ref next);
                    if (i >= count) return;
                    TResult result = default!;
                    Exception? failure = null;
                    try { result = work(items[i]); }
                    catch (Exception ex) { failure = ex; }
                    lock (gate)
                    {
                        var s = i % window;
                        slots[s] = result;
                        failures[s] = failure;
                        ready[s] = true;
                        Monitor.PulseAll(gate);
                    }
                }
            }

            var threads = new Thread[workers];
            for (var w = 0; w < workers; w++)
            {
                threads[w] = new Thread(Worker, stackSize) { IsBackground = true, Name = "cx-lint worker " + (w + 1) };
                threads[w].Start();
            }

            try
            {
                for (var i = 0; i < count; i++)
                {
                    var s = i % window;
                    TResult result;
                    Exception? failure;
                    lock (gate)
                    {
                        while (!ready[s]) Monitor.Wait(gate);
                        result = slots[s];
                        failure = failures[s];
                        slots[s] = default!;
                        failures[s] = null;
                        ready[s] = false;
                    }
                    free.Release();
                    if (failure != null) ExceptionDispatchInfo.Capture(failure).Throw();
                    yield return result;
                }
            }
            finally
            {
                // Also when the caller stops early: let every worker see the stop and end.
                Volatile.Write(ref stop, true);
                free.Release(workers);
                foreach (var t in threads) t.Join();
                free.Dispose();
            }
        }
    }
}
