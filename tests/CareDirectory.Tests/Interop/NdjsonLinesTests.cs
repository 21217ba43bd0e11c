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

    [Fact]
    public async Task ALineOverTheLimitComesBackAsTooLongAndTheLinesAfterItStillCome()
    {
        // One byte over the limit in the middle, and a last line without a line end far over it.
        var atLimit = new string('a', 1024);
        var text = string.Join('\n', "first", atLimit, new string('b', 1025), "after", new string('c', 5000));

        Assert.Equal(["first", atLimit, TooLong, "after", TooLong], await LinesAsync(text, maxLineBytes: 1024));
    }

    [Fact]
    public async Task ALineWithoutEndIsSkippedWithoutHoldingItInMemory()
    {
        // 64 MiB without a line end, then one short line. Read synchronously, so the allocations are this thread's.
        var stream = new EndlessLineStream(64L << 20, "\n{}"u8.ToArray());
        var before = GC.GetAllocatedBytesForCurrentThread();

        await using var lines = new NdjsonLines(stream, maxLineBytes: 1 << 20);
        Assert.True(await lines.NextAsync(CancellationToken.None));
        Assert.True(lines.CurrentIsTooLong);
        Assert.True(await lines.NextAsync(CancellationToken.None));
        Assert.Equal("{}", Encoding.UTF8.GetString(lines.Current.Span));
        Assert.False(await lines.NextAsync(CancellationToken.None));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 8L << 20, $"allocated {allocated:N0} bytes to skip a 64 MiB line with a 1 MiB limit");
    }

    private const string TooLong = "<too long>";

    private static async Task<List<string>> LinesAsync(string text, int maxLineBytes = int.MaxValue - 1)
    {
        await using var lines = new NdjsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);
        var read = new List<string>();
        while (await lines.NextAsync(CancellationToken.None))
        {
            read.Add(lines.CurrentIsTooLong ? TooLong : Encoding.UTF8.GetString(lines.Current.Span));
        }

        return read;
    }

    /// <summary>A stream of <c>x</c> bytes without a line end, then a tail; every read completes at once.</summary>
    private sealed class EndlessLineStream(long length, byte[] tail) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length + tail.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var xs = (int)Math.Clamp(length - _position, 0, buffer.Length);
            buffer[..xs].Fill((byte)'x');
            var tailStart = (int)Math.Max(0, _position + xs - length);
            var tailBytes = Math.Min(buffer.Length - xs, tail.Length - tailStart);
            tail.AsSpan(tailStart, tailBytes).CopyTo(buffer[xs..]);
            _position += xs + tailBytes;
            return xs + tailBytes;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
