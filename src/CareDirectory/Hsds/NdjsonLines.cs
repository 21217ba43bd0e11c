namespace CareDirectory.Hsds;

/// <summary>
/// The lines of an NDJSON stream as bytes, without their <c>\n</c>. A line is a view of a buffer the next call reuses,
/// so each is parsed before the next is read. Reading byte by byte cost a method call per byte (200 million for
/// 100,000 services, read three times by an import); this searches each buffer for line ends at once.
/// A line longer than <paramref name="maxLineBytes"/> is not kept: it comes back as <see cref="CurrentIsTooLong"/>
/// and its bytes are skipped up to the next line, so a file with no line ends cannot make the buffer grow without end.
/// </summary>
internal sealed class NdjsonLines(Stream stream, int maxLineBytes) : IAsyncDisposable
{
    private const int FirstBufferBytes = 1 << 16;

    private byte[] _buffer = new byte[Math.Min(FirstBufferBytes, maxLineBytes + 1)];
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>The line <see cref="NextAsync"/> found; empty when <see cref="CurrentIsTooLong"/>.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>The line <see cref="NextAsync"/> found was longer than the limit and was skipped.</summary>
    public bool CurrentIsTooLong { get; private set; }

    /// <summary>Moves to the next line; false at the end of the stream. A last line without <c>\n</c> is still a line.</summary>
    public async ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        CurrentIsTooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0 && newline <= maxLineBytes)
            {
                Current = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                return true;
            }

            if (newline > maxLineBytes || _end - _start > maxLineBytes)
            {
                await SkipLineAsync(cancellationToken);
                Current = ReadOnlyMemory<byte>.Empty;
                CurrentIsTooLong = true;
                return true;
            }

            if (_ended)
            {
                Current = _buffer.AsMemory(_start, _end - _start);
                var last = _end > _start;
                _start = _end;
                return last;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Drops bytes up to and including the next <c>\n</c> (or to the end of the stream), one buffer at a time.</summary>
    private async ValueTask SkipLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _start = _end;
            if (_ended)
            {
                return;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the unfinished line at the front (in a buffer twice as large, up to one byte over the limit, when it
    /// fills one) and reads after it.
    /// </summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var kept = _end - _start;
        var target = kept == _buffer.Length ? new byte[(int)Math.Min((long)_buffer.Length * 2, (long)maxLineBytes + 1)] : _buffer;
        _buffer.AsSpan(_start, kept).CopyTo(target);
        _buffer = target;
        _start = 0;
        _end = kept;
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _ended = read == 0;
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
