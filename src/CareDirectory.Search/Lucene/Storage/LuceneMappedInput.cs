using System.Buffers.Binary;
using Lucene.Net.Store;

namespace CareDirectory.Search.Lucene.Storage;

/// <summary>
/// Reads a range of a <see cref="LuceneMappedFile"/> straight from memory: big-endian numbers and variable-length
/// integers as Lucene's <see cref="DataInput"/> defines them, each read checked against the range.
/// <para>
/// Why not Lucene.Net's <c>MMapDirectory</c>: it registers every clone of an input in a <c>ConditionalWeakTable</c>,
/// one GC handle each, and a search clones inputs for every term it reads. At national scale the server held half a
/// million handles, and each gen-0 collection, which must scan them, paused searches for 4–5 ms: 8% of the search
/// mix's time (#17). Clones here are plain objects.
/// </para>
/// </summary>
internal sealed unsafe class LuceneMappedInput : IndexInput
{
    private readonly LuceneMappedFile _file;
    private readonly long _offset;
    private readonly long _length;
    private readonly bool _ownsFile;
    private long _position;

    public LuceneMappedInput(string description, LuceneMappedFile file)
        : this(description, file, 0, file.Length, ownsFile: true)
    {
    }

    private LuceneMappedInput(string description, LuceneMappedFile file, long offset, long length, bool ownsFile)
        : base(description)
    {
        _file = file;
        _offset = offset;
        _length = length;
        _ownsFile = ownsFile;
    }

    public override long Length => _length;

    public override long Position
    {
        get
        {
            EnsureOpen();
            return _position;
        }
    }

    public override void Seek(long pos)
    {
        EnsureOpen();
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} outside 0..{_length}: {this}");
        }

        _position = pos;
    }

    public override byte ReadByte() => *Take(1);

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (len == 0)
        {
            return;
        }

        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));

    /// <summary>
    /// Lucene's variable-length int: 7 bits a byte, low bits first; a fifth byte may hold only the top 4 bits.
    /// </summary>
    public override int ReadVInt32()
    {
        var value = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = *Take(1);
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        var last = *Take(1);
        if ((last & 0xF0) != 0)
        {
            throw new IOException($"Invalid VInt32 detected (too many bits): {this}");
        }

        return value | (last << 28);
    }

    /// <summary>Lucene's variable-length long: at most 9 bytes, so never negative.</summary>
    public override long ReadVInt64()
    {
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = *Take(1);
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new IOException($"Invalid VInt64 detected (negative values disallowed): {this}");
    }

    public override object Clone()
    {
        EnsureOpen();
        return new LuceneMappedInput(ToString()!, _file, _offset, _length, ownsFile: false) { _position = _position };
    }

    /// <summary>A part of this input as one of its own, positioned at its start (a compound file's member).</summary>
    public LuceneMappedInput Slice(string description, long offset, long length)
    {
        EnsureOpen();
        if (offset < 0 || length < 0 || offset + length > _length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}+{length} outside 0..{_length}: {this}");
        }

        return new LuceneMappedInput(description, _file, _offset + offset, length, ownsFile: false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile)
        {
            _file.Dispose();
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, the position moved past them; never beyond the range.</summary>
    private byte* Take(int count)
    {
        EnsureOpen();
        if (count < 0 || _position > _length - count)
        {
            throw new EndOfStreamException($"read past EOF ({count} byte(s) at {_position} of {_length}): {this}");
        }

        var at = _file.Start + _offset + _position;
        _position += count;
        return at;
    }

    private void EnsureOpen()
    {
        if (_file.IsClosed)
        {
            throw new ObjectDisposedException(ToString(), "The index file was closed.");
        }
    }
}
