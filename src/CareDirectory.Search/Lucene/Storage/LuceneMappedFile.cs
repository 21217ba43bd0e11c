using System.IO.MemoryMappedFiles;

namespace CareDirectory.Search.Lucene.Storage;

/// <summary>
/// One index file mapped into memory, read through a pointer by every <see cref="LuceneMappedInput"/> opened on it
/// (the input, its clones and slices). Unmapped when the input that opened it is disposed: Lucene disposes it when the
/// segment's last reader closes, and the searcher manager's reference counting keeps a reader open while any search
/// uses it. An input used after that throws <see cref="ObjectDisposedException"/>; a read racing the unmapping is what
/// that counting rules out, as with Lucene's own memory-mapped directory.
/// </summary>
internal sealed unsafe class LuceneMappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private volatile bool _closed;

    private LuceneMappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _map = map;
        _view = view;
        Start = start;
        Length = length;
    }

    /// <summary>The file's first byte (null for an empty file, which maps nothing).</summary>
    public byte* Start { get; }

    public long Length { get; }

    public bool IsClosed => _closed;

    public static LuceneMappedFile Open(string path)
    {
        // Deleting a file others still read is how Lucene retires merged segments: allowed, as a memory-mapped reader must.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            stream.Dispose();
            return new LuceneMappedFile(null, null, null, 0);
        }

        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new LuceneMappedFile(map, view, start + view.PointerOffset, stream.Length);
        }
        catch
        {
            view?.Dispose();
            if (map is null)
            {
                stream.Dispose();
            }

            map?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        _map?.Dispose();
    }
}
