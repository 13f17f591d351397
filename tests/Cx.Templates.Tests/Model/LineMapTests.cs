using Cx.Templates.Model;

namespace Cx.Templates.Tests.Model;

public class LineMapTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 3, 1)]
    [InlineData("a\r\nb\r\nc", 6, 3, 1)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\r\nb\nc\rd", 7, 4, 1)]
    [InlineData("abc", 2, 1, 3)]
    public void Lines_end_at_lf_crlf_or_a_lone_cr(string text, int offset, int line, int column)
    {
        var pos = new LineMap(text).GetPosition(offset);
        Assert.Equal((line, column), (pos.Line, pos.Column));
    }

    [Fact]
    public void Offsets_past_the_end_clamp_to_the_last_position()
    {
        var map = new LineMap("ab\ncd");
        var pos = map.GetPosition(99);
        Assert.Equal((2, 3), (pos.Line, pos.Column));
    }
}
