using System.Collections.Generic;

namespace Cx.Templates.Model
{
    /// <summary>
    /// Turns offsets into 1-based line/column. A line ends at LF, CRLF or a lone CR, so CRLF and
    /// mixed line endings give the positions an editor shows.
    /// </summary>
    public sealed class LineMap
    {
        private readonly int[] _lineStarts;
        private readonly int _length;

        public LineMap(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            _lineStarts = starts.ToArray();
            _length = text.Length;
        }

        public int LineCount => _lineStarts.Length;

        /// <summary>Offset of the first character of a 1-based line.</summary>
        public int LineStart(int line) => _lineStarts[System.Math.Max(0, System.Math.Min(line - 1, _lineStarts.Length - 1))];

        public LinePosition GetPosition(int offset)
        {
            if (offset < 0) offset = 0;
            if (offset > _length) offset = _length;
            var lo = 0;
            var hi = _lineStarts.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >> 1;
                if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
            }
            return new LinePosition(lo + 1, offset - _lineStarts[lo] + 1);
        }

        /// <summary>Offset for a 0-based line and column, clamped to the text.</summary>
        public int GetOffset(int zeroBasedLine, int zeroBasedColumn)
        {
            if (zeroBasedLine < 0) return 0;
            if (zeroBasedLine >= _lineStarts.Length) return _length;
            var o = _lineStarts[zeroBasedLine] + System.Math.Max(0, zeroBasedColumn);
            return o > _length ? _length : o;
        }
    }
}
