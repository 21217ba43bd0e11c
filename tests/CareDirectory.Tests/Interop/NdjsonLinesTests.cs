using System.Text;
using CareDirectory.Hsds;

namespace CareDirectory.Tests.Interop;

/// <summary>The NDJSON line splitter of <c>import hsds</c>: every line, in order, whatever the buffer boundaries.</summary>
public sealed class NdjsonLinesTests
{
    [Fact]
    public async Task LinesLongerThanTheBufferBlankLinesAndALastLineWithoutNewlineComeBackWhole()
    {
        // 200,000 bytes: three times the first buffer, so the line is carried over two refills and a growth.
        var longLine = new string('x', 200_000);
        string[] expected = ["{\"a\":1}", "", longLine, "\r", "{\"b\":2}", "last"];

        Assert.Equal(expected, await LinesAsync(string.Join('\n', expected)));
    }

    [Fact]
    public async Task ATrailingNewlineEndsTheLastLineAndAddsNone()
    {
        Assert.Equal(["one", "two"], await LinesAsync("one\ntwo\n"));
        Assert.Empty(await LinesAsync(""));
    }

    private static async Task<List<string>> LinesAsync(string text)
    {
        await using var lines = new NdjsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var read = new List<string>();
        while (await lines.NextAsync(CancellationToken.None))
        {
            read.Add(Encoding.UTF8.GetString(lines.Current.Span));
        }

        return read;
    }
}
