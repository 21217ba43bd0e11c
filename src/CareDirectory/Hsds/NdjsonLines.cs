namespace CareDirectory.Hsds;

/// <summary>
/// The lines of an NDJSON stream as bytes, without their <c>\n</c>. A line is a view of a buffer the next call reuses,
/// so each is parsed before the next is read. Reading byte by byte cost a method call per byte (200 million for
/// 100,000 services, read three times by an import); this searches each buffer for line ends at once.
/// </summary>
internal sealed class NdjsonLines(Stream stream) : IAsyncDisposable
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>The line <see cref="NextAsync"/> found.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>Moves to the next line; false at the end of the stream. A last line without <c>\n</c> is still a line.</summary>
    public async ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Current = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
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

    /// <summary>Keeps the unfinished line at the front (in a buffer twice as large when it fills one) and reads after it.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var kept = _end - _start;
        var target = kept == _buffer.Length ? new byte[_buffer.Length * 2] : _buffer;
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
