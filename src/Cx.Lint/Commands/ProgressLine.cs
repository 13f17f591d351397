using System;
using System.Diagnostics;
using System.IO;

namespace Cx.Lint.Commands
{
    /// <summary>
    /// A one-line progress report on the terminal for long runs: <c>cx-lint: 1200/10000 files, 3456 findings</c>.
    /// It appears only after <see cref="Delay"/>, stays below the findings as they are printed (erased before
    /// each, drawn again after), shows a new count at most every <see cref="Interval"/>, and is erased at the
    /// end, so it never mixes with the report.
    /// Only created for human output on a terminal (never for redirected, JSON, SARIF or GitHub output).
    /// </summary>
    internal sealed class ProgressLine
    {
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
        public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

        private readonly TextWriter _terminal;
        private readonly TextWriter _report;
        private readonly int _total;
        private readonly Stopwatch _clock;
        private readonly TimeSpan _delay;
        private TimeSpan? _lastDraw;
        private bool _shown;

        /// <param name="terminal">Where the line is drawn (standard error on a terminal).</param>
        /// <param name="report">The report's writer: flushed before each draw so findings and the line never interleave.</param>
        public ProgressLine(TextWriter terminal, TextWriter report, int total, TimeSpan? delay = null, Stopwatch? clock = null)
        {
            _terminal = terminal;
            _report = report;
            _total = total;
            _delay = delay ?? Delay;
            _clock = clock ?? Stopwatch.StartNew();
        }

        /// <summary>Erase the line before the report writes, so a finding starts at column 1.</summary>
        public void Clear()
        {
            if (!_shown) return;
            _terminal.Write("\r\u001b[K");
            _terminal.Flush();
            _shown = false;
        }

        /// <summary>Redraw after a file, if the run is long enough and the last draw is old enough.</summary>
        public void Update(int done, int findings)
        {
            var now = _clock.Elapsed;
            // Erased for a finding: back at once, so the line stays at the bottom. On screen: a new count at most every Interval.
            if (now < _delay || (_shown && _lastDraw.HasValue && now - _lastDraw.Value < Interval)) return;
            _lastDraw = now;
            // Findings written so far go out first, then the line after them.
            Clear();
            _report.Flush();
            _terminal.Write($"\rcx-lint: {done}/{_total} files, {findings} finding{(findings == 1 ? "" : "s")}");
            _terminal.Flush();
            _shown = true;
        }
    }
}
